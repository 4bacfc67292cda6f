import { CalendarDateSchema } from '../../model/index.ts';
import { QuoteRowSchema, type QuoteRow } from '../../store/rows.ts';
import { pages, queryCommand, QueryFlagsSchema, resultLimit } from './store-flags.ts';
import { z } from 'zod';

const USAGE = `newsgraph quotes [WORDS...] [--speaker NAME|ID] [--about NAME|ID] [--from DATE] [--to DATE] [--db FILE]
                 [--format text|json|jsonl|csv] [--limit N] [--include-duplicates]

Search the quotes of the corpus. WORDS are a full-text search over what was said ("phrases" in quotes, OR).
  --speaker   who said it: a name as written in the articles, an alias ("Putin"), or an entity id (ent_…)
  --about     quotes whose words name this entity
  --from/--to publication dates, YYYY-MM-DD, inclusive
  --limit     results to print (default 25 as text, all otherwise; 0 for all)
  --include-duplicates  also list the syndicated copies (counted once by default)`;

export function quoteLine(q: QuoteRow): string {
  const who = q.speaker ?? `(${q.speakerKind})`;
  return `${q.published ?? '----------'}  ${who}: “${q.content}”  [${q.article.slice(0, 12)}:${q.id}${q.title ? ` ${q.title}` : ''}]`;
}

export const quotesCommand = queryCommand({
  name: 'quotes',
  summary: 'search quotes by speaker, topic, words and date',
  usage: USAGE,
  options: {
    speaker: { type: 'string' }, about: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    'include-duplicates': { type: 'boolean' },
  },
  schema: QueryFlagsSchema.extend({
    speaker: z.string().min(1).optional(), about: z.string().min(1).optional(),
    from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional(), 'include-duplicates': z.boolean().optional(),
  }),
  query(flags, words, store) {
    const q = words.length > 0 ? words.join(' ') : undefined;
    return {
      rows: pages((page) => store.searchQuotes({
        ...page, q, speaker: flags.speaker, about: flags.about, from: flags.from, to: flags.to,
        includeDuplicates: flags['include-duplicates'] ?? false,
      }), resultLimit(flags)),
      columns: Object.keys(QuoteRowSchema.shape),
      text: quoteLine,
      empty: 'no quotes match',
    };
  },
});
