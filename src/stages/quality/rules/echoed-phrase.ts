import { matchesIn, type QualityRule } from './rule.ts';

// "the X", then within one to five plain words (no comma or stop between) "the X" again, singular or plural:
// a word-by-word translation echoing its own noun ("experts from the Straits of the Strait", "the truth is that
// the truth of the United States"). English copy repeats a noun that close only across a comma or in set
// phrases ("the talks, and the talks' outcome"; "day by day" has no article).
const ECHO = /(?<![\p{L}])[Tt]he (\p{L}{4,})s? (?:[\p{L}’'-]+ ){1,5}?the \1s?(?![\p{L}])/gu;
// What every echo holds: "the " twice. Most paragraphs hold it, so the hint is only a cheap first sieve.
const TWO_ARTICLES = /[Tt]he .*the /u;
// A nationality word names two things in a row in plain copy ("the Chinese people … the Chinese dream").
const DEMONYM = /^\p{Lu}\p{Ll}*(?:ese|ian|an|ish|i)$/u;

/** A phrase that repeats its own article and noun within a few words: the translation garbled it, and its meaning must be guessed. */
export const echoedPhrases: QualityRule = {
  id: 'echoed-phrase',
  check(doc) {
    return matchesIn(doc, ECHO, TWO_ARTICLES)
      .filter(({ match }) => !DEMONYM.test(match[1]!))
      .map(({ start, end, match }) => ({
        start,
        end,
        text: `"${match[0]}" repeats "the ${match[1]}" within a few words: a phrase garbled by word-by-word translation, whose meaning must be guessed`,
      }));
  },
};
