import { capitalisedWordRepeated, matchesIn, SURROGATE, type QualityRule } from './rule.ts';

// A surname said again as the first syllable of its hyphenated given name ("Choi Choi-hee" for Choe Son-hui): Korean
// given names do not repeat the surname, a translation that read a syllable twice does. The pair alone where the
// hyphenated name stands elsewhere in the text ("First Vice Minister Choi Choi") is the same name cut short.
const DOUBLED = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) \1(-\p{Ll}+)?(?![\p{L}'’])/gu;
const DOUBLED_WORD = /(\p{Lu}\p{Ll}+) \1/u;
/**
 * What every DOUBLED match holds, a capitalised word said again after a space, read from each space (a native string
 * search), cheaper than DOUBLED_WORD's try at every character; a text holding a surrogate is left to DOUBLED_WORD.
 */
const HINT = {
  test(text: string): boolean {
    return SURROGATE.test(text) ? DOUBLED_WORD.test(text) : capitalisedWordRepeated(text, ' ');
  },
};

/** A name whose surname is repeated as its given name's first syllable: garbled in translation. */
export const doubledSurnames: QualityRule = {
  id: 'doubled-surname',
  check(doc) {
    const found = matchesIn(doc, DOUBLED, HINT);
    const hyphenated = new Set(found.filter(({ match }) => match[2]).map(({ match }) => match[1]!));
    return found
      .filter(({ match }) => hyphenated.has(match[1]!))
      .map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" repeats the surname as the first syllable of the given name: a name garbled in translation` }));
  },
};
