import { z } from 'zod';
import { CalendarDateSchema } from '../../model/index.ts';
import { SentenceRowSchema, type SentenceRow } from '../../store/rows.ts';
import { pages, queryCommand, QueryFlagsSchema, resultLimit } from './store-flags.ts';

const USAGE = `newsgraph search WORDS... [--from DATE] [--to DATE] [--db FILE] [--format text|json|jsonl|csv] [--limit N]
                 [--include-duplicates]

Find the sentences of the corpus that contain WORDS (full text: all words, "phrases" in quotes, OR).
  --from/--to publication dates, YYYY-MM-DD, inclusive
  --limit     results to print (default 25 as text, all otherwise; 0 for all)
  --include-duplicates  also list the syndicated copies (counted once by default)`;

function sentenceLine(s: SentenceRow): string {
  return `${s.published ?? '----------'}  ${s.text}  [${s.article.slice(0, 12)}:s${s.sentence + 1}${s.title ? ` ${s.title}` : ''}]`;
}

export const searchCommand = queryCommand({
  name: 'search',
  summary: 'full-text search over the sentences of the articles',
  usage: USAGE,
  options: { from: { type: 'string' }, to: { type: 'string' }, 'include-duplicates': { type: 'boolean' } },
  schema: QueryFlagsSchema.extend({
    from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional(), 'include-duplicates': z.boolean().optional(),
  }),
  query(flags, words, store) {
    return {
      rows: pages((page) => store.searchSentences({
        ...page, q: words.join(' '), from: flags.from, to: flags.to, includeDuplicates: flags['include-duplicates'] ?? false,
      }), resultLimit(flags)),
      columns: Object.keys(SentenceRowSchema.shape),
      text: sentenceLine,
      empty: 'no sentences match',
    };
  },
});
