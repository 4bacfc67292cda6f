// English alone: the package's root also loads its fifteen other locales, a fifth of the CLI's import time.
import * as chrono from 'chrono-node/en';
import type { Parser, Refiner } from 'chrono-node';
import type { DateWords } from '../../lexicons/dates/words.ts';
import { annotations } from './draft.ts';
import { dateVocabulary } from './parsers/patterns.ts';
import { anniversaryParser } from './parsers/anniversary-parser.ts';
import { casualDayParser } from './parsers/casual-day-parser.ts';
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
import { setParser } from './parsers/set-parser.ts';
import { unitCountParser } from './parsers/unit-count-parser.ts';
import { centuryParser, decadeParser, spokenYearParser, yearParser } from './parsers/year-parser.ts';
import { chronoReadingRefiner } from './refiners/chrono-reading-refiner.ts';
import { falsePositiveRefiner } from './refiners/false-positive-refiner.ts';
import { modifierRefiner } from './refiners/modifier-refiner.ts';
import { numericDateRefiner } from './refiners/numeric-date-refiner.ts';
import { rangeRefiner } from './refiners/range-refiner.ts';
import { trimRefiner } from './refiners/trim-refiner.ts';
import { weekOfRefiner } from './refiners/week-of-refiner.ts';

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/**
 * Chrono's parsers for absolute forms and clock times, each with a cheap trigger: a parser whose trigger
 * is absent from the text is not run at all (chrono's patterns are the stage's main cost). Its relative
 * parsers are replaced by ours, which follow TimeML.
 */
const CHRONO_PARSERS = new Map<string, RegExp>([
  ['ENYearMonthDayParser', /\d{4}[-/.]\d/],
  ['ISOFormatParser', /\d{4}-\d/],
  ['SlashDateFormatParser', /\d[/.-]\d/],
  ['ENMonthNameLittleEndianParser', MONTH_NAME],
  ['ENMonthNameMiddleEndianParser', MONTH_NAME],
  ['ENWeekdayParser', /(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend/i],
  ['ENSlashMonthFormatParser', /\d\/\d/],
  ['ENTimeExpressionParser', /\d\s*(?::\d|[ap]\.?\s?m\b|o'clock)|noon|midnight/i],
  ['ENYearMonthNameParser', MONTH_NAME],
  ['ENCasualTimeParser', /noon|midnight|morning|afternoon|evening|night/i],
  ['ENMonthNameParser', MONTH_NAME],
]);
/** Chrono refiners that merge its own results ("Monday, Oct. 26", "9 p.m. EST Nov. 9"). */
const CHRONO_MERGERS = ['MergeWeekdayComponentRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner'];

/** Our parsers go first: on a tie in length the overlap refiner keeps the earlier parser's result. */
function ourParsers(words: DateWords): Parser[] {
  const v = dateVocabulary(words);
  return [
    referenceParser(v), casualDayParser(v), partOfDayParser(v), overnightParser, anaphoricPartOfDayParser(v), monthRelationParser, pastPeriodParser(v), relativePeriodParser(v), yearAgoQuarterParser, yearEndParser, quarterParser, yearPeriodParser, holidayParser(v),
    anniversaryParser(v), setParser(v), inUnitsParser(v), unitCountParser(v), centuryParser(v), decadeParser, spokenYearParser(v), yearParser, impossibleDateParser,
  ];
}

/** Fails at once: sticky, so it is tried at the first position only. */
const NEVER = /(?!)/y;

/** Runs the parser only on texts where its trigger occurs. */
function gated(parser: Parser, occurs: (text: string) => boolean): Parser {
  return {
    pattern: (context) => (occurs(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** A trigger test that remembers its last text: chrono's five month-name parsers share one trigger. */
function remembered(trigger: RegExp): (text: string) => boolean {
  let lastText: string | null = null;
  let last = false;
  return (text) => {
    if (text !== lastText) [lastText, last] = [text, trigger.test(text)];
    return last;
  };
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
      if (results.length === 0) return results;
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

/** The chrono instance of the dates stage: `casual`'s absolute parsers plus ours (made from the date words), then our refiners. */
export function createDateChrono(words: DateWords): chrono.Chrono {
  const casual = chrono.casual.clone();
  const tests = new Map([...new Set(CHRONO_PARSERS.values())].map((trigger) => [trigger, remembered(trigger)]));
  const theirs = casual.parsers
    .filter((p) => CHRONO_PARSERS.has(p.constructor.name))
    .map((p) => gated(p, tests.get(CHRONO_PARSERS.get(p.constructor.name)!)!));
  const overlap = casual.refiners.find((r) => r.constructor.name === 'OverlapRemovalRefiner')!;
  const mergers = CHRONO_MERGERS.map((name) => casual.refiners.find((r) => r.constructor.name === name)!).map(onChronoResults);
  return new chrono.Chrono({
    parsers: [...ourParsers(words), ...theirs],
    refiners: [numericDateRefiner, overlap, ...mergers, overlap, falsePositiveRefiner(words), rangeRefiner, chronoReadingRefiner, weekOfRefiner, trimRefiner, modifierRefiner(words)],
  });
}
