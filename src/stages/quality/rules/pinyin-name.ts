import { soundKey, type TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { Doc, Entity } from '../../../model/index.ts';
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

// What stands between a person's name and the body named in its apposition ("Hao Zhijian, professor at Missouri State
// University"): a comma, a role of a few lower-case words and "at", "of" or "from".
const ROLE_AT = /^, (?:[\p{Ll}-]+ ){1,3}(?:at|of|from) (?:the )?$/u;
// How far after the name that body may start.
const ROLE_REACH = 60;

/**
 * The country of the body each person's apposition ties them to ("Hao Zhijian, professor at Missouri State University"),
 * as the entities stage stated it for that body (no gazetteer guess): the person works there, so writes their name as
 * that country does. One walk over the mentions by start, each looking only at those starting within reach after it.
 */
function countriesOfWorkplace(doc: Doc, persons: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const entities = new Map(doc.entities.map((x) => [x.id, x]));
  const byStart = doc.mentions.toSorted((a, b) => a.start - b.start);
  for (const [i, m] of byStart.entries()) {
    if (m.entity === null || !persons.has(m.entity) || out.has(m.entity)) continue;
    for (let j = i + 1; j < byStart.length && byStart[j]!.start - m.end <= ROLE_REACH; j += 1) {
      const body = byStart[j]!;
      const e = body.type === 'ORG' && body.entity ? entities.get(body.entity) : undefined;
      if (e?.country && e.countrySource !== 'gazetteer' && ROLE_AT.test(doc.text.slice(m.end, body.start))) out.set(m.entity, e.country);
    }
  }
  return out;
}

/**
 * A person the text ties to a country that does not write Chinese ("South Korean President Yin Xiyue", "Lin
 * Fangzheng, the Japanese foreign minister") whose name is pinyin alone, with a spelling only pinyin writes or
 * spelled a syllable a word ("Bu Lin Ken"): a machine translation from Chinese read the name's Chinese
 * transcription back in pinyin. The country is the one the text states or the actor dictionary gives, not a
 * gazetteer guess, or failing those that of the body the person's apposition names ("Hao Zhijian, professor at
 * Missouri State University", an American scholar). Each name mention that is pinyin alone is flagged; a known person whose name sounds alike
 * is the likely reading.
 */
export const pinyinNames: QualityRule = {
  id: 'pinyin-name',
  check(doc, lex) {
    const out: Finding[] = [];
    const persons = new Map<string, { name: string; country: string }>();
    // one word alone is too little to tell pinyin from a Western surname ("Cuomo", "Aquino")
    const stated = (e: Entity) => (e.country && e.countrySource !== 'gazetteer' ? e.country : null);
    // a person of a country that writes Chinese is left before the name is read
    const pinyin = doc.entities.filter((e) => e.type === 'PERSON' && e.name.includes(' ') && !lex.pinyinNames.chineseWriting.has(stated(e) ?? '') && allPinyin(e.name, lex));
    if (pinyin.length === 0) return out;
    const unstated = pinyin.filter((e) => !stated(e));
    const workplaces = unstated.length > 0 ? countriesOfWorkplace(doc, new Set(unstated.map((e) => e.id))) : new Map<string, string>();
    for (const e of pinyin) {
      const country = stated(e) ?? workplaces.get(e.id);
      if (!country || lex.pinyinNames.chineseWriting.has(country)) continue;
      if (pinyinOnly(e.name, country, lex) || spelledBySyllable(e.name, country, lex)) persons.set(e.id, { name: e.name, country });
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
