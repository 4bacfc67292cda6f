import type { DateOption } from '../convention.ts';
import { annotate } from '../draft.ts';
import type { DateVocabulary, TriggeredParser } from './patterns.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

const TRIGGER = /anniversar/i;
/** Name words, joined by "of (the)" or "and": read past the name and cut back to the longest known event. */
const NAME = String.raw`[\p{L}\d][\p{L}\d'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[\p{L}\d][\p{L}\d'’-]*){0,6}`;
const JOINERS = new Set(['of', 'the', 'and']);
/** "the Six-Day War in 1967", "the Treaty of Rome (1957)": a capitalised name the text dates, with the year. */
const DATED_NAME = /(?<![\p{L}\d'’-])(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}'’-]*)*)(?:\s+in\s+|\s*\()(\d{4})(?!\d)/gu;

/**
 * "the 60th anniversary of the Marshall Plan": the year the event began plus the count, a DATE of that year.
 * The event's year is one the document ties to it ("the Marshall Plan in 1948"), else its year in the list of
 * commemorated events; an event known to neither gives no timex, and so does "anniversary" without a count.
 */
export function anniversaryParser({ words }: DateVocabulary): TriggeredParser {
  const ordinals = Object.keys(words.ordinals).join('|');
  const pattern = new RegExp(String.raw`(?<![\w'])(?:the\s+)?(?:(\d{1,3})(?:st|nd|rd|th)|(${ordinals}))\s+anniversary\s+of\s+(?:the\s+)?(${NAME})`, 'iu');
  const known = new Map(Object.entries(words.commemorations.years));
  return {
    trigger: TRIGGER,
    pattern: () => pattern,
    extract(context, match) {
      const at = match.index ?? 0;
      const count = match[1] ? Number(match[1]) : words.ordinals[match[2]!.toLowerCase()]!;
      const name = match[3]!.split(/\s+/);
      if (count < 1) return null;
      const dated = (context.option as DateOption).hints.eventYears();
      for (let k = name.length; k > 0; k--) {
        const part = name.slice(0, k);
        if (JOINERS.has(part.at(-1)!.toLowerCase()) || !part.every((w) => JOINERS.has(w) || CAPITAL_OR_DIGIT.test(w))) continue;
        const key = eventKey(part.join(' '));
        const year = dated.get(key) ?? known.get(key);
        if (year === undefined) continue;
        const text = match[0].slice(0, match[0].length - match[3]!.length) + match[3]!.slice(0, endOfWords(match[3]!, k));
        return annotate(context.createParsingResult(at, text), { spec: { kind: 'literal', type: 'DATE', value: String(year + count).padStart(4, '0') } });
      }
      return null;
    },
  };
}

/** The years a document ties to named events ("the Six-Day War in 1967"), by event key; the first stated wins. */
export function datedEvents(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(DATED_NAME)) {
    const key = eventKey(m[1]!);
    if (!out.has(key)) out.set(key, Number(m[2]));
  }
  return out;
}

function eventKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
}

/** Where the first `k` words of `text` end (words separated by white space). */
function endOfWords(text: string, k: number): number {
  const word = /\S+/g;
  for (let n = 0; n < k; n++) word.exec(text);
  return word.lastIndex;
}
