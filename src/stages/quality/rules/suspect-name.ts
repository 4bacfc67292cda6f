import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { QualityRule } from './rule.ts';

// Prepositions and clause words a name never starts with ("During the Enlightenment"); determiners are
// read only with a time head, since "the expert" is a fair description of a speaker.
const NOT_NAME_START = new Set(['during', 'in', 'at', 'on', 'after', 'before', 'when', 'while', 'under', 'since', 'for', 'with', 'by', 'from', 'to', 'of', 'through', 'amid', 'despite', 'about', 'according', 'as', 'if', 'because']);

/** Why a person speaker's name slot holds no name, or null when it may be one. */
export function notAName(words: string[], lex: TranslationLexicons): string | null {
  const first = words[0]!.toLowerCase();
  const head = words.at(-1)!.toLowerCase().replace(/[’']s$/, '');
  if (NOT_NAME_START.has(first)) return `it starts with "${words[0]}", as a phrase does`;
  const inner = words.slice(1, -1);
  const short = words.length <= 4 && inner.every((w) => !/^\p{Lu}/u.test(w));
  if (short && lex.timeHeads.has(head) && (lex.leading.has(first) || words.length === 1 || /^\p{Lu}/u.test(words.at(-1)!))) return `"${words.at(-1)}" names a time or an occasion, not a person`;
  return null;
}

/** A person named near paragraph `at` whom the text gives one bare name and nothing else: whose name may have been garbled. */
function bareNameNear(doc: Doc, at: number, speaker: string | null): string | null {
  const paras = doc.paragraphs;
  const para = paras.findIndex((p) => p.start <= at && at <= p.end);
  const from = para < 0 ? 0 : paras[Math.max(0, para - 1)]!.start;
  const to = para < 0 ? doc.text.length : paras[Math.min(paras.length - 1, para + 2)]!.end;
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const near = doc.mentions
    .filter((m) => m.type === 'PERSON' && !m.nominal && m.entity !== null && m.entity !== speaker && m.start >= from && m.end <= to)
    .map((m) => ({ m, e: entities.get(m.entity!)! }))
    .filter(({ e }) => !e.name.includes(' ') && e.aliases.every((a) => !a.includes(' ')) && !e.role && !e.affiliation)
    .sort((a, b) => Math.abs(a.m.start - at) - Math.abs(b.m.start - at));
  return near[0]?.e.name ?? null;
}

/** A person speaker whose name slot holds words that are not a name: a time phrase, a phrase led by a preposition. */
export const suspectNames: QualityRule = {
  id: 'suspect-name',
  check(doc, lex) {
    const out = [];
    for (const q of doc.quotes) {
      const m = q.speaker.mention;
      if (q.speaker.kind !== 'person' || !m || q.speaker.resolved) continue;
      const why = notAName(m.text.split(',')[0]!.trim().split(/\s+/), lex);
      if (!why) continue;
      const suggested = bareNameNear(doc, m.start, q.speaker.entity);
      out.push({
        start: m.start,
        end: m.end,
        text: `"${m.text}" stands where the speaker's name should be, but ${why}: a mistranslated or garbled name, so the quote's speaker is doubtful${suggested ? `; likely ${suggested}, named nearby with no other introduction` : ''}`,
      });
    }
    return out;
  },
};
