import { csvColumns } from '../../export/records.ts';
import { z } from 'zod';
import { resolveActor, resolveEntityName } from '../../store/actor-name.ts';
import { TimelineRowSchema, type TimelineRow } from '../../store/rows.ts';
import { UsageError } from '../command.ts';
import { DateFlagsSchema, dateQuery, queryCommand, QueryFlagsSchema, resultLimit } from './store-flags.ts';

const USAGE = `newsgraph timeline (--a A --b B [--directed] | --speaker NAME|ID) [--per day|week] [--from DATE] [--to DATE]
                   [--db FILE] [--format text|json|jsonl|csv] [--limit N | --all]

Per day or week: the count and mean Goldstein score of the events between two actors (both directions unless
--directed), or the count and mean stance of an entity's quotes; with the mean tone (positive minus negative
words per 100) of their articles or quotes. Actors are named as in \`newsgraph events\`: a CAMEO code, an entity
id, or a name (Russia, Vladimir Putin). Events and quotes with no date are counted apart, not placed.`;

const signed = (x: number | null) => (x === null ? '   -' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);
const UNDATED_HINT = 'no date to place them by: `newsgraph status` lists the undated articles; `newsgraph ingest FILE --published YYYY-MM-DD` dates one';

export const timelineCommand = queryCommand({
  name: 'timeline',
  usage: USAGE,
  options: {
    a: { type: 'string' }, b: { type: 'string' }, speaker: { type: 'string' }, per: { type: 'string' }, directed: { type: 'boolean' },
    from: { type: 'string' }, to: { type: 'string' },
  },
  schema: QueryFlagsSchema.extend({ from: DateFlagsSchema.shape.from, to: DateFlagsSchema.shape.to }).extend({
    a: z.string().min(1).optional(), b: z.string().min(1).optional(), speaker: z.string().min(1).optional(),
    per: z.enum(['day', 'week']).default('day'), directed: z.boolean().optional(),
  }),
  async query(flags, positionals, store) {
    const dyad = flags.a !== undefined || flags.b !== undefined;
    if (dyad === (flags.speaker !== undefined) || (dyad && (flags.a === undefined || flags.b === undefined))) {
      throw new UsageError('give a dyad (--a A --b B) or a speaker (--speaker NAME), not both');
    }
    const { from, to } = dateQuery(flags);
    const directed = flags.directed ?? false;
    const [a, b] = dyad ? await Promise.all([resolveActor(store, flags.a!), resolveActor(store, flags.b!)]) : [undefined, undefined];
    const speaker = dyad ? undefined : await resolveEntityName(store, flags.speaker!);
    const rows = await store.timeline({ a: a?.value, b: b?.value, speaker: speaker?.value, per: flags.per, directed, from, to });
    const undated = async () => {
      if (speaker) return store.countQuotes({ speaker: speaker.value, undated: true });
      const ab = await store.countEvents({ source: a!.value, target: b!.value, undated: true });
      return directed || a!.value === b!.value ? ab : ab + await store.countEvents({ source: b!.value, target: a!.value, undated: true });
    };
    return {
      rows: rows.slice(0, resultLimit(flags)),
      columns: csvColumns(TimelineRowSchema),
      text: (r: TimelineRow) => `${r.period}  ${String(r.count).padStart(6)}  ${dyad ? `Goldstein ${signed(r.meanGoldstein)}` : `stance ${signed(r.meanStance)}`}`
        + `  tone ${signed(r.meanTone)}`,
      noun: 'periods',
      resolved: [a && b ? `dyad: ${a.label} ${directed ? '→' : '↔'} ${b.label}` : '', speaker ? `speaker: ${speaker.label}` : ''].filter(Boolean),
      count: async () => ({ total: rows.length, undated: await undated(), undatedNoun: speaker ? 'quotes' : 'events', undatedHint: UNDATED_HINT }),
    };
  },
});
