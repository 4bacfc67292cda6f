import { entityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { Finding, QualityRule } from './rule.ts';
import { oneSyllable } from './pinyin-name.ts';

// A person's name of two capitalised words, nothing else ("Feng Yujun").
const TWO_WORDS = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;
// What may not touch the given name where it stands alone: a letter or hyphen on either side (a longer word).
const WORD_CHAR = /[\p{L}-]/u;
// A capitalised word and a space right before it: a family name or another given name, so it is not alone.
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]*[ -]$/u;
// A capitalised word right after it: a name in Western order ("Yujun Feng"), or another person's.
const NAME_AFTER = /^ \p{Lu}/u;

/**
 * Whether the word begins the actor dictionary's names mostly of persons of places that write Chinese names (XI
 * JINPING, WANG YI): a family name, which Chinese writes first. Mostly: a given name starts persons of every country
 * ("John", one of whom is coded Chinese).
 */
export function chineseFamilyName(word: string, lex: TranslationLexicons): boolean {
  let known = familyNames.get(lex);
  if (!known) familyNames.set(lex, (known = new Map()));
  let answer = known.get(word);
  if (answer === undefined) {
    const persons = entityLexicons().surnames.get(word.toUpperCase())?.first ?? [];
    const chinese = persons.filter((p) => p.codes.some((c) => lex.pinyinNames.chineseWriting.has(c.code.slice(0, 3))));
    known.set(word, (answer = chinese.length * 2 > persons.length));
  }
  return answer;
}
// Each word's answer, read once: a common surname ("Wang", "Li") starts hundreds of the dictionary's persons, read
// again for every story naming one.
const familyNames = new WeakMap<TranslationLexicons, Map<string, boolean>>();

/**
 * A Chinese person's given name used alone as if it were the surname ("Professor Feng Yujun … Yujun compared
 * Ukraine to Vietnam"): a translation from a language that writes the family name last (Russian, English
 * templates) took the last word. The person is named in full once as a family name the actor dictionary's
 * Chinese persons start with and a given name in pinyin of two syllables or more that is no English word; the given
 * name standing by itself later, no capitalised word beside it, is flagged ("Feng" was meant).
 */
export const givenNamesAlone: QualityRule = {
  id: 'given-name-alone',
  check(doc, lex) {
    const out: Finding[] = [];
    const families = new Map<string, string>();
    for (const m of doc.mentions) {
      if (m.type !== 'PERSON' || m.nominal) continue;
      const name = TWO_WORDS.exec(m.text);
      if (!name || families.has(name[2]!)) continue;
      const [, family, given] = name as unknown as [string, string, string];
      // a given name of one syllable is as often a family name, maybe another person's ("Sun Peng … Peng and Sun")
      if (!oneSyllable(given) && lex.pinyinWord.test(given) && !lex.englishWord(given.toLowerCase()) && chineseFamilyName(family, lex)) families.set(given, family);
    }
    const { text } = doc;
    for (const [given, family] of families) {
      for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
        const end = at + given.length;
        if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        if (NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || NAME_AFTER.test(text.slice(end, end + 2))) continue;
        out.push({ start: at, end, text: `"${given}" alone stands for ${family} ${given}, whose family name, written first, is ${family}: a given name used as the surname (the source wrote the family name last); likely "${family}"` });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
