// English alone: the package's root also loads its fifteen other locales, a fifth of the CLI's import time.
import * as chrono from 'chrono-node/en';
import type { Parser, ParsingReference, ParsingResult, Refiner } from 'chrono-node';
import type { DateOption } from './convention.ts';
import type { DateWords } from '../../lexicons/dates/words.ts';
import { annotations } from './draft.ts';
import { triggerScan } from './trigger-scan.ts';
import { dateVocabulary, type TriggeredParser } from './parsers/patterns.ts';
import { anniversaryParser } from './parsers/anniversary-parser.ts';
import { casualDayParser } from './parsers/casual-day-parser.ts';
import { dayOfMonthParser } from './parsers/day-of-month-parser.ts';
import { foreignMonthParser } from './parsers/foreign-month-parser.ts';
import { impossibleDateParser } from './parsers/impossible-date-parser.ts';
import { inUnitsParser } from './parsers/in-units-parser.ts';
import { monthRelationParser } from './parsers/month-relation-parser.ts';
import { holidayParser } from './parsers/holiday-parser.ts';
import { anaphoricPartOfDayParser, partOfDayParser } from './parsers/part-of-day-parser.ts';
import { quarterParser, yearPeriodParser } from './parsers/quarter-parser.ts';
import { overnightParser } from './parsers/overnight-parser.ts';
import { pastPeriodParser } from './parsers/past-period-parser.ts';
import { referenceParser } from './parsers/reference-parser.ts';
import { relativePeriodParser, yearAgoQuarterParser, yearEndParser } from './parsers/relative-period-parser.ts';
import { setParser, weekdaySetParser } from './parsers/set-parser.ts';
import { unitCountParser } from './parsers/unit-count-parser.ts';
import { weekdayRelationParser } from './parsers/weekday-relation-parser.ts';
import { centuryParser, clippedYearParser, decadeParser, spokenYearParser, yearParser } from './parsers/year-parser.ts';
import { chronoReadingRefiner } from './refiners/chrono-reading-refiner.ts';
import { compoundDurationRefiner } from './refiners/compound-duration-refiner.ts';
import { falsePositiveRefiner } from './refiners/false-positive-refiner.ts';
import { modifierRefiner } from './refiners/modifier-refiner.ts';
import { numericDateRefiner } from './refiners/numeric-date-refiner.ts';
import { rangeJoinRefiner, rangeRefiner } from './refiners/range-refiner.ts';
import { trimRefiner } from './refiners/trim-refiner.ts';
import { weekdayAsideRefiner } from './refiners/weekday-aside-refiner.ts';
import { weekOfRefiner } from './refiners/week-of-refiner.ts';

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/**
 * A month name (chrono's: full, three letters, "sept") where chrono's month patterns can end it: before a
 * non-letter, "of" ("May of 2020") or an ordinal word ("May first", its first two letters), never in "market",
 * "decision" or "mayor", which wake MONTH_NAME.
 */
const MONTH_WORD = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:(?![a-z])|of|fi|se|th|fo|si|ei|ni|te|el|tw)/i;
/**
 * Chrono's parsers for absolute forms and clock times, each with its triggers (see `TriggeredParser`), all of
 * which must occur. Its relative parsers are replaced by ours, which follow TimeML. The month parsers need a
 * month word (their patterns match nothing without one) and, as they always have, a word opening with a month's
 * letters: a month glued to a number ("12Jan") is read only beside one.
 */
const CHRONO_PARSERS = new Map<string, RegExp[]>([
  ['ENYearMonthDayParser', [/\d{4}[-/.]\d/]],
  ['ISOFormatParser', [/\d{4}-\d/]],
  ['SlashDateFormatParser', [/\d[/.-]\d/]],
  ['ENMonthNameLittleEndianParser', [MONTH_NAME, MONTH_WORD]],
  ['ENMonthNameMiddleEndianParser', [MONTH_NAME, MONTH_WORD]],
  ['ENWeekdayParser', [/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i]],
  ['ENSlashMonthFormatParser', [/\d\/\d/]],
  ['ENTimeExpressionParser', [/\d\s*(?::\d|[ap]\.?\s?m\b|o'clock)|noon|midnight/i]],
  ['ENYearMonthNameParser', [MONTH_NAME, MONTH_WORD]],
  ['ENCasualTimeParser', [/noon|midday|midnight|morning|afternoon|evening|night/i]],
  ['ENMonthNameParser', [MONTH_NAME, MONTH_WORD]],
]);
/**
 * Chrono readings TimeML does not make: its weekday parser reads "weekend" as a Saturday and "weekday" as a
 * day (ours reads "this weekend" as the week's weekend, 2020-W43-WE); with a comma after it ("this weekend,")
 * its span was the longer and won.
 */
const CHRONO_VETOES = new Map<string, (match: RegExpMatchArray) => boolean>([['ENWeekdayParser', (match) => /\bweek(?:end|day)\b/i.test(match[0])]]);
/** Chrono refiners that merge its own results ("Monday, Oct. 26", "9 p.m. EST Nov. 9"). */
const CHRONO_MERGERS = ['MergeWeekdayComponentRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner'];

/** Our parsers go first: on a tie in length the overlap refiner keeps the earlier parser's result. */
function ourParsers(words: DateWords): TriggeredParser[] {
  const v = dateVocabulary(words);
  return [
    referenceParser(v), casualDayParser(v), partOfDayParser(v), overnightParser, dayOfMonthParser, anaphoricPartOfDayParser(v), monthRelationParser, weekdayRelationParser, pastPeriodParser(v), relativePeriodParser(v), yearAgoQuarterParser, yearEndParser, quarterParser, yearPeriodParser, holidayParser(v),
    anniversaryParser(v), foreignMonthParser(v), setParser(v), weekdaySetParser(v), inUnitsParser(v), unitCountParser(v), centuryParser(v), decadeParser, spokenYearParser(v), yearParser, clippedYearParser, impossibleDateParser,
  ];
}

/** "night of" in front of a date: TimeBank marks the date alone ("the night of [Oct. 23]"). */
const PART_OF = /^(?:night|morning|evening|afternoon)\s+of\s+/i;

/**
 * A chrono refiner that only sees chrono's own results, so it never merges away one of our readings.
 * Chrono's merge of "night of Oct. 23" keeps the night on the publication day; the date is kept instead.
 */
function onChronoResults(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      // Nothing of chrono's own to merge: the results stay as they are (already in order of index).
      if (results.every((r) => annotations.has(r))) return results;
      const ours = results.filter((r) => annotations.has(r));
      const before = results.filter((r) => !annotations.has(r));
      const theirs = refiner.refine(context, [...before]).map((r) => {
        const prefix = r.text.match(PART_OF)?.[0].length ?? 0;
        return (prefix && before.find((b) => b.index === r.index + prefix)) || r;
      });
      return [...ours, ...theirs].sort((a, b) => a.index - b.index);
    },
  };
}

/** A parser and the triggers that must all occur in a text for it to be tried. */
interface Triggered {
  parser: Parser;
  triggers: readonly RegExp[];
}

/** Reads a text's chrono results (`ParsingResult`s, each annotated with its TIMEX3 reading). */
export type DateReader = (text: string, reference: ParsingReference, option: DateOption) => ParsingResult[];

/**
 * The dates stage's chrono: `casual`'s absolute parsers plus ours (made from the date words), then our
 * refiners. Each text is read by the parsers whose triggers occur in it, in their order, as if the others
 * were tried and found nothing; a text with none gives no result.
 */
export function createDateReader(words: DateWords): DateReader {
  const casual = chrono.casual.clone();
  const theirs = casual.parsers
    .filter((p) => CHRONO_PARSERS.has(p.constructor.name))
    .map((p): Triggered => {
      const veto = CHRONO_VETOES.get(p.constructor.name);
      return { parser: { pattern: (context) => p.pattern(context), extract: (context, match) => (veto?.(match) ? null : p.extract(context, match)) }, triggers: CHRONO_PARSERS.get(p.constructor.name)! };
    });
  const overlap = casual.refiners.find((r) => r.constructor.name === 'OverlapRemovalRefiner')!;
  const mergers = CHRONO_MERGERS.map((name) => casual.refiners.find((r) => r.constructor.name === name)!).map(onChronoResults);
  const refiners = [numericDateRefiner, overlap, ...mergers, overlap, falsePositiveRefiner(words), rangeRefiner, chronoReadingRefiner, rangeJoinRefiner, compoundDurationRefiner, weekOfRefiner, weekdayAsideRefiner, trimRefiner, modifierRefiner(words)];
  const gated = [...ourParsers(words).map((parser): Triggered => ({ parser, triggers: [parser.trigger] })), ...theirs];
  const parsers = gated.map((g) => g.parser);
  // Parsers that share a trigger ask for it once.
  const triggers = [...new Set(gated.flatMap((g) => g.triggers))];
  const slots = gated.map((g) => g.triggers.map((t) => triggers.indexOf(t)));
  const scan = triggerScan(triggers);
  return (text, reference, option) => {
    const found = scan(text);
    const active = parsers.filter((_, i) => slots[i]!.every((s) => found[s]));
    // Chrono's parse() is typed with its public ParsedResult; the objects are its ParsingResults.
    return active.length === 0 ? [] : (new chrono.Chrono({ parsers: active, refiners }).parse(text, reference, option) as ParsingResult[]);
  };
}
