import { loadQuoteLexicons } from '../../../lexicons/quotes/quotes-lexicons.ts';
import type { Doc } from '../../../model/index.ts';
import { matchesIn, type Finding, type QualityRule } from './rule.ts';

// Turkish, Korean and Japanese put the verb of saying after the quotation ("Çavuşoğlu, “…” dedi."). A translation that
// keeps that order leaves the verb standing as a sentence of its own after the quotation's stop (“… unacceptable.”
// said.), or doubles an attribution English already made before the marks (said: “…” he responded.), or opens on the
// speaker and a comma with no verb at all (Cavusoglu, "Yesterday's agreement …"). English closes a quotation that a
// verb follows with a comma ("…," he said), so a stop inside the marks and a verb after them is the source's order.
// A paragraph is read alone: a transcript that sets "he said." on its own line after a quoted paragraph is English.

/**
 * A quotation's closing mark after a stop (group 1) or a comma, then an optional pronoun (group 2) and one word ending
 * its own sentence (group 3), read as a speech cue: with no subject ("…,” said.") it is never English; after a pronoun
 * only a stop inside the marks makes it the source's order ("…,” he said." is English).
 */
const VERB_AFTER_QUOTATION = /(?:([.!?])|[,;])["”’»]\s*(?:(he|she|they|He|She|They) )?(\p{Ll}+)\.(?=\s|$)/gu;
const VERB_HINT = /[.!?,;]["”’»]\s*(?:\p{L}+ )?\p{Ll}+\.(?:\s|$)/u;
/** A word, a comma or colon and space, then an opening mark: the quotation's attribution before it ("said: “"). */
const CUE_BEFORE_MARK = /(\p{L}+)[,:]\s*$/u;
const OPENING = /["“«]/gu;

/** A sentence opening on a capitalised word, a comma and a quotation starting with a capital: the speaker with no verb. */
const NAME_COMMA_QUOTE = /(?:^|(?<=[.!?]["”’]? ))(?:\p{Lu}[\p{L}'’-]+ )*(\p{Lu}[\p{L}'’-]+)(?=, ["“]\p{Lu})/gu;
const NAME_HINT = /, ["“]\p{Lu}/u;

const isSpeech = (word: string) => loadQuoteLexicons().cueForms.get(word)?.speech === true;

/** Whether the quotation that closes before `close` was attributed before its opening mark by a verb of saying. */
function attributedBefore(text: string, paragraphStart: number, close: number): boolean {
  let open = -1;
  OPENING.lastIndex = 0;
  const inside = text.slice(paragraphStart, close);
  for (let m = OPENING.exec(inside); m; m = OPENING.exec(inside)) open = m.index;
  if (open < 0) return false;
  const cue = CUE_BEFORE_MARK.exec(inside.slice(0, open));
  return cue !== null && isSpeech(cue[1]!.toLowerCase());
}

/** Unit 1: a verb of saying after a quotation with no subject, or after a pronoun that repeats an attribution. */
function verbAfterQuotation(doc: Doc): Finding[] {
  return matchesIn(doc, VERB_AFTER_QUOTATION, VERB_HINT)
    .filter(({ match }) => isSpeech(match[3]!))
    // "“….” he responded." is the source's verb only where English already attributed the quotation before its marks
    // (read in the match's paragraph, which starts match.index before it)
    .filter(({ start, match }) => match[2] === undefined || (match[1] !== undefined && attributedBefore(doc.text, start - match.index, start + 1)))
    .map(({ start, end, match }) => {
      const verb = doc.text.slice(start + 2, end).trimStart();
      return {
        start: end - verb.length,
        end,
        text: `"${verb}" follows a quotation: the verb of saying left after it, in the source's order (Turkish, Korean, Japanese)${match[2] === undefined ? ', with no subject; likely "…," he said' : ', after the quotation was already attributed; likely (delete)'}`,
      };
    });
}

/** Unit 2: a sentence opening on a person's name, a comma and the quotation, with no verb of saying. */
function speakerWithoutVerb(doc: Doc): Finding[] {
  const persons = new Set(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => m.end));
  if (persons.size === 0) return [];
  return matchesIn(doc, NAME_COMMA_QUOTE, NAME_HINT)
    .filter(({ end }) => persons.has(end))
    .map(({ start, end, match }) => ({
      start,
      end: end + 1,
      text: `"${match[0]}," opens a quotation on the speaker with no verb of saying: the source's order kept (the verb was left after the quotation or lost); likely "${match[0]} said:"`,
    }));
}

/** A quotation attributed in the source language's order: the verb of saying after it, doubled, or missing. */
export const sourceOrderAttributions: QualityRule = {
  id: 'source-order-attribution',
  check(doc) {
    return [...verbAfterQuotation(doc), ...speakerWithoutVerb(doc)].sort((a, b) => a.start - b.start);
  },
};
