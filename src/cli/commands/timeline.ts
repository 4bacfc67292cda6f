import { z } from 'zod';
import { TimelineRowSchema, type TimelineRow } from '../../store/rows.ts';
import { UsageError } from '../command.ts';
import { CalendarDateSchema } from '../../model/index.ts';
import { queryCommand, QueryFlagsSchema } from './store-flags.ts';

const USAGE = `newsgraph timeline (--a A --b B [--directed] | --speaker NAME|ID) [--per day|week] [--from DATE] [--to DATE]
                   [--db FILE] [--format text|json|jsonl|csv]

Per day or week: the count and mean Goldstein score of the events between two actors (both directions unless
--directed), or the count and mean stance of an entity's quotes. Actors are CAMEO code prefixes or entity ids.`;

const signed = (x: number | null) => (x === null ? '   -' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);

export const timelineCommand = queryCommand({
  name: 'timeline',
  summary: 'count and mean Goldstein (dyad) or stance (speaker) per day or week',
  usage: USAGE,
  options: {
    a: { type: 'string' }, b: { type: 'string' }, speaker: { type: 'string' }, per: { type: 'string' }, directed: { type: 'boolean' },
    from: { type: 'string' }, to: { type: 'string' },
  },
  schema: QueryFlagsSchema.extend({
    a: z.string().min(1).optional(), b: z.string().min(1).optional(), speaker: z.string().min(1).optional(),
    per: z.enum(['day', 'week']).default('day'), directed: z.boolean().optional(),
    from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional(),
  }),
  query(flags, positionals, store) {
    const dyad = flags.a !== undefined || flags.b !== undefined;
    if (dyad === (flags.speaker !== undefined) || (dyad && (flags.a === undefined || flags.b === undefined))) {
      throw new UsageError('give a dyad (--a A --b B) or a speaker (--speaker NAME), not both');
    }
    const rows = (async function* () {
      yield* await store.timeline({ a: flags.a, b: flags.b, speaker: flags.speaker, per: flags.per, directed: flags.directed ?? false, from: flags.from, to: flags.to });
    })();
    return {
      rows,
      columns: Object.keys(TimelineRowSchema.shape),
      text: (r: TimelineRow) => `${r.period}  ${String(r.count).padStart(6)}  ${dyad ? `Goldstein ${signed(r.meanGoldstein)}` : `stance ${signed(r.meanStance)}`}`,
      empty: 'nothing in that range',
    };
  },
});
