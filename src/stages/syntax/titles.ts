import { has, possessive, spanOf, WORD, type Doc, type Title, type TokenRange, type Word } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import type { SyntaxWords } from '../../lexicons/syntax/syntax-lexicons.ts';
import type { CountryWord, VocabularyEntries } from './words.ts';

/** What reading a title needs: the words titles are made of, and the country words and agent titles. */
export interface TitleWords {
  /** every word of a Phoenix agent title ("defense", "minister", "adviser") and the modifiers ("former"), lower case */
  words: ReadonlySet<string>;
  places: EntityLexicons['places'];
  agents: EntityLexicons['agents'];
  /** the longest agent title, in words */
  longest: number;
  /** Country and demonym words by upper-case text: the country each names alone, and whether a longer phrase starts with it. */
  countryWords: ReadonlyMap<string, CountryWord>;
  /**
   * The same, for the ASCII keys, by lower case: a word's lower case is at hand, its upper case would be made
   * anew for every token. Upper and lower case map one to one in ASCII, so the two lookups agree.
   */
  asciiCountryWords: ReadonlyMap<string, CountryWord>;
  /** How many characters courtesy titles ("Tan Sri ", "Sheikh ") take at an offset: NameHeads.courtesyTitles. */
  courtesyTitles: (text: string, at: number) => number;
}

export function titleWords(entities: EntityLexicons, lex: SyntaxWords, courtesyTitles: TitleWords['courtesyTitles']): TitleWords {
  const words = new Set(lex.titleModifiers);
  let longest = 0;
  for (const phrase of entities.agents.keys()) {
    longest = Math.max(longest, phrase.split(' ').length);
    for (const w of phrase.toLowerCase().split(/[\s-]+/)) if (w.length > 2 && !lex.titleFunctionWords.has(w)) words.add(w);
  }
  const countryWords = new Map<string, CountryWord>();
  const entry = (key: string) => countryWords.get(key) ?? countryWords.set(key, { country: null, lead: false }).get(key)!;
  for (const [phrase, place] of entities.places) {
    if (place.kind === 'place') continue;
    entry(phrase).country = place.country;
    for (let space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) entry(phrase.slice(0, space)).lead = true;
  }
  const asciiCountryWords = new Map<string, CountryWord>();
  for (const [key, word] of countryWords) if (isAscii(key) && key === key.toUpperCase()) asciiCountryWords.set(key.toLowerCase(), word);
  return { words, places: entities.places, agents: entities.agents, longest, countryWords, asciiCountryWords, courtesyTitles };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The country words entry of `n` words from `words[i]`, joined by spaces; of one word, the one its vocabulary entry holds. */
function countryWords(words: readonly Word[], entries: VocabularyEntries, i: number, n: number, tw: TitleWords): CountryWord | undefined {
  let ascii = true;
  for (let k = i; k < i + n; k++) ascii &&= isAscii(words[k]!.text);
  if (n === 1) return ascii ? entries[i]?.country : tw.countryWords.get(words[i]!.text.toUpperCase());
  let key = ascii ? words[i]!.lower : words[i]!.text.toUpperCase();
  for (let k = i + 1; k < i + n; k++) key += ` ${ascii ? words[k]!.lower : words[k]!.text.toUpperCase()}`;
  return ascii ? tw.asciiCountryWords.get(key) : tw.countryWords.get(key);
}

const countryPhrase = (upper: string, tw: TitleWords) => {
  const place = tw.places.get(upper);
  return place !== undefined && place.kind !== 'place' ? place.country : null;
};

/**
 * The longest country or demonym phrase (up to three words: "South Korean", "United States") starting at
 * `words[i]`, in words; 0 if none.
 */
function countryLength(words: readonly Word[], entries: VocabularyEntries, i: number, last: number, tw: TitleWords): number {
  const one = countryWords(words, entries, i, 1, tw);
  // A phrase of two words is tried only after a word that begins one, of three only after two that do: most words begin none.
  if (one?.lead && last > i) {
    const two = countryWords(words, entries, i, 2, tw);
    if (two?.lead && last > i + 1 && countryWords(words, entries, i, 3, tw)?.country) return 3;
    if (two?.country) return 2;
  }
  return one?.country ? 1 : 0;
}

const upperTexts = (words: readonly Word[]) => words.map((w) => w.text.toUpperCase());

/**
 * A hyphen written between two title words ("Secretary-General"), or "of"/"for" ("Minister for Defence"), is
 * part of the title; so is "of" before a country's name ("Emir of Qatar", "President of Kenya"), whose title it is.
 */
function joinsTitle(words: readonly Word[], entries: VocabularyEntries, i: number, runs: Int32Array, country: () => boolean): boolean {
  const before = words[i - 1];
  const joint = words[i]!;
  const after = words[i + 1];
  if (before === undefined || after === undefined || runs[i - 1]! < 0 || !has(after, WORD.CAPITAL)) return false;
  if (!entries[i + 1]?.titleWord) return joint.lower === 'of' && entries[i - 1]?.titleWord === true && country();
  return joint.text === '-' ? before.end === joint.start && joint.end === after.start : joint.lower === 'of' || joint.lower === 'for';
}

/**
 * "Japanese Ambassador to Seoul Yasumasa Nagamine", "Ambassador to the UN X": "to" and the place or country (up to
 * three capitalised words, with "the") a title word before it is posted to are part of the title; their length in
 * words from `i`, 0 when word `i` starts no such posting. The place is where he serves, never his country (titleEndingAt).
 */
function postedTo(words: readonly Word[], entries: VocabularyEntries, i: number, last: number, runs: Int32Array, tw: TitleWords): number {
  // One person's title ("Ambassador"), not a plural agent sent somewhere ("troops to Iraq").
  if (words[i]!.lower !== 'to' || i === 0 || runs[i - 1]! < 0 || !entries[i - 1]?.titleWord || words[i - 1]!.lemma !== words[i - 1]!.lower) return 0;
  const from = words[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  for (let n = Math.min(3, last - from + 1); n >= 1; n--) {
    const place = words.slice(from, from + n);
    if (place.every((w) => has(w, WORD.CAPITAL)) && tw.places.has(upperTexts(place).join(' '))) return from + n - i;
  }
  return 0;
}

/**
 * Per token, the first token of the run of title and country words holding it ("former US national security
 * adviser", "South Korean President", "Germany's"), or -1: one pass, so finding the title before a name is a
 * lookup, not a scan.
 */
export function titleRunsOf(words: readonly Word[], entries: VocabularyEntries, sentences: readonly TokenRange[], tw: TitleWords): Int32Array {
  const out = new Int32Array(words.length).fill(-1);
  for (const s of sentences) {
    for (let i = s.first; i <= s.last; i++) {
      const country = countryLength(words, entries, i, s.last, tw);
      // A country's name, not a demonym: "Emir of Qatar", not "Congress of South African Trade Unions".
      const countryAfter = () => {
        const n = i < s.last ? countryLength(words, entries, i + 1, s.last, tw) : 0;
        return n > 0 && tw.places.get(upperTexts(words.slice(i + 1, i + 1 + n)).join(' '))?.kind === 'country';
      };
      const posting = country > 0 ? 0 : postedTo(words, entries, i, s.last, out, tw);
      const n = country > 0 ? country + (possessive(words[i + country]) ? 1 : 0) : posting > 0 ? posting : entries[i]?.titleWord || joinsTitle(words, entries, i, out, countryAfter) ? 1 : 0;
      if (n === 0) continue;
      const start = i > s.first && out[i - 1]! >= 0 ? out[i - 1]! : i;
      for (let k = i; k < i + n; k++) out[k] = start;
      i += n - 1;
    }
  }
  return out;
}

/**
 * The title the text puts right before token `at` in its sentence: the run of title words, country words and
 * modifiers ending just before it ("said Russian Defense Minister Sergey Shoigu" → "Russian Defense
 * Minister"); a possessive country is the name's country ("Germany's Steinmeier"). A lone country word is a
 * nationality ("Chinese experts"), not a title.
 */
export function titleBefore(doc: Doc, words: readonly Word[], entries: VocabularyEntries, runs: Int32Array, at: number, tw: TitleWords): Title | null {
  // Over courtesy titles, only a title of office reaches the name: "Russian-backed Mr. Yushchenko" has none.
  const titled = beforeCourtesyTitles(doc.text, words, at, tw);
  const title = titled < at ? titleEndingAt(doc, words, entries, runs, titled, tw) : null;
  return title?.agent ? title : titleEndingAt(doc, words, entries, runs, at, tw);
}

/** The title whose run of words ends right before word `at` (titleBefore without courtesy titles). */
function titleEndingAt(doc: Doc, words: readonly Word[], entries: VocabularyEntries, runs: Int32Array, at: number, tw: TitleWords): Title | null {
  if (at <= 0 || runs[at - 1]! < 0 || words[at - 1]!.sentence !== words[at]!.sentence) return null;
  const first = runs[at - 1]!;
  const tokens = words.slice(first, at);
  const upper = upperTexts(tokens);
  let countryAt = -1;
  let countryEnd = -1;
  // The country of a posting ("Ambassador to Japan") is where he serves, not his own.
  const posted = tokens.findIndex((t) => t.lower === 'to');
  const own = posted < 0 ? tokens.length : posted;
  for (let k = 0; k < own && countryAt < 0; k++) {
    const n = countryLength(words, entries, first + k, first + own - 1, tw);
    if (n > 0) [countryAt, countryEnd] = [k, k + n + (possessive(tokens[k + n]) ? 1 : 0)];
  }
  const owned = countryAt >= 0 && possessive(tokens[countryEnd - 1]!);
  if (countryAt === 0 && countryEnd === tokens.length && !owned) return null;
  const country = countryAt >= 0 ? countryPhrase(tokens.slice(countryAt, countryEnd).filter((t) => !possessive(t)).map((t) => t.text.toUpperCase()).join(' '), tw) : null;
  const roleTokens = countryAt === 0 ? tokens.slice(countryEnd) : tokens;
  const role = roleTokens.length > 0 ? doc.text.slice(roleTokens[0]!.start, roleTokens[roleTokens.length - 1]!.end) : null;
  let agent: string | null = null;
  let agentLength = 0;
  for (let i = 0; i < upper.length; i++) {
    for (let j = i + 1; j <= Math.min(upper.length, i + tw.longest); j++) {
      const code = tw.agents.get(upper.slice(i, j).join(' '));
      if (code && j - i > agentLength) [agent, agentLength] = [code, j - i];
    }
  }
  return { span: spanOf(doc.text, tokens[0]!.start, tokens[tokens.length - 1]!.end), role, country, agent };
}

/** Courtesy titles hold at most this many words ("His Royal Highness Sheikh"). */
const COURTESY_WORDS = 6;

/**
 * "Prime Minister Tan Sri Muhyiddin Yassin": the first word of the courtesy titles right before word `at` in its
 * sentence, where the title of office stands; `at` itself when none stand there.
 */
function beforeCourtesyTitles(text: string, words: readonly Word[], at: number, tw: TitleWords): number {
  let first = at;
  for (let k = at - 1; k >= 0 && k >= at - COURTESY_WORDS && words[k]!.sentence === words[at]?.sentence; k--) {
    if (tw.courtesyTitles(text, words[k]!.start) === words[at]!.start - words[k]!.start) first = k;
  }
  return first;
}
