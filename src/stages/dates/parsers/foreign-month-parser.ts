import { alternation, wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

/**
 * A date a translation left in its source language's words: "23 марта 2021", "29 Mart 2017", "14 juillet 2019"
 * (day, month name, year). Only with its day and year, so a month name that is also a word or a name ("Mart",
 * "Mai", "Ekim") is never read alone.
 */
export const foreignMonthParser = ({ words: { foreignMonths } }: DateVocabulary): TriggeredParser => {
  const names = foreignMonths.names;
  const name = alternation(Object.keys(names));
  return wordParser(
    `([12]?\\d|3[01])\\.?\\s+(${name})\\.?,?\\s+((?:19|20)\\d\\d)`,
    (match) => {
      const month = names[match[2]!.toLowerCase()];
      if (month === undefined) return null;
      return { kind: 'point', type: 'DATE', granularity: 'day', fields: { year: Number(match[3]), month, day: Number(match[1]) } };
    },
    // the names themselves: an English date ("3 March 2021") must not wake the parser
    new RegExp(`\\d\\.?\\s+(?:${name})\\.?,?\\s+(?:19|20)\\d\\d`, 'i'),
  );
};
