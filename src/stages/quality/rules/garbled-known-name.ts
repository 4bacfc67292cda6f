import { consonants, soundOf, type TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { entityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import { allMatches, isLetterUnit, isUpperUnit, matchesAt, SURROGATE, type Finding, type QualityRule } from './rule.ts';
import { distance } from './name-variant.ts';
import { addedLetterAt, changedLetterAt } from './one-letter.ts';
import { chineseFamilyName } from './given-name-alone.ts';
import { oneSyllable } from './pinyin-name.ts';
import { fold } from '../../../store/entity-names.ts';

// Two capitalised words in a row; the second is read in a lookahead so that "President Emmanuel Macaron" gives
// both "President Emmanuel" and "Emmanuel Macaron".
export const PAIR = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(?= (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]))/gu;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const isNameUnit = (unit: number) => isLetterUnit(unit) || unit === APOSTROPHE || unit === RIGHT_QUOTE || unit === HYPHEN;

/**
 * The PAIR matches of a text: where one may start is read from each space (a native string search) before a capital,
 * the run of name characters before it read back; the pattern is tried there alone, not at every character. A text
 * holding a surrogate is left to the pattern (see SURROGATE).
 */
export function pairs(text: string): RegExpExecArray[] {
  if (SURROGATE.test(text)) return allMatches(text, PAIR);
  const starts = [];
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
    if (!isUpperUnit(text.charCodeAt(space + 1))) continue;
    let at = space;
    while (at > 0 && isNameUnit(text.charCodeAt(at - 1))) at -= 1;
    if (at < space) starts.push(at);
  }
  return matchesAt(text, PAIR, starts);
}
const PLAIN_VOWEL = /^[aeiou]$/;
const LETTERS_ONLY = /^\p{L}+$/u;


/**
 * Whether `word` is `known` with one plain vowel (a, e, i, o, u) swapped for another ("Kerby" for Kirby) or an h
 * put in or left out after a consonant inside the word ("Anthony" for Antony), the first letter kept. These are how a name read back
 * from another script comes out; the spellings English copy itself varies between are not: i for y and y for i
 * (Sergei, Sergey; Zelenskiy), a letter doubled (Kanaani), a closing h (Hajizadeh), a first vowel (Ebrahim, Ibrahim).
 * Those are read past around a respelling ("Anthoni" for Antony: an h put in, and i for y), as they alone say nothing.
 */
export function respelledVowel(word: string, known: string): boolean {
  const [a, b] = [freeSpelling(word), freeSpelling(known)];
  if (a === b || a[0] !== b[0]) return false;
  if (a.length === b.length) {
    const at = changedLetterAt(a, b);
    return at >= 0 && PLAIN_VOWEL.test(a[at]!) && PLAIN_VOWEL.test(b[at]!);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  const extra = addedLetterAt(long, short);
  // an h after a consonant, as a digraph (th, kh, sh): after a vowel it makes another name (Jon, John)
  return extra > 0 && extra < long.length - 1 && long[extra] === 'h' && !PLAIN_VOWEL.test(long[extra - 1]!);
}

/** A word folded with the spellings English copy varies between made one: y as i, a doubled letter once ("Zelenskiy" → zelenski). */
export function freeSpelling(word: string): string {
  return fold(word).replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1');
}

/**
 * The actor dictionary's Chinese person whose pinyin given name `given` misspells out of pinyin ("Zhou Youngkang" for
 * ZHOU YONGKANG), or null: the family name is one pinyin syllable that starts mostly Chinese persons, the given name
 * is no pinyin, and dropping one letter or swapping one vowel makes it the pinyin given name of a dictionary person
 * with that family name. Hyphenated and apostrophe forms (Wade-Giles, Korean) are left alone: they are another
 * romanisation, not a misspelling of this one. (A name the dictionary holds itself the rule leaves before: dictionaryPerson.)
 */
export function respelledPinyinName(family: string, given: string, lex: TranslationLexicons): string | null {
  if (given.length < 4 || !LETTERS_ONLY.test(given) || !lex.pinyinWord.test(family) || !oneSyllable(family) || lex.pinyinWord.test(given)) return null;
  if (!chineseFamilyName(family, lex)) return null;
  const { actors } = entityLexicons();
  const upper = `${family.toUpperCase()} `;
  const word = given.toLowerCase();
  const candidates = [...word].flatMap((c, i) => [word.slice(0, i) + word.slice(i + 1), ...(PLAIN_VOWEL.test(c) ? [...'aeiou'].map((v) => word.slice(0, i) + v + word.slice(i + 1)) : [])]);
  for (const candidate of candidates) {
    if (candidate === word || !lex.pinyinWord.test(candidate)) continue;
    // the reading in the name's own case: a headline in capitals gets one in capitals
    if (actors.get(upper + candidate.toUpperCase())?.kind === 'person') return `${family} ${given === given.toUpperCase() ? candidate.toUpperCase() : given[0] + candidate.slice(1)}`;
  }
  return null;
}

/**
 * A known public figure's name garbled in translation, with nothing else in the text to check it against: two
 * capitalised words that sound like a known person's given name and surname ("Antony Brinken", "John Cerby",
 * "Jake Surivan") but are spelled with other consonants, two letters apart at most (consonants alone are too
 * few to tell "Larisa Sayenko" from Rishi Sunak); or spelled with the same consonants but a vowel respelled
 * (respelledVowel: "John Kerby", "Anthony Blinken"); or a Chinese name of the actor dictionary spelled out of
 * pinyin (respelledPinyinName). The garbled surname standing alone elsewhere in the text ("Brinken will hold
 * talks") is flagged too.
 */
export const garbledKnownNames: QualityRule = {
  id: 'garbled-known-name',
  check(doc, lex) {
    const out: Finding[] = [];
    const garbled = new Map<string, string>();
    const flag = (at: number, given: string, surname: string, likely: string, why: string) => {
      out.push({ start: at, end: at + given.length + 1 + surname.length, text: `"${given} ${surname}" ${why}; likely ${likely}` });
    };
    for (const m of pairs(doc.text)) {
      const [, given, surname] = m as unknown as [string, string, string];
      const pinyin = respelledPinyinName(given, surname, lex);
      if (pinyin) {
        if (dictionaryPerson(given, surname)) continue;
        flag(m.index, given, surname, pinyin, `is a Chinese name the actor dictionary knows, spelled out of pinyin: a name garbled in translation`);
        continue;
      }
      const givenSound = soundOf(given);
      if (!lex.knownGivenSounds.has(givenSound)) continue;
      const found = lex.knownPeople.get(`${givenSound} ${soundOf(surname)}`);
      // asked only of a pair that sounds like a known person: most pairs do not
      if (!found || dictionaryPerson(given, surname)) continue;
      const spelled = `${consonants(given)} ${consonants(surname)}`;
      if (found.some((k) => k.spelled === spelled)) {
        const known = found.find((k) => respelledOnce(given, surname, k.name));
        if (!known) continue;
        flag(m.index, given, surname, known.name, `is ${known.name} with a vowel respelled: a name garbled in translation (a vowel the source language writes otherwise)`);
        const knownSurname = known.name.split(' ')[1]!;
        if (fold(surname) !== fold(knownSurname)) garbled.set(surname, knownSurname);
        continue;
      }
      const known = found.filter((k) => distance(k.name.toLowerCase(), `${given} ${surname}`.toLowerCase()) <= 2);
      if (known.length === 0) continue;
      flag(m.index, given, surname, known[0]!.name, `sounds like ${known[0]!.name} but is spelled otherwise: a name garbled in translation (letters the source language does not tell apart, as l and r or c and k)`);
      if (consonants(surname) !== known[0]!.spelled.split(' ')[1]) garbled.set(surname, known[0]!.name.split(' ')[1]!);
    }
    for (const [surname, likely] of garbled) {
      for (const m of allMatches(doc.text, new RegExp(`(?<![\\p{L}'’-])${surname}(?![\\p{L}'’-])`, 'gu'))) {
        if (out.some((f) => f.start <= m.index && m.index < f.end)) continue;
        out.push({ start: m.index, end: m.index + surname.length, text: `"${surname}" is the garbled surname of a known name spelled otherwise in this text; likely ${likely}` });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * Whether the two words are a person's name in the actor dictionary: a real person, however close to a known one
 * ("Li Keqiang" to Li Qiang, "John Bruton" to John Bolton), not a garbled spelling.
 */
export function dictionaryPerson(given: string, surname: string): boolean {
  return entityLexicons().actors.get(`${given} ${surname}`.toUpperCase())?.kind === 'person';
}

/** Whether "given surname" is the known name with one of its two words respelled (respelledVowel), the other as known. */
function respelledOnce(given: string, surname: string, known: string): boolean {
  const [knownGiven, knownSurname] = known.split(' ') as [string, string];
  const sameGiven = fold(given) === fold(knownGiven);
  const sameSurname = fold(surname) === fold(knownSurname);
  return (sameGiven && respelledVowel(surname, knownSurname)) || (sameSurname && respelledVowel(given, knownGiven));
}
