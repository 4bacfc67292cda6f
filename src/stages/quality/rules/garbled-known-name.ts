import { consonants, soundOf } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, type QualityRule } from './rule.ts';
import { distance } from './name-variant.ts';

// Two capitalised words in a row; the second is read in a lookahead so that "President Emmanuel Macaron" gives
// both "President Emmanuel" and "Emmanuel Macaron".
const PAIR = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(?= (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]))/gu;

/**
 * A known public figure's name garbled in translation, with nothing else in the text to check it against: two
 * capitalised words that sound like a known person's given name and surname ("Antony Brinken", "John Cerby",
 * "Jake Surivan") but are spelled with other consonants, two letters apart at most (consonants alone are too
 * few to tell "Larisa Sayenko" from Rishi Sunak). A difference in vowels alone is a transliteration
 * English copy also uses (Sergei, Sergey; Zelenskyy), so it does not count. The garbled surname standing
 * alone elsewhere in the text ("Brinken will hold talks") is flagged too.
 */
export const garbledKnownNames: QualityRule = {
  id: 'garbled-known-name',
  check(doc, lex) {
    const out = [];
    const garbled = new Map<string, string>();
    for (const m of allMatches(doc.text, PAIR)) {
      const [, given, surname] = m as unknown as [string, string, string];
      const givenSound = soundOf(given);
      if (!lex.knownGivenSounds.has(givenSound)) continue;
      const found = lex.knownPeople.get(`${givenSound} ${soundOf(surname)}`);
      if (!found || found.some((k) => k.spelled === `${consonants(given)} ${consonants(surname)}`)) continue;
      const known = found.filter((k) => distance(k.name.toLowerCase(), `${given} ${surname}`.toLowerCase()) <= 2);
      if (known.length === 0) continue;
      const end = m.index + given.length + 1 + surname.length;
      out.push({ start: m.index, end, text: `"${given} ${surname}" sounds like ${known[0]!.name} but is spelled otherwise: a name garbled in translation (letters the source language does not tell apart, as l and r or c and k); likely ${known[0]!.name}` });
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
