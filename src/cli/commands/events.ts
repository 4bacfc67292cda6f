import { csvColumns } from '../../export/records.ts';
import { z } from 'zod';
import { resolveActor, type ResolvedActor } from '../../store/actor-name.ts';
import { EventRowSchema, type EventRow } from '../../store/rows.ts';
import { DATE_FLAGS, DateFlagsSchema, dateQuery, pages, queryCommand, QueryFlagsSchema, resultLimit, undatedLeftOut } from './store-flags.ts';

const USAGE = `newsgraph events [--actor A] [--source A] [--target A] [--cameo CODE] [--root NN] [--from DATE] [--to DATE]
                 [--include-undated] [--db FILE] [--format text|json|jsonl|csv] [--limit N | --all] [--include-duplicates]

Coded events of the corpus. An actor A is a CAMEO code (RUS; RUS also matches RUSGOV), an entity id (ent_…),
or a name or alias the corpus knows (Russia, Moscow, Vladimir Putin): a place stands for its actor code, a
person or organisation for its entity; a name several actors share is refused with the list of them.
  --actor          either side; --source and --target fix the side (both: a dyad)
  --cameo          a CAMEO code and its sub-codes (04 matches 040–046); --root a two-digit root
  --from/--to      event dates, YYYY-MM-DD, inclusive (an event with no date of its own has its article's);
                   --include-undated keeps the events that have no date at all`;

const side = (actors: EventRow['sources']) => actors.map((a) => a.code).join('+') || '-';

/** One event as a line: date, dyad, CAMEO code and name, Goldstein, trigger, and the article (short id, event id, title). */
export function eventLine(e: EventRow): string {
  return `${e.date ?? '----------'}  ${side(e.sources)} → ${side(e.targets)}  ${e.code} ${e.name}`
    + `${e.goldstein === null ? '' : ` (${e.goldstein > 0 ? '+' : ''}${e.goldstein})`}  “${e.trigger}”`
    + `  [${e.article.slice(0, 12)}:${e.id}${e.title ? ` ${e.title}` : ''}]`;
}

export const eventsCommand = queryCommand({
  name: 'events',
  usage: USAGE,
  options: {
    actor: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, cameo: { type: 'string' }, root: { type: 'string' },
    ...DATE_FLAGS, 'include-duplicates': { type: 'boolean' },
  },
  schema: QueryFlagsSchema.extend(DateFlagsSchema.shape).extend({
    actor: z.string().min(1).optional(), source: z.string().min(1).optional(), target: z.string().min(1).optional(),
    cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits, e.g. 042').optional(),
    root: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root, e.g. 04').optional(),
    'include-duplicates': z.boolean().optional(),
  }),
  async query(flags, positionals, store) {
    const resolve = (name: string | undefined) => (name === undefined ? undefined : resolveActor(store, name));
    const [actor, source, target] = await Promise.all([resolve(flags.actor), resolve(flags.source), resolve(flags.target)]);
    const dates = dateQuery(flags);
    const query = {
      actor: actor?.value, source: source?.value, target: target?.value, cameo: flags.cameo, root: flags.root, ...dates,
      includeDuplicates: flags['include-duplicates'] ?? false,
    };
    const said = (what: string, r: ResolvedActor | undefined) => (r && r.label !== r.value ? `${what}: ${r.label}` : '');
    return {
      rows: pages((page) => store.searchEvents({ ...query, ...page }), resultLimit(flags)),
      columns: csvColumns(EventRowSchema),
      text: eventLine,
      noun: 'events',
      resolved: [said('actor', actor), said('source', source), said('target', target)].filter(Boolean),
      count: async () => ({
        total: await store.countEvents(query),
        undated: await undatedLeftOut(dates, () => store.countEvents({ ...query, from: undefined, to: undefined, undated: true })),
      }),
    };
  },
});
