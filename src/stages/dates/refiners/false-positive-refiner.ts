import type { ParsingResult, Refiner } from 'chrono-node';
import type { DateWords } from '../../../lexicons/dates/words.ts';
import { annotations } from '../draft.ts';
import { MONTHS, WEEKDAY } from '../parsers/patterns.ts';

const MONTH_OR_VERB = /^(may|march)$/i;
/** A weekday and the opening bracket of its date: "on Monday (12/13)" (the bracket closes right after the date). */
const WEEKDAY_ASIDE = new RegExp(`\\b(?:${WEEKDAY})\\s*\\(\\s*$`, 'i');
const SHORT_NAME = /^(sun|sat|mon|wed|thu|fri|tue|jan|mar|apr|jun|jul|aug|sep|oct|nov|dec)$/i;
/** "may" and "march" in lower case are the verb and the noun; month names are capitalised. */
const LOWER_MONTH_WORD = /\b(?:may|march)\b/;
const MONTH_CONTEXT = /\b(in|of|since|until|through|by|last|next|this|early|late|mid|from|to|before|after|during)\s*-?$/i;
/** Where a sentence starts: the text's or a line's start, after a full stop (read on the last 64 characters before a date). */
const SENTENCE_START = /(?:^|\n|[.!?]\s)[\s"'`“‘(\[]*$/;
/**
 * A quotation opens a sentence too ("He said “Today we met”", "“Today, Mr. Park and I …”") when the sentence goes
 * on after the word: a show's title closes or runs on in capitals ("on ABC's “This Week,” said", "“This Week With David Brinkley”").
 */
const QUOTE_OPENED = /[“‘"]\s*$/;
const SENTENCE_GOES_ON = /^(?:,\s|\s+[a-z])/;
/** Names that are capitalised anyway (an abbreviated month with its dot or its day: Reuters writes "Oct 5"); any other capitalised time word mid-sentence is part of a title. */
const calendarName = (holidays: DateWords['holidays']) =>
  new RegExp(`\\b(?:${[...MONTHS, ...WEEKDAY.split('|'), ...Object.keys(holidays)].join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:\\.|\\s+\\d))`, 'i');

/**
 * Chrono reads some words as dates that rarely are in news: "may" and "march" as verbs, three-letter
 * names without a dot ("sun", "sat"), a bare number, show titles, greetings. Keep them only where the context says date.
 */
export function falsePositiveRefiner({ holidays }: DateWords): Refiner {
  const CALENDAR_NAME = calendarName(holidays);
  return {
    refine(context, results) {
      return results.filter((result) => {
        const text = result.text.trim().replace(/[,;:]+$/, '');
        const ours = annotations.has(result);
        if (/^\d+$/.test(text) && !ours) return false;
        // Clock times need a colon, a.m./p.m. or o'clock: "1.25 a" and "20" are prices and counts.
        if (!ours && result.start.isCertain('hour') && !/:|[ap]\.?m\b|o'clock|noon|midday|midnight|morning|evening|night|afternoon/i.test(text)) return false;
        // "1/2", "7/8" are fractions; numeric dates need a year, or a weekday they stand beside ("Monday (12/13)").
        if (/^\d{1,2}\/\d{1,2}$/.test(text) && !(WEEKDAY_ASIDE.test(context.text.slice(Math.max(0, result.index - 16), result.index)) && /^\s*\)/.test(context.text.slice(result.index + result.text.length)))) return false;
        if (SHORT_NAME.test(text)) return false;
        // What the tests below read before the result: its last words, not the whole text before it (each test ends in $).
        const before = context.text.slice(Math.max(0, result.index - 64), result.index);
        const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 3);
        const sentenceStart = SENTENCE_START.test(before) || (QUOTE_OPENED.test(before) && SENTENCE_GOES_ON.test(after));
        // ABC's "This Week", "60 Minutes", "High Noon": title case in mid-sentence is a name, unless it states a whole date.
        if (!sentenceStart && !statesDay(result) && /\b[A-Z][a-z]{2,}/.test(text) && !/\b[a-z]/.test(text) && !CALENDAR_NAME.test(text)) return false;
        // "Now, he says …" opens the sentence as a discourse marker, not as the present.
        if (sentenceStart && /^now$/i.test(text) && context.text[result.index + result.text.length] === ',') return false;
        // A part of the day on its own ("a night", "the morning talk show") names no day; TimeBank leaves it out
        // unless a modifier places it ("mid afternoon").
        if (!ours && /^(?:morning|afternoon|evening|night)$/i.test(text) && !/\b(?:mid|early|late)[\s-]*$/i.test(before)) return false;
        // "Good evening" greets.
        if (/^(?:morning|afternoon|evening|night)$/i.test(text) && /\bgood\s+$/i.test(before)) return false;
        if (!/\d/.test(text) && LOWER_MONTH_WORD.test(text)) return false;
        if (MONTH_OR_VERB.test(text)) {
          if (text === text.toLowerCase()) return false;
          return MONTH_CONTEXT.test(before.slice(-12).trimEnd());
        }
        return true;
      });
    },
  };
}

/** Our reading states day, month and year ("29 Mart 2017"): a date, whatever its case. */
function statesDay(result: ParsingResult): boolean {
  const spec = annotations.get(result)?.spec;
  return spec?.kind === 'point' && spec.fields.year !== undefined && spec.fields.month !== undefined && spec.fields.day !== undefined;
}
