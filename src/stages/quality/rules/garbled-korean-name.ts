import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { Doc } from '../../../model/index.ts';
import { fold } from '../../../store/entity-names.ts';
import { allMatches, type Finding, type QualityRule } from './rule.ts';

// A name of two words, one of them a hyphenated given name of two syllables (group 2 and 3 after the surname, group 5
// and 6 before it: "Kang Kyung-wha", "Kyung-wha Kang"); a possessive after it is no part of the syllable.
const NAME = /(?<![\p{L}'’-])(?:\p{Lu}\p{Ll}+ (\p{Lu}[\p{Ll}'’]*)-(\p{Ll}[\p{Ll}'’]*?)|(\p{Lu}[\p{Ll}'’]*)-(\p{Ll}[\p{Ll}'’]*) \p{Lu}\p{Ll}+)(?=(?:['’]s)?(?![\p{L}'’-]))/gu;

/** The syllables of a hyphenated given name that no romanisation of Korean writes ("Kiung" of "Kiung-ha"). */
export function unkoreanSyllables(syllables: string[], lex: TranslationLexicons): string[] {
  return syllables.filter((s) => !lex.korean.syllable.test(fold(s)));
}

/** An entity tied to a country of Korean names by the text or the actor dictionary, not a gazetteer guess. */
const isKorean = (entity: Doc['entities'][number] | undefined, lex: TranslationLexicons) =>
  !!entity?.country && entity.countrySource !== 'gazetteer' && lex.korean.countries.has(entity.country);

/** Whether the person named at [start, end) is such an entity. */
function korean(doc: Doc, start: number, end: number, lex: TranslationLexicons): boolean {
  const mention = doc.mentions.find((m) => m.type === 'PERSON' && m.entity !== null && m.start < end && start < m.end);
  return isKorean(mention ? doc.entities.find((e) => e.id === mention.entity) : undefined, lex);
}

/**
 * A Korean person's hyphenated given name with a syllable no romanisation of Korean writes ("Foreign Minister of South
 * Korea Kang Kiung-ha", "South Korean President Yoon Sek-yue"): the name was read back into Latin letters from another
 * script (Japanese kana, Chinese characters) by a translation that did not know it. The person must be tied to Korea
 * (a stated or dictionary country): Chinese names written in Wade-Giles ("Ma Ying-jeou") are hyphenated too.
 */
export const garbledKoreanNames: QualityRule = {
  id: 'garbled-korean-name',
  check(doc, lex) {
    const out: Finding[] = [];
    // the name pattern is tried at every character: only where a hyphen and a Korean entity make a match count
    if (!doc.text.includes('-') || !doc.entities.some((e) => isKorean(e, lex))) return out;
    for (const m of allMatches(doc.text, NAME)) {
      const bad = unkoreanSyllables(m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!], lex);
      if (bad.length === 0 || !korean(doc, m.index, m.index + m[0].length, lex)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is a Korean name with ${bad.map((s) => `"${s}"`).join(' and ')}, which no romanisation of Korean writes as a syllable: a name read back from another script, garbled in translation` });
    }
    return out;
  },
};
