import { csvColumns } from '../../export/records.ts';
import { z } from 'zod';
import { SentenceRowSchema, type SentenceRow } from '../../store/rows.ts';
import { DATE_FLAGS, DateFlagsSchema, dateQuery, pages, queryCommand, QueryFlagsSchema, resultLimit, undatedLeftOut } from './store-flags.ts';

const USAGE = `newsgraph search WORDS... [--from DATE] [--to DATE] [--include-undated] [--db FILE] [--format text|json|jsonl|csv]
                 [--limit N | --all] [--include-duplicates]

Find the sentences of the corpus that contain WORDS (full text: all words, "phrases" in quotes, OR).
Each row: the article's date, the sentence, and the article (short id, sentence number, title).
  --from/--to publication dates, YYYY-MM-DD, inclusive; --include-undated keeps the undated articles' sentences
  --limit     results to print (default 25 as text, all otherwise; 0 or --all for all)
  --include-duplicates  also list the syndicated copies (counted once by default)`;

function sentenceLine(s: SentenceRow): string {
  return `${s.published ?? '----------'}  ${s.text}  [${s.article.slice(0, 12)}:s${s.sentence + 1}${s.title ? ` ${s.title}` : ''}]`;
}

export const searchCommand = queryCommand({
  name: 'search',
  usage: USAGE,
  options: { ...DATE_FLAGS, 'include-duplicates': { type: 'boolean' } },
  schema: QueryFlagsSchema.extend(DateFlagsSchema.shape).extend({ 'include-duplicates': z.boolean().optional() }),
  query(flags, words, store) {
    const dates = dateQuery(flags);
    const query = { q: words.join(' '), ...dates, includeDuplicates: flags['include-duplicates'] ?? false };
    return {
      rows: pages((page) => store.searchSentences({ ...query, ...page }), resultLimit(flags)),
      columns: csvColumns(SentenceRowSchema),
      text: sentenceLine,
      noun: 'sentences',
      count: async () => ({
        total: await store.countSentences(query),
        undated: await undatedLeftOut(dates, () => store.countSentences({ ...query, from: undefined, to: undefined, undated: true })),
      }),
    };
  },
});
