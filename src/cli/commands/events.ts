import { z } from 'zod';
import { EventRowSchema, type EventRow } from '../../store/rows.ts';
import { CalendarDateSchema } from '../../model/index.ts';
import { pages, queryCommand, QueryFlagsSchema, resultLimit } from './store-flags.ts';

const USAGE = `newsgraph events [--actor A] [--source A] [--target A] [--cameo CODE] [--root NN] [--from DATE] [--to DATE]
                 [--db FILE] [--format text|json|jsonl|csv] [--limit N] [--include-duplicates]

Coded events of the corpus. An actor A is a CAMEO code prefix (RUS matches RUSGOV) or an entity id (ent_…).
  --actor          either side; --source and --target fix the side (both: a dyad)
  --cameo          a CAMEO code and its sub-codes (04 matches 040–046); --root a two-digit root
  --from/--to      event dates, YYYY-MM-DD, inclusive`;

const side = (actors: EventRow['sources']) => actors.map((a) => a.code).join('+') || '-';

export const eventsCommand = queryCommand({
  name: 'events',
  summary: 'search coded events by actor, dyad, CAMEO code or root, and date',
  usage: USAGE,
  options: {
    actor: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, cameo: { type: 'string' }, root: { type: 'string' },
    from: { type: 'string' }, to: { type: 'string' }, 'include-duplicates': { type: 'boolean' },
  },
  schema: QueryFlagsSchema.extend({
    actor: z.string().min(1).optional(), source: z.string().min(1).optional(), target: z.string().min(1).optional(),
    cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits, e.g. 042').optional(),
    root: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root, e.g. 04').optional(),
    from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional(), 'include-duplicates': z.boolean().optional(),
  }),
  query(flags, positionals, store) {
    return {
      rows: pages((page) => store.searchEvents({
        ...page, actor: flags.actor, source: flags.source, target: flags.target, cameo: flags.cameo, root: flags.root,
        from: flags.from, to: flags.to, includeDuplicates: flags['include-duplicates'] ?? false,
      }), resultLimit(flags)),
      columns: Object.keys(EventRowSchema.shape),
      text: (e: EventRow) => `${e.date ?? '----------'}  ${side(e.sources)} → ${side(e.targets)}  ${e.code} ${e.name}`
        + `${e.goldstein === null ? '' : ` (${e.goldstein > 0 ? '+' : ''}${e.goldstein})`}  “${e.trigger}”  [${e.article.slice(0, 12)}:${e.id}]`,
      empty: 'no events match',
    };
  },
});
