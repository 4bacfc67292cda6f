import { monthNumber, MONTHS, wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Bare years, which chrono leaves alone: "in 1950", "fiscal 1989", "the year 2000". */
export const yearParser = wordParser(
  `(?:(?:(?:the\\s+)?(?:fiscal|calendar)(?:\\s+year)?|the\\s+year|fy)\\s*)?((?:1[5-9]|20)\\d\\d)(?![\\d.,]\\d|\\s*(?:%|percent|tons|barrels|cars|people|shares|miles|feet|km))`,
  (match, context) => {
    const at = match.index ?? 0;
    if (at > 0 && /[$#€£\d.,:]/.test(context.text[at - 1]!)) return null;
    return { kind: 'point', type: 'DATE', granularity: 'year', fields: { year: Number(match[1]) } };
  },
  /\d{4}/,
);

/** Clipped years after a preposition of time: "since '82", "in ’95" (before 2030, as news rarely clips later years). */
export const clippedYearParser = wordParser(
  `(?<=\\b(?:since|in|from|until|till|through|by|before|after|of|and|to)\\s+)['’](\\d\\d)(?![\\d%'’\\w])`,
  (match) => {
    const n = Number(match[1]);
    return { kind: 'point', type: 'DATE', granularity: 'year', fields: { year: (n < 30 ? 2000 : 1900) + n } };
  },
  /['’]\d\d/,
);

/** "the 1980s", "the '90s", "the nineties": TimeML writes the decade as its first three digits. */
export const decadeParser = wordParser(
  `(?:the\\s+)?(?:((?:1[5-9]|20)\\d)0'?s|'(\\d)0'?s|(${Object.keys(DECADE_WORDS).join('|')}))`,
  (match) => {
    const decade = match[1] ? Number(match[1]) : 190 + (match[2] ? Number(match[2]) : DECADE_WORDS[match[3]!.toLowerCase()]!);
    return { kind: 'point', type: 'DATE', granularity: 'decade', fields: { decade } };
  },
  /\d0'?s|ties\b/i,
);

/** "the 20th century", "the nineteenth century": TimeML writes the century as two digits (19). */
export const centuryParser = ({ words: { ordinals } }: DateVocabulary): TriggeredParser =>
  wordParser(
    `(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century|(?:the\\s+)?(${Object.keys(ordinals).join('|')}|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\\s+century`,
    (match) => {
      const spelled: Record<string, number> = {
        eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
        seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
      };
      const word = match[2]?.toLowerCase();
      const n = match[1] ? Number(match[1]) : (spelled[word!] ?? ordinals[word!]);
      if (!n) return null;
      return { kind: 'point', type: 'DATE', granularity: 'century', fields: { century: n - 1 } };
    },
    /century/i,
  );


/**
 * Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand",
 * with a month or season in front: "January nineteen ninety-seven", "the winter of nineteen ninety-four".
 */
export const spokenYearParser = ({ NUMBER_WORD, SEASON, readCount, words: { seasons } }: DateVocabulary): TriggeredParser =>
  wordParser(
    `(?:(${MONTHS.join('|')})\\s+|(?:the\\s+)?(${SEASON})\\s+of\\s+|(the\\s+year\\s+))?(?:(nineteen|twenty)\\s+((?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?)|two\\s+thousand(?:\\s+and\\s+(${NUMBER_WORD}))?)`,
    (match) => {
      const [, month, season, theYear, centuryWord, rest, afterThousand] = match;
      let year: number;
      if (centuryWord) {
        const n = readCount(rest!);
        if (n === null || n < 10 || n > 99) return null;
        year = (centuryWord.toLowerCase() === 'nineteen' ? 19 : 20) * 100 + n;
      } else {
        // "two thousand" alone is a count more often than a year.
        if (!month && !season && !theYear) return null;
        year = 2000 + (afterThousand ? (readCount(afterThousand) ?? 0) : 0);
      }
      if (month) return { kind: 'point', type: 'DATE', granularity: 'month', fields: { year, month: monthNumber(month) } };
      if (season) return { kind: 'point', type: 'DATE', granularity: 'season', fields: { year, season: seasons[season.toLowerCase()]! } };
      return { kind: 'point', type: 'DATE', granularity: 'year', fields: { year } };
    },
    /nineteen|twenty|two thousand/i,
  );
