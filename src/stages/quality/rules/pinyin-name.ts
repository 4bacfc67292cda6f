import { soundKey, type TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { Finding, QualityRule } from './rule.ts';

const WORDS = /[\s-]+/u;

/** Every word of the name is pinyin syllables alone ("Yin Xiyue"; not "Moon Jae-in", "Steven Chu", "Kim"). */
const allPinyin = (name: string, lex: TranslationLexicons) => name.split(WORDS).every((w) => lex.pinyinWord.test(w));

/** A word holds a spelling only pinyin writes, among the romanisations of the person's country too. */
function pinyinOnly(name: string, country: string, lex: TranslationLexicons): boolean {
  const words = name.toLowerCase().split(WORDS);
  return lex.pinyinNames.markers.some((m) => !m.alsoWrittenBy.has(country) && words.some((w) => m.pattern.test(w)));
}

// A pinyin word is one syllable when it has one run of vowels: within a word every later syllable opens with an initial.
const VOWELS = /[aeiou]+/giu;
export const oneSyllable = (word: string) => word.match(VOWELS)?.length === 1;

/** Three words or more, each one syllable, where names are not written a syllable a word ("Bu Lin Ken"). */
function spelledBySyllable(name: string, country: string, lex: TranslationLexicons): boolean {
  const words = name.split(WORDS);
  return words.length >= 3 && !lex.pinyinNames.writtenBySyllable.has(country) && words.every(oneSyllable);
}

/**
 * A person the text ties to a country that does not write Chinese ("South Korean President Yin Xiyue", "Lin
 * Fangzheng, the Japanese foreign minister") whose name is pinyin alone, with a spelling only pinyin writes or
 * spelled a syllable a word ("Bu Lin Ken"): a machine translation from Chinese read the name's Chinese
 * transcription back in pinyin. The country is the one the text states or the actor dictionary gives, not a
 * gazetteer guess. Each name mention that is pinyin alone is flagged; a known person whose name sounds alike
 * is the likely reading.
 */
export const pinyinNames: QualityRule = {
  id: 'pinyin-name',
  check(doc, lex) {
    const out: Finding[] = [];
    const persons = new Map<string, { name: string; country: string }>();
    for (const e of doc.entities) {
      if (e.type !== 'PERSON' || !e.country || e.countrySource === 'gazetteer' || lex.pinyinNames.chineseWriting.has(e.country)) continue;
      // one word alone is too little to tell pinyin from a Western surname ("Cuomo", "Aquino")
      if (e.name.includes(' ') && allPinyin(e.name, lex) && (pinyinOnly(e.name, e.country, lex) || spelledBySyllable(e.name, e.country, lex))) persons.set(e.id, { name: e.name, country: e.country });
    }
    if (persons.size === 0) return out;
    for (const m of doc.mentions) {
      const person = m.entity === null || m.nominal ? undefined : persons.get(m.entity);
      const text = doc.text.slice(m.start, m.end);
      if (!person || !allPinyin(text, lex)) continue;
      const words = person.name.split(' ');
      const known = words.length === 2 ? lex.knownPeople.get(soundKey(words[0]!, words[1]!))?.[0]?.name : undefined;
      out.push({
        start: m.start, end: m.end,
        text: `"${text}" is spelled in pinyin alone for a person of ${person.country}: a name likely read back from its Chinese transcription in translation${known ? `; likely ${known}` : ''}`,
      });
    }
    return out;
  },
};
