import { csvColumns } from '../../export/records.ts';
import { z } from 'zod';
import { resolveEntityName } from '../../store/actor-name.ts';
import { QuoteFormsParam, quoteForms } from '../../store/quote-forms.ts';
import { QuoteRowSchema, type QuoteRow } from '../../store/rows.ts';
import { DATE_FLAGS, DateFlagsSchema, dateQuery, pages, queryCommand, QueryFlagsSchema, resultLimit, undatedLeftOut } from './store-flags.ts';

const USAGE = `newsgraph quotes [WORDS...] [--speaker NAME|ID] [--about NAME|ID] [--form FORM[,FORM] | --form all] [--from DATE]
                 [--to DATE] [--include-undated] [--db FILE] [--format text|json|jsonl|csv] [--limit N | --all] [--include-duplicates]

Search the quotes of the corpus. WORDS are a full-text search over what was said ("phrases" in quotes, OR).
Statements only unless --form says otherwise.
  --form      the kinds of attribution to list: statement, question, belief, stance, evidence, other, separated
              by commas; all for every attribution, each line then naming its form
  --speaker   who said it: a name or alias as the corpus knows it ("Putin"), or an entity id (ent_…); a name
              several entities share is refused with the list of them
  --about     quotes whose words name this entity (a name or an id, as --speaker)
  --from/--to publication dates, YYYY-MM-DD, inclusive; --include-undated keeps the quotes of undated articles
  --limit     results to print (default 25 as text, all otherwise; 0 or --all for all)
  --include-duplicates  also list the syndicated copies (counted once by default)`;

/** One quote as a line: date, speaker (and the form, when more than statements are listed), what was said, and the article. */
export function quoteLine(q: QuoteRow, showForm = false): string {
  const who = `${q.speaker ?? `(${q.speakerKind})`}${showForm ? ` [${q.form}]` : ''}`;
  return `${q.published ?? '----------'}  ${who}: “${q.content}”  [${q.article.slice(0, 12)}:${q.id}${q.title ? ` ${q.title}` : ''}]`;
}

export const quotesCommand = queryCommand({
  name: 'quotes',
  usage: USAGE,
  options: { speaker: { type: 'string' }, about: { type: 'string' }, form: { type: 'string' }, ...DATE_FLAGS, 'include-duplicates': { type: 'boolean' } },
  schema: QueryFlagsSchema.extend(DateFlagsSchema.shape).extend({
    speaker: z.string().min(1).optional(), about: z.string().min(1).optional(), form: QuoteFormsParam.optional(),
    'include-duplicates': z.boolean().optional(),
  }),
  async query(flags, words, store) {
    const speaker = flags.speaker === undefined ? undefined : await resolveEntityName(store, flags.speaker);
    const about = flags.about === undefined ? undefined : await resolveEntityName(store, flags.about);
    const dates = dateQuery(flags);
    const forms = quoteForms(flags.form);
    const query = {
      q: words.length > 0 ? words.join(' ') : undefined, speaker: speaker?.value, about: about?.value, forms, ...dates,
      includeDuplicates: flags['include-duplicates'] ?? false,
    };
    const showForm = forms === undefined || forms.some((f) => f !== 'statement');
    return {
      rows: pages((page) => store.searchQuotes({ ...query, ...page }), resultLimit(flags)),
      columns: csvColumns(QuoteRowSchema),
      text: (q: QuoteRow) => quoteLine(q, showForm),
      noun: 'quotes',
      resolved: [speaker ? `speaker: ${speaker.label}` : '', about ? `about: ${about.label}` : ''].filter(Boolean),
      count: async () => ({
        total: await store.countQuotes(query),
        undated: await undatedLeftOut(dates, () => store.countQuotes({ ...query, from: undefined, to: undefined, undated: true })),
      }),
    };
  },
});
