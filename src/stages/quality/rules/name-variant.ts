import type { Doc } from '../../../model/index.ts';
import { consonants, type TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { entityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import { allMatches, matchesIn, type QualityRule } from './rule.ts';
import { isSpaceUnit } from './words.ts';
import { fold } from '../../../store/entity-names.ts';

/** A spelling found at [start, end) and the other spelling of the same name it stands beside. */
type Variant = { start: number; end: number; text: string; earlier: string };

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const LONG_SURNAME = /^\p{Lu}\p{Ll}{5,}$/u;

/** Edit distance with adjacent transpositions, stopping early once it passes `max`. */
export function distance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, prev2[j - 2]! + 1);
    }
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/**
 * One name under the same title spelled two ways ("Foreign Minister Battsege" … "Foreign Minister Battsze"): the
 * title says it is the same person, so names this close (same first letter, two edits at most, five letters or
 * more) are one name transliterated twice, even where the letters inside differ more than one. The later is
 * flagged once. Two people under one title ("President Obama", "President Trump") are not this close.
 */
function titledVariants(doc: Doc, lex: TranslationLexicons): Variant[] {
  const out: Variant[] = [];
  const seen = new Map<string, string[]>();
  for (const { end, match } of matchesIn(doc, lex.titledName, lex.titledNameHint)) {
    const [, role, name] = match as unknown as [string, string, string];
    const names = seen.get(role) ?? seen.set(role, []).get(role)!;
    const earlier = names.find((n) => n !== name && n[0] === name[0] && distance(n, name, 2) <= 2);
    if (earlier && !out.some((f) => f.text === name)) out.push({ start: end - name.length, end, text: name, earlier });
    if (!names.includes(name)) names.push(name);
  }
  return out;
}

// The words of a name: a compound surname's halves count apart ("Amir-Abdollahian" is "Amir", "Abdollahian").
const NAME_WORDS = /[\s-]+/u;
// A paragraph ending on a stop or a closing quotation mark is the story's; the first without one is its headline.
const STOPS = new Set(['.', '!', '?', '"', '”', '’', ')']);

/**
 * Whether the text ends on one of STOPS, white space (as \s) after it aside: read back from its end, where a pattern
 * anchored at the end (/[.!?"”’)]\s*$/u) is tried from every character of a paragraph that may be the whole text.
 */
export function endsOnStop(text: string): boolean {
  let at = text.length;
  while (at > 0 && isSpaceUnit(text.charCodeAt(at - 1))) at -= 1;
  return at > 0 && STOPS.has(text[at - 1]!);
}

/** The story's headline: its first paragraph when that ends on no stop, else null. */
function headlineOf(doc: Doc): Doc['paragraphs'][number] | null {
  const first = doc.paragraphs[0];
  return first && !endsOnStop(first.text) ? first : null;
}

/**
 * Whether two spellings of a surname after one given name are one name: one letter apart, or two apart with the
 * same consonants as spelled (vowels and doubled letters are what transliterations vary; "Hassan", "Hussein"
 * are three apart).
 */
export function oneNameApart(a: string, b: string): boolean {
  const d = distance(a, b, 2);
  return d === 1 || (d === 2 && consonants(a) === consonants(b));
}

// A capitalised word in a headline long enough to be a surname ("Makei"), and a surname at a person mention's end.
const HEADLINE_WORD = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{4,}(?![\p{L}'’-])/gu;
const SURNAME = /^\p{Lu}\p{Ll}{4,}$/u;

/**
 * A headline's surname the story spells otherwise throughout ("Belarus FM Makei" over "Foreign Minister … Uladzimir
 * Makey"): a capitalised word of the headline, five letters or more and no English word, that the story never writes,
 * with the first letter and the consonants as spelled of a person's surname in the story and two letters from it at
 * most. One of the two spellings is wrong; the story's, the later, is flagged where it first stands.
 */
function headlineVariants(doc: Doc, lex: TranslationLexicons): Variant[] {
  const headline = headlineOf(doc);
  if (!headline) return [];
  const body = doc.text.slice(headline.end);
  const surnames = doc.mentions.filter((m) => m.type === 'PERSON' && !m.nominal && m.start >= headline.end).map((m) => ({ m, surname: lastWord(m.text) }));
  const out: Variant[] = [];
  for (const [word] of allMatches(headline.text, HEADLINE_WORD)) {
    if (lex.englishWord(word.toLowerCase()) || out.some((f) => f.earlier === word)) continue;
    const found = surnames.find(({ surname }) => SURNAME.test(surname) && surname !== word && surname[0] === word[0] && consonants(surname) === consonants(word) && distance(surname, word, 2) <= 2);
    if (!found || new RegExp(`(?<![\\p{L}'’-])${word}(?![\\p{L}'’-])`, 'u').test(body)) continue;
    out.push({ start: found.m.end - found.surname.length, end: found.m.end, text: found.surname, earlier: word });
  }
  return out;
}

/**
 * One person's name spelled two ways after the same given name ("Hossein Amir-Abdollahian" … "Amir Abdullahian"):
 * the word before the surname is the same, and the surnames (six letters or more, first letter kept) are one letter
 * apart, a vowel changed as well as one added or dropped, or two apart with the same consonants as spelled (a vowel
 * respelled and a letter doubled: "Qasimi", "Qassemi"), since the given name says it is one person. A headline's
 * spelling is read last and never flagged: a headline is written apart from the story and shortens or respells
 * names, so the story's first spelling is the one the later ones are held to (headlineVariants reads a headline
 * spelling the story never repeats). Each of the story's later uses of the other spelling is flagged.
 */
function givenNameVariants(doc: Doc): Variant[] {
  const out: Variant[] = [];
  const headline = headlineOf(doc);
  const inHeadline = (m: { start: number }) => headline !== null && m.start < headline.end;
  const persons = doc.mentions.filter((x) => x.type === 'PERSON' && !x.nominal && NAME_WORDS.test(x.text));
  const ordered = [...persons.filter((m) => !inHeadline(m)), ...persons.filter(inHeadline)];
  // surnames seen so far by the word before them
  const seen = new Map<string, string[]>();
  for (const m of ordered) {
    const words = m.text.split(NAME_WORDS);
    const [given, surname] = [words.at(-2)!, words.at(-1)!];
    if (!LONG_SURNAME.test(surname)) continue;
    const same = seen.get(given) ?? seen.set(given, []).get(given)!;
    const earlier = same.find((k) => k !== surname && k[0] === surname[0] && oneNameApart(k, surname));
    if (earlier && !inHeadline(m)) out.push({ start: m.end - surname.length, end: m.end, text: surname, earlier });
    if (!same.includes(surname)) same.push(surname);
  }
  return out.sort((a, b) => a.start - b.start);
}

// A surname and a hyphenated given name, as Korean names are romanised ("Choi Choi-hee", "Kim Jong-un").
const HYPHENATED_GIVEN = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)-(\p{Ll}+)$/u;

/**
 * One person's hyphenated given name spelled two ways after the same surname, its last syllable the same ("Choi
 * Choi-hee" … "Choi Chun-hee"): the first syllables start with the same letter and are two letters apart at most.
 * Two people of one surname differ in the last syllable too, or start the first otherwise ("Kim Jong-un", "Kim
 * Jong-il", "Kim Yo-jong"). The later spelling is flagged, the given name alone.
 */
function hyphenatedGivenVariants(doc: Doc): Variant[] {
  const out: Variant[] = [];
  // first syllables seen so far by surname and last syllable
  const seen = new Map<string, string[]>();
  for (const m of doc.mentions.filter((x) => x.type === 'PERSON' && !x.nominal).toSorted((a, b) => a.start - b.start)) {
    const parts = HYPHENATED_GIVEN.exec(m.text);
    if (!parts) continue;
    const [, surname, first, last] = parts as unknown as [string, string, string, string];
    const key = `${surname} ${last}`;
    const firsts = seen.get(key) ?? seen.set(key, []).get(key)!;
    const earlier = firsts.find((k) => k !== first && k[0] === first[0] && distance(k, first, 2) <= 2);
    if (earlier) out.push({ start: m.start + surname.length + 1, end: m.end, text: `${first}-${last}`, earlier: `${earlier}-${last}` });
    if (!firsts.includes(first)) firsts.push(first);
  }
  return out;
}

// A place name long enough that one letter off is no other place's name.
const LONG_PLACE = 5;

/**
 * A country named two ways in one story, one of them its name and the other a misspelling the gazetteer keeps
 * as an alias ("Cyprus" … "Cyrpus"): the same length, one letter changed or two swapped. The misspelling is
 * flagged wherever it stands. A form a letter longer or shorter is often another place or the plural of a
 * name ("Chiloe", "Bahamas"), so only same-length forms count.
 */
function placeVariants(doc: Doc): Variant[] {
  const places = entityLexicons().places;
  const gpe = doc.mentions.filter((m) => m.type === 'GPE' && m.text.length >= LONG_PLACE);
  // a story names its places again and again: each text looked up once
  const seen = new Map<string, ReturnType<typeof places.get>>();
  const named = (m: { text: string }) => {
    if (!seen.has(m.text)) seen.set(m.text, places.get(m.text.toUpperCase()));
    return seen.get(m.text);
  };
  const out: Variant[] = [];
  for (const m of gpe) {
    const entry = named(m);
    if (entry?.kind !== 'place') continue;
    const right = gpe.find((k) => k.text.length === m.text.length && k.text !== m.text && named(k)?.kind === 'country' && named(k)!.country === entry.country && distance(k.text, m.text, 1) === 1);
    if (right) out.push({ start: m.start, end: m.end, text: m.text, earlier: right.text });
  }
  return out;
}

// A capitalised word long enough to be a surname, any letters ("Çavuşoğlu").
const CAPITALISED_WORD = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{5,}(?![\p{L}'’-])/gu;
const NON_ASCII = /[^\x00-\x7f]/u;

/**
 * A person's surname written both with and without its accents or its language's letters ("Cavusoglu" … "Çavuşoğlu":
 * the same folded): one of the two is the source's spelling left in. Only where the text holds a letter past ASCII;
 * the later of the two spellings is flagged (once, by check).
 */
function accentVariants(doc: Doc): Variant[] {
  const { text } = doc;
  if (!NON_ASCII.test(text)) return [];
  const surnames = new Map<string, string>();
  for (const m of doc.mentions) {
    if (m.type !== 'PERSON' || m.nominal) continue;
    const surname = lastWord(m.text);
    if (LONG_SURNAME.test(surname) && !surnames.has(fold(surname))) surnames.set(fold(surname), surname);
  }
  const first = new Map<string, string>();
  const out: Variant[] = [];
  for (const m of allMatches(text, CAPITALISED_WORD)) {
    const folded = fold(m[0]);
    if (!surnames.has(folded)) continue;
    const seen = first.get(folded) ?? first.set(folded, m[0]).get(folded)!;
    if (seen !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], earlier: seen });
  }
  return out;
}

// Consonants a typist drops or adds inside a name; transliterations vary vowels, doubled letters and h, j, w, y
// ("Yushchenko", "Yuschenko"), so a dropped one of those says nothing of who wrote the text.
const TYPED_CONSONANTS = new Set('bcdfgklmnpqrstvxz');

/**
 * Whether one spelling is the other with one consonant added that no transliteration adds: one of TYPED_CONSONANTS, not
 * doubling a neighbour ("Samokhalova", "Samokhvalova"; "Fenandez", "Fernandez"). Native copy makes this slip as often
 * as translated copy (the native pool's name-variant flags were mostly such), a transliteration rarely does.
 */
export function typingSlip(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return false;
  let at = 0;
  while (at < shorter.length && shorter[at] === longer[at]) at += 1;
  if (longer.slice(at + 1) !== shorter.slice(at)) return false;
  const added = longer[at]!.toLowerCase();
  return TYPED_CONSONANTS.has(added) && longer[at - 1]?.toLowerCase() !== added && longer[at + 1]?.toLowerCase() !== added;
}

/** A name's last word: what follows its last white space (read back to it, not split into words). */
function lastWord(text: string): string {
  let at = text.length;
  while (at > 0 && !isSpaceUnit(text.charCodeAt(at - 1))) at -= 1;
  return text.slice(at);
}

/**
 * One person's surname spelled two ways in one story ("Kanaani" … "Kanani", "Cavusoglu" … "Çavuşoğlu"): the later
 * form is flagged. A surname written with and without its accents (the same folded) is one name; otherwise only
 * surnames of six letters or more, a letter added or dropped inside (as transliterations double or drop
 * one), first and last letters kept: two people (Bashar, Bashir) or a name and its plural do not count, nor a
 * consonant dropped or added as in typing (typingSlip).
 */
export const nameVariants: QualityRule = {
  id: 'name-variant',
  check(doc, lex) {
    const out = [];
    const flagged = new Set<string>();
    // the surnames seen so far by first and last letter, in the order seen: only those can be variants
    const surnames = new Map<string, Set<string>>();
    for (const m of doc.mentions.filter((x) => x.type === 'PERSON' && !x.nominal)) {
      const surname = lastWord(m.text);
      if (!LONG_SURNAME.test(surname)) continue;
      const ends = `${surname[0]}${surname.at(-1)}`;
      const same = surnames.get(ends) ?? surnames.set(ends, new Set()).get(ends)!;
      const earlier = [...same].find((k) => Math.abs(k.length - surname.length) === 1 && distance(k, surname, 1) === 1 && !typingSlip(k, surname));
      if (earlier && !flagged.has(surname)) {
        flagged.add(surname);
        const at = m.end - surname.length;
        out.push({ start: at, end: m.end, text: `"${surname}" is spelled "${earlier}" earlier for what looks like the same person: one of the two spellings is wrong (a name transliterated twice); likely ${earlier}` });
      }
      same.add(surname);
    }
    for (const v of accentVariants(doc)) {
      if (flagged.has(v.text)) continue;
      flagged.add(v.text);
      out.push({ start: v.start, end: v.end, text: `"${v.text}" is written "${v.earlier}" earlier: one person's name with and without its own letters (left in the source's spelling in one place); likely ${v.earlier}` });
    }
    for (const v of titledVariants(doc, lex)) {
      if (flagged.has(v.text)) continue;
      flagged.add(v.text);
      out.push({ start: v.start, end: v.end, text: `"${v.text}" stands under the same title as "${v.earlier}" earlier: one person's name transliterated two ways; likely ${v.earlier}` });
    }
    for (const v of placeVariants(doc)) out.push({ start: v.start, end: v.end, text: `"${v.text}" is a misspelling of ${v.earlier}, which the story also names: a place name garbled in translation or typing; likely ${v.earlier}` });
    // every later use of the other spelling, but none a rule above flagged already
    const taken = new Set(out.map((f) => f.start));
    for (const v of givenNameVariants(doc)) {
      if (taken.has(v.start)) continue;
      taken.add(v.start);
      out.push({ start: v.start, end: v.end, text: `"${v.text}" follows the same given name as "${v.earlier}" in the story: one person's name transliterated two ways; likely ${v.earlier}` });
    }
    for (const v of hyphenatedGivenVariants(doc)) {
      if (taken.has(v.start)) continue;
      taken.add(v.start);
      out.push({ start: v.start, end: v.end, text: `"${v.text}" follows the same surname as "${v.earlier}" and ends on the same syllable: one person's given name transliterated two ways; likely ${v.earlier}` });
    }
    for (const v of headlineVariants(doc, lex)) {
      if (taken.has(v.start)) continue;
      taken.add(v.start);
      out.push({ start: v.start, end: v.end, text: `"${v.text}" is spelled "${v.earlier}" in the headline, a spelling the story never uses: one person's name transliterated two ways` });
    }
    return out;
  },
};
