import { csvColumns } from '../../export/records.ts';
import { z } from 'zod';
import { EntityRowSchema, type EntityRow } from '../../store/rows.ts';
import { pages, queryCommand, QueryFlagsSchema, resultLimit } from './store-flags.ts';

const USAGE = `newsgraph entities [NAME] [--type PERSON|ORG|GPE|…] [--country ISO3] [--db FILE] [--format text|json|jsonl|csv]
                   [--limit N | --all]

The people, organisations and places of the corpus, resolved across articles, most mentioned first, with
how many articles name them, their mentions and the quotes they are the speaker of (copies counted once).
NAME matches names and aliases (substring, any case).`;

export const entitiesCommand = queryCommand({
  name: 'entities',
  usage: USAGE,
  options: { type: { type: 'string' }, country: { type: 'string' } },
  schema: QueryFlagsSchema.extend({
    type: z.string().transform((t) => t.toUpperCase()).optional(),
    country: z.string().regex(/^[A-Za-z]{3}$/, 'expected a 3-letter country code, e.g. RUS').transform((c) => c.toUpperCase()).optional(),
  }),
  query(flags, words, store) {
    const query = { q: words.length > 0 ? words.join(' ') : undefined, type: flags.type, country: flags.country };
    return {
      rows: pages((page) => store.listEntities({ ...query, ...page }), resultLimit(flags)),
      columns: csvColumns(EntityRowSchema),
      text: (e: EntityRow) => `${e.name.padEnd(30)} ${e.type.padEnd(7)} ${(e.country ?? '-').padEnd(4)} ${String(e.articles).padStart(6)} articles `
        + `${String(e.mentions).padStart(7)} mentions ${String(e.quotes).padStart(6)} quotes  ${e.id}`
        + `${e.aliases.length > 0 ? `  (also: ${e.aliases.slice(0, 4).join(', ')})` : ''}`,
      noun: 'entities',
      count: async () => ({ total: await store.countEntities(query), undated: 0 }),
    };
  },
});
