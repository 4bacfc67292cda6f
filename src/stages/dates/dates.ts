import type { ParsingReference, ParsingResult } from 'chrono-node';
import { spanOf, syntaxOf, type Doc, type Syntax, type Timex, type TimexType, type TokenRange } from '../../model/index.ts';
import { defineStage, type StageContext } from '../../pipeline/stage.ts';
import { addDays, compareDays, isValidDay, pad, toUtc, type Day } from './calendar.ts';
import { createDateReader, type DateReader } from './chrono-config.ts';
import { readConvention, type Convention, type DateOption } from './convention.ts';
import { annotations, type PointSpec, type Spec } from './draft.ts';
import { format, notAfterAnchor, resolvePoint } from './resolve.ts';
import { CUE_REACH, directionCue, governingTense } from './tense.ts';
import { checkWeekdaysBesideDates, fitStatedWeekday, mismatchText, WEEKDAY_MISMATCH } from './weekday-check.ts';
import { loadDateWords } from '../../lexicons/dates/words.ts';
import { datedEvents } from './parsers/anniversary-parser.ts';

/** Cheap test for anything date-like: sentences without it never reach chrono (chrono is the cost). */
const DATE_ISH =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|current|recent|previous|former|future|past|soon|year|month|week|day|night|hour|minute|second|decade|centur|quarter|half|spring|summer|fall|autumn|winter|morning|afternoon|evening|overnight|noon|midday|midnight|daily|annual|period|time|ago|later|earlier|eighties|nineties|seventies|sixties|fifties|forties|thirties|twenties|lately|short|long|near|run|anniversar|christmas|thanksgiving|new year|halloween|valentine|independence day|labor day|memorial day|nineteen|twenty)/i;
/** Chrono backtracks badly on long runs of digits; runs this long are never dates. */
const LONG_DIGITS = /\d{9,}/g;
/** A word glued to a clock time on a scraped page ("09:40:25Source"): its first letter is read as a space, so the time keeps its seconds. */
const GLUED_TO_CLOCK = /(?<=\d:\d\d)[A-Z](?=[a-z])/g;
/** Longer "sentences" (tables, unpunctuated dumps) are read in windows of about this many characters. */
const WINDOW = 1000;

interface DateResources {
  readDates: DateReader;
  monthFirstPlaces: ReadonlySet<string>;
}

/** Paragraphs that may hold the dateline: after a headline, a byline or a photo caption. */
const DATELINE_PARAGRAPHS = 4;

/** The place names of the document's dateline (city, then regions), if one opens one of its first paragraphs. */
function datelinePlaces(text: string, syntax: Syntax): string[] | null {
  const last = Math.max(-1, ...syntax.paragraphs.slice(0, DATELINE_PARAGRAPHS).map((p) => p.last));
  const d = syntax.datelines.find((x) => x.first <= last);
  return d ? [d.place, ...d.regions].map((r) => text.slice(syntax.words[r.first]!.start, syntax.words[r.last]!.end)) : null;
}

/**
 * TIMEX3 time expressions: chrono plus our parsers and refiners, each value anchored on the
 * publication date, on the tense of the governing verb, or on an earlier timex ("the same day").
 */
export const dates = defineStage({
  name: 'dates',
  needs: ['sentences', 'syntax'],
  gives: ['timexes'],
  setup(): DateResources {
    const words = loadDateWords();
    return { readDates: createDateReader(words), monthFirstPlaces: new Set(words.monthFirstPlaces) };
  },
  run(doc, { readDates, monthFirstPlaces }, context) {
    const syntax = syntaxOf(doc);
    const anchor = publicationDay(doc, context);
    const reference: ParsingReference = { instant: toUtc(anchor ?? { year: 2000, month: 1, day: 1 }), timezone: 0 };
    let convention: Convention | undefined;
    let eventYears: Map<string, number> | undefined;
    const option: DateOption = {
      forwardDate: false,
      hints: {
        published: anchor,
        convention: () => (convention ??= readConvention(doc.text, datelinePlaces(doc.text, syntax), monthFirstPlaces)),
        eventYears: () => (eventYears ??= datedEvents(doc.text)),
      },
    };
    doc.sentences.forEach((sentence, index) => {
      if (!DATE_ISH.test(sentence.text)) return;
      for (const [offset, text] of windows(sentence.text)) {
        for (const result of readDates(text, reference, option)) {
          const start = sentence.start + offset + result.index;
          const timex = toTimex(doc, result, start, start + result.text.length, anchor, syntax, syntax.sentences[index]!, context);
          if (timex) doc.timexes.push(timex);
        }
      }
    });
    checkWeekdaysBesideDates(doc.timexes, doc.text, context);
  },
});

function publicationDay(doc: Doc, context: StageContext): Day | null {
  if (!doc.published) {
    context.report('info', 'no-publication-date', 'no publication date: relative dates stay unanchored (pass --published YYYY-MM-DD)');
    return null;
  }
  const [year, month, day] = doc.published.split('-').map(Number) as [number, number, number];
  const parsed = { year, month, day };
  if (!isValidDay(parsed)) {
    context.report('warning', 'bad-publication-date', `publication date ${doc.published} is not a calendar date: relative dates stay unanchored`);
    return null;
  }
  return parsed;
}

/** Sentence pieces chrono can read safely: long digit runs blanked, a word glued to a clock time cut off, long text cut at spaces. */
function windows(text: string): [number, string][] {
  let clean = text.replace(LONG_DIGITS, (run) => ' '.repeat(run.length));
  if (clean.includes(':')) clean = clean.replace(GLUED_TO_CLOCK, ' ');
  if (clean.length <= WINDOW) return [[0, clean]];
  const pieces: [number, string][] = [];
  let at = 0;
  while (at < clean.length) {
    let end = Math.min(clean.length, at + WINDOW);
    if (end < clean.length) {
      const space = clean.lastIndexOf(' ', end);
      if (space > at + WINDOW / 2) end = space;
    }
    pieces.push([at, clean.slice(at, end)]);
    at = end;
  }
  return pieces;
}

function toTimex(doc: Doc, result: ParsingResult, start: number, end: number, published: Day | null, syntax: Syntax, sentence: TokenRange, context: StageContext): Timex | null {
  const annotation = annotations.get(result);
  const read = annotation?.spec;
  if (!read || end <= start) return null;
  // "since December", "effective Feb. 1": the word before says which way the date lies, not its verb's tense.
  const cue = directionCue(doc.text.slice(Math.max(syntax.words[sentence.first]!.start, start - CUE_REACH), start));
  const tense = cue ? cue.tense : governingTense(syntax, sentence, start, end);
  const spec: Spec = read.durationUnlessFuture && tense !== 'future'
    ? { kind: 'literal', type: 'DURATION', value: read.durationUnlessFuture }
    : read;
  const id = `t${doc.timexes.length + 1}`;
  const { text } = spanOf(doc.text, start, end);
  let mod = annotation.mod ?? spec.mod ?? null;
  // Written out field by field: a literal that spreads another object is many times slower to build in V8.
  const timex = (mod: string | null, type: TimexType, value: string | null, anchor: Timex['anchor'], stated: string[], implied: string[]): Timex =>
    ({ id, start, end, text, mod, type, value, anchor, stated, implied });
  if (spec.kind === 'literal') {
    if (spec.value === null) context.report('warning', 'impossible-date', `"${text}" is not a calendar date: no value formed`, start, end);
    const relative = (spec.type === 'DATE' && spec.value !== null && spec.value.endsWith('_REF')) || spec.anchored;
    return timex(mod, spec.type, spec.value, { kind: relative && published ? 'published' : 'none', timex: null }, [], []);
  }
  const needsAnchor = spec.shift !== undefined || (spec.fields.year === undefined && spec.fields.decade === undefined && spec.fields.century === undefined);
  let anchorDay = needsAnchor ? published : null;
  let anchor: Timex['anchor'] = { kind: needsAnchor && published ? 'published' : 'none', timex: null };
  let value: string | null;
  let implied: string[] = [];
  const earlier = spec.anaphoric ? earlierTimex(doc.timexes, spec, tense === 'past' ? published : null) : null;
  const same = spec.anaphoric && spec.shift?.n === 0 && !published ? unanchoredSame(doc.timexes, spec) : null;
  if (same) {
    // "the same day" after an unanchored "October 22" is that same XXXX-10-22.
    return timex(mod, spec.type, same.value, { kind: 'timex', timex: same.id }, ['offset'], []);
  }
  if (earlier) {
    anchorDay = earlier.day;
    anchor = { kind: 'timex', timex: earlier.timex.id };
  }
  if (!earlier && spec.durationUnlessAnchored) {
    // "A few days later" with no date before it to count from: the vague length it names, as "three days later" is.
    return timex(mod, 'DURATION', spec.durationUnlessAnchored, { kind: 'none', timex: null }, [], []);
  }
  if (earlier && spec.shift?.n === null) {
    // "a few years later": after the earlier date, at the unit's granularity.
    value = format({ year: earlier.day.year, month: earlier.day.month, day: earlier.day.day }, spec.granularity);
    mod = spec.relation === 'last' ? 'BEFORE' : 'AFTER';
  } else {
    ({ value, implied } = resolvePoint(spec, anchorDay, tense));
    if (cue?.name === 'since' && value && anchorDay) value = notAfterAnchor(value, anchorDay, implied);
    const quarter = spec.inheritsQuarter ? nearbyQuarter(doc, start) : null;
    // The nearby quarter is this year's or already the year-ago one; either way the year is the resolved one.
    if (quarter && value && [0, 1].includes(Number(quarter.value!.slice(0, 4)) - Number(value))) value = `${value}${quarter.value!.slice(4)}`;
  }
  if (value === null && (anchorDay || !needsAnchor)) {
    context.report('warning', 'impossible-date', `"${text}" does not name a calendar date: no value formed`, start, end);
  }
  // A weekday on the line above (a headline over its dateline) is not this date's: chrono merges across lines.
  if (value !== null && spec.fields.weekday !== undefined && spec.fields.day !== undefined && !text.includes('\n')) {
    // "Tuesday, 03.11.2020", "Friday, Oct. 16": the stated weekday checks the date (and picks its year when none is stated).
    const fit = fitStatedWeekday(value, spec.fields.weekday, implied.includes('year') ? anchorDay : null);
    value = fit.value;
    if (fit.contradicts) context.report('warning', WEEKDAY_MISMATCH, mismatchText(text, text, value, spec.fields.weekday), start, end);
  }
  if (value === null || !anchorDay) anchor = anchorDay ? anchor : { kind: 'none', timex: null };
  const stated = [...Object.keys(spec.fields).filter((k) => k !== 'utc'), ...(spec.shift ? ['offset'] : [])];
  if (spec.through) return rangeTimex(timex(mod, 'DURATION', null, anchor, stated, implied), spec, value);
  return timex(mod, spec.type, value, anchor, stated, implied);
}

/**
 * A range written as one expression: a DURATION of its length, days counted whole ("June 15-16" P2D) and years
 * apart ("2019-2022" P3Y) as the translation set and MEANTIME write them, its ends as beginPoint and endPoint.
 */
function rangeTimex(timex: Timex, spec: PointSpec, begin: string | null): Timex {
  const through = spec.through!;
  if (spec.granularity === 'year') {
    timex.value = `P${through.year! - spec.fields.year!}Y`;
    timex.range = { begin, end: String(through.year) };
    return timex;
  }
  // The last day takes the first's month and year unless it states its own ("March 3 through 5, 2021").
  const day = begin?.match(/^(\d{4}|XXXX)-(\d\d)-\d\d$/);
  const year = through.year ?? (day && day[1] !== 'XXXX' ? Number(day[1]) : null);
  const month = through.month ?? spec.fields.month!;
  const end = day ? `${year ?? 'XXXX'}-${pad(month)}-${pad(through.day!)}` : null;
  const first = day && year !== null ? { year: Number(day[1]), month: Number(day[2]), day: spec.fields.day! } : null;
  const days = first ? Math.round((toUtc({ year: year!, month, day: through.day! }).getTime() - toUtc(first).getTime()) / 86_400_000) : through.day! - spec.fields.day!;
  timex.value = `P${days + 1}D`;
  timex.range = { begin, end };
  return timex;
}

/** A quarter named earlier in the same or the previous sentence ("third-quarter profit … a year earlier"). */
function nearbyQuarter(doc: Doc, start: number): Timex | null {
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  const from = doc.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  for (let i = doc.timexes.length - 1; i >= 0; i--) {
    const timex = doc.timexes[i]!;
    if (timex.start < from) break;
    if (timex.value && /^\d{4}-Q\d$/.test(timex.value)) return timex;
  }
  return null;
}

/** Without a publication date: the latest earlier timex whose value has exactly the anaphor's granularity. */
function unanchoredSame(timexes: readonly Timex[], spec: PointSpec): Timex | null {
  const shape = spec.granularity === 'day' ? /^XXXX-\d{2}-\d{2}$/ : spec.granularity === 'month' ? /^XXXX-\d{2}$/ : null;
  if (!shape) return null;
  for (let i = timexes.length - 1; i >= 0; i--) if (shape.test(timexes[i]!.value ?? '')) return timexes[i]!;
  return null;
}

/**
 * The latest earlier timex with a concrete date fine enough for an anaphor ("the same day" needs a day). A day
 * or a part of one told in the past skips dates after `notAfter` (the publication day; one day later still
 * counts, for a dateline in a time zone ahead): "fighting continued overnight" after "will visit Paris in two
 * weeks" is not the night before that visit. Longer periods may count from a future one ("fiscal 1997 … the
 * prior year").
 */
function earlierTimex(timexes: readonly Timex[], spec: PointSpec, notAfter: Day | null): { timex: Timex; day: Day } | null {
  const needsDay = ['day', 'partOfDay', 'time', 'week', 'weekend'].includes(spec.granularity);
  const needsMonth = spec.granularity === 'month';
  for (let i = timexes.length - 1; i >= 0; i--) {
    const timex = timexes[i]!;
    if ((timex.type !== 'DATE' && timex.type !== 'TIME') || !timex.value) continue;
    const m = timex.value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
    if (!m) continue;
    if (needsDay && !m[3]) continue;
    if (needsMonth && !m[2]) continue;
    const day = { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) };
    if (needsDay && notAfter && compareDays(day, addDays(notAfter, 1)) > 0) continue;
    return { timex, day };
  }
  return null;
}
