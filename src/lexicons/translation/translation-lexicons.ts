import { z } from 'zod';
import { once, readLexicon } from '../load.ts';
import { loadCommonWordAt, loadCommonWords } from '../common-words.ts';
import { escapeRegExp, longestFirst } from '../../util/regexp.ts';

const About = z.string();
const Pattern = z.string().refine((p) => { try { new RegExp(p, 'u'); return true; } catch { return false; } }, 'not a regular expression');
const CuesSchema = z.object({
  about: About,
  glosses: z.object({ about: About, entries: z.array(z.object({ phrase: z.string().min(1), known: z.string().min(1), anywhere: z.boolean().optional() })) }),
  placeSyllables: z.object({ about: About, entries: z.array(z.object({ gloss: z.string().min(1), place: z.string().min(1) })) }),
  institutions: z.object({ about: About, names: z.array(z.string().min(1)) }),
  knownPeople: z.object({ about: About, names: z.array(z.string().regex(/^\S+ \S+$/, 'given name and surname, two words')) }),
  nameSlot: z.object({ about: About, timeHeads: z.array(z.string()), leading: z.array(z.string()), roles: z.array(z.string()) }),
  gender: z.object({ about: About, female: z.array(z.string()), male: z.array(z.string()), femaleWords: z.array(z.string()), maleWords: z.array(z.string()), femaleNouns: z.array(z.string()), maleNouns: z.array(z.string()) }),
  furniture: z.object({ about: About, patterns: z.array(z.union([Pattern, z.object({ pattern: Pattern, needs: z.array(z.string().min(1)).min(1) })])) }),
  untranslated: z.object({ about: About, pinyin: z.object({ about: About, initials: z.array(z.string().min(1)), finals: z.array(z.string().min(1)) }), scripts: z.array(z.string()), latinLetters: z.string(), nameLetters: z.object({ about: About, letters: z.string().min(1).regex(/^\p{Ll}+$/u, 'lower-case letters') }), dateWeekdays: z.array(z.string().min(1)), dateMonths: z.array(z.string().min(1)) }),
  countedNouns: z.object({ about: About, words: z.array(z.string().regex(/^\p{Ll}+$/u, 'lower-case letters')).min(1) }),
  eventHeads: z.object({ about: About, words: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u, 'a capitalised word')).min(1) }),
  runTogether: z.object({ about: About, leading: z.array(z.string().regex(/^[a-z]+$/, 'lower-case ASCII: read by the first unit of a word')) }),
  articles: z.object({ about: About, definite: z.array(z.string().regex(/^[a-z]+$/)).min(1), indefinite: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
  acronymSkips: z.array(z.string()),
  calques: z.object({ about: About, entries: z.array(z.object({ pattern: Pattern, needs: z.array(z.string().min(1).regex(/^[\x00-\x7f]+$/, 'ASCII: a need is looked for case aside (flag iu)')).min(1), source: z.string().min(1), reading: z.string().min(1) })) }),
  grammar: z.object({ about: About, entries: z.array(z.object({ name: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/), pattern: Pattern, needs: z.array(z.string().min(1)).min(1), cause: z.string().min(1), reading: z.string().min(1) })) }),
});
const PinyinNamesSchema = z.object({
  about: About,
  markers: z.object({ about: About, entries: z.array(z.object({ pattern: Pattern, alsoWrittenBy: z.array(z.string().length(3)) })) }),
  syllableNames: z.object({ about: About, writtenBySyllable: z.array(z.string().length(3)) }),
  chineseWriting: z.object({ about: About, countries: z.array(z.string().length(3)) }),
});
const KoreanNamesSchema = z.object({
  about: About,
  countries: z.array(z.string().length(3)).min(1),
  initials: z.array(z.string().regex(/^[a-z]*$/)).min(1),
  vowels: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  finals: z.array(z.string().regex(/^[a-z]*$/)).min(1),
});

const LowerWords = z.array(z.string().min(1).regex(/^[^\p{Lu}]+$/u, 'lower case: read case aside')).min(1);
const PageTemplateSchema = z.object({
  about: About,
  words: z.object({ about: About, words: LowerWords }),
  smallWords: z.object({ about: About, words: LowerWords }),
  networks: z.object({ about: About, names: LowerWords }),
  counted: z.object({ about: About, words: LowerWords }),
  durations: z.object({ about: About, words: LowerWords }),
  stampLabels: z.object({ about: About, labels: LowerWords }),
  timeWords: z.object({ about: About, words: LowerWords }),
  creditLabels: z.object({ about: About, labels: LowerWords }),
  notices: z.object({ about: About, phrases: LowerWords }),
  sections: z.object({ about: About, names: LowerWords }),
  listHeads: z.object({ about: About, words: LowerWords }),
  weakWords: z.object({ about: About, words: LowerWords }),
});

const OfficeTitlesSchema = z.object({
  about: About,
  countries: z.array(z.object({ names: z.array(z.string()).min(1), titles: z.array(z.object({ title: z.string(), known: z.string() })).min(1) })).min(1),
});

export interface KnownPerson {
  name: string;
  spelled: string;
}

/** The translation cues as the quality rules use them: sets, compiled patterns. */
export interface TranslationLexicons {
  /** anywhere: read in lower case without a source beside it (no English phrase is written so) */
  glosses: { phrase: RegExp; known: string; anywhere: boolean }[];
  /** any gloss phrase at all, word edges aside: most texts have none, and one scan says so instead of one per gloss */
  anyGloss: RegExp;
  placeSyllables: Map<string, string>;
  /** the first words of the known institution names below: a name starting otherwise glosses none */
  institutionStarts: Set<string>;
  /** known institution names in list order, each with its lowercased words less the small ones */
  institutions: { name: string; words: string[] }[];
  /** known people by how their two names sound (see soundKey), each with their names' consonants as spelled */
  knownPeople: Map<string, KnownPerson[]>;
  /** the first half of each key of knownPeople: a pair whose given name sounds like none is not read further */
  knownGivenSounds: Set<string>;
  timeHeads: Set<string>;
  leading: Set<string>;
  /** "X, an expert at Y, …" (the description closed by a comma): X stands where a person's name goes */
  appositionRole: RegExp;
  /** "the Secretary of State, W, who …": a title (one of the roles, capitalised or not) whose apposition W, one lowercase word, stands where the name goes */
  titledApposition: RegExp;
  /** "(Foreign) Minister Battsege": a capitalised role word (group 1) and one name after it (group 2), no second name word after */
  titledName: RegExp;
  /** ", professor of …" after "and Michael": a comma and a role with no article, tried at one place (sticky); the rule reads the given name before it */
  givenNameRole: RegExp;
  /** what every titledName match holds (a role word, a space, a capital): the cheap test before it */
  titledNameHint: RegExp;
  female: Set<string>;
  male: Set<string>;
  femaleWords: Set<string>;
  maleWords: Set<string>;
  /** common nouns for an unnamed woman or man ("wife", "father"), lowercase */
  femaleNouns: Set<string>;
  maleNouns: Set<string>;
  /** each pattern with the strings one of which every match contains (none: the pattern is anchored, cheap to try) */
  furniture: { pattern: RegExp; needs: string[] | null }[];
  /**
   * the furniture patterns without needs as one alternation, which matches where one of them does: they are
   * anchored at the paragraph's start, so one try there replaces a call per pattern on every paragraph
   */
  anyUnneededFurniture: RegExp;
  /** one character of another script or of a letter English never writes */
  foreign: RegExp;
  /** the units of the Latin letters English writes only inside names (cues.json untranslated.nameLetters), lower-case */
  nameLetters: ReadonlySet<number>;
  /** a date written with another language's weekday or month name ("jeudi, mai 23, 2024", "Senin, 5 Agustus"): the name next to a day number or to the other name */
  foreignDate: RegExp;
  /** one of those month names as a word, as every foreign date holds one: a cheap first test (no lookbehind, one alternation) before foreignDate */
  foreignMonth: RegExp;
  acronymSkips: Set<string>;
  /** plural nouns and currencies a count stands before (cues.json countedNouns), lower-case */
  countedNouns: ReadonlySet<string>;
  /** a bare number of one or two digits after a lower-case word, one to three capitalised words and an event name's last word (cues.json eventHeads): group 1 the number */
  numberedEvent: RegExp;
  /** any of the event names' last words: what every numberedEvent match holds, a cheap first test (no lookbehind) */
  eventHead: { test(text: string): boolean };
  /** the closed-class words no English compound starts with (cues.json runTogether), by their first letter's unit */
  gluedLeading: (readonly string[] | undefined)[];
  /** the articles the translation score's article profile counts (cues.json articles), lower-case */
  articles: { definite: Set<string>; indefinite: Set<string> };
  /** nameSlot's role words ("minister", "ambassador"), lower-case */
  roles: Set<string>;
  /** idioms rendered word by word, each with its source idiom, English reading and `needed` (one of its needs, case aside, as the pattern reads case) */
  calques: { pattern: RegExp; needed: RegExp; source: string; reading: string }[];
  /** any calque's need, case aside (flag iu): one test of a text, which almost no text passes, before the calques' own */
  anyCalqueNeed: RegExp;
  /**
   * function-word patterns English never has, each named, with what in the source makes it and the English reading; case
   * counts in the pattern and in `needed`, one of its needs as the text writes it (most texts hold one need or another,
   * so no test of them all comes first)
   */
  grammar: { name: string; pattern: RegExp; needed: RegExp; cause: string; reading: string }[];
  /** a word made of Hanyu Pinyin syllables alone, any case ("Wu", "Tong", "Xiyue") */
  pinyinWord: RegExp;
  /** whether a lower-case word is an English word (the POS model's lexemes): a run of words that are not is another language */
  englishWord: (word: string) => boolean;
  /** englishWord of the word text[start, end), read where it stands (no slice) */
  englishWordAt: (text: string, start: number, end: number) => boolean;
  /** pinyin-names.json: spellings only pinyin writes (each with the countries whose romanisation writes it too), the countries whose names are written a syllable a word, and those that write names from Chinese characters */
  pinyinNames: { markers: { pattern: RegExp; alsoWrittenBy: Set<string> }[]; writtenBySyllable: Set<string>; chineseWriting: Set<string> };
  /** korean-names.json: the countries whose people's given names are Korean, and one syllable as a romanisation of Korean writes it (lower case, accents folded) */
  korean: { countries: Set<string>; syllable: RegExp };
  /** office-titles.json: a country's name before a title it has no office of ("US Foreign Minister"), and the office it has by phrase */
  officeTitles: { pattern: RegExp; known: Map<string, string> };
  /** page-template.json: the vocabulary of news sites' page templates, lower case, as template-line.ts reads a line */
  pageTemplate: PageTemplate;
}

/** page-template.json as template-line.ts reads it: word sets, and its label and phrase lists as patterns. */
export interface PageTemplate {
  words: ReadonlySet<string>;
  small: ReadonlySet<string>;
  networks: ReadonlySet<string>;
  counted: ReadonlySet<string>;
  /** spans of time a counter measures, counted only beside a counted word */
  durations: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  sections: ReadonlySet<string>;
  /** template words that name what a page holds ("news", "video"): a label needs another beside them */
  weak: ReadonlySet<string>;
  /** the words of a heading over a list of other stories' titles */
  listHeads: ReadonlySet<string>;
  /** a stamp label at the line's start, its colon or "on"/"at" after it included */
  stampLabel: RegExp;
  /** a credit label at the line's start and what introduces the credit (a colon, a bar, a dash, "by", "courtesy of") */
  creditLabel: RegExp;
  /** any notice phrase, case aside, at word edges */
  notice: RegExp;
  /** a credit label closing a caption, after its stop or bracket: the credit after it a few capitalised words at most */
  closingCredit: RegExp;
}


/** A name's lowercased words less the small ones acronyms and glosses skip ("of", "the"). */
export const contentWords = (name: string, skips: Set<string>) => name.toLowerCase().split(/\s+/).filter((w) => !skips.has(w));

/** A word's consonants as spelled: accents, vowels, y, h and w dropped, doubled letters once ("Sullivan" → slvn). */
export function consonants(word: string): string {
  return sounds(word, KEPT);
}

// Consonants that transliteration back from Chinese, Japanese, Korean or Persian script confuses, merged.
const CONFUSED: Record<string, string> = { l: 'r', c: 'k', q: 'k', p: 'b', t: 'd', z: 's', f: 'v', x: 'ks' };

/** How two names sound: their consonants with the confused ones merged ("John Cerby" and "John Kirby" alike). */
export function soundKey(given: string, surname: string): string {
  return `${soundOf(given)} ${soundOf(surname)}`;
}

/** One word's half of soundKey. */
export function soundOf(word: string): string {
  return sounds(word, MERGED);
}

// Per letter a–z, what consonants writes (null: dropped, a vowel, y, h or w), and what soundOf writes (confused ones merged).
const KEPT = [...'abcdefghijklmnopqrstuvwxyz'].map((c) => ('aeiouyhw'.includes(c) ? null : c));
const MERGED = KEPT.map((c) => (c === null ? null : CONFUSED[c] ?? c));

/**
 * consonants or soundOf in one pass over the word's units, no pattern: the quality rules ask it of capitalised
 * words text after text. The letters read are the word's decomposed (NFD) lower case, for an ASCII word the word
 * with A–Z lowered; a run of one consonant is written once, then a run of one written letter (x writes two).
 */
function sounds(word: string, written: (string | null)[]): string {
  let letters = word;
  for (let i = 0; i < word.length; i += 1) {
    if (word.charCodeAt(i) >= 0x80) { letters = word.normalize('NFD').toLowerCase(); break; }
  }
  let out = '';
  let lastLetter = -1;
  let lastOut = '';
  for (let i = 0; i < letters.length; i += 1) {
    let unit = letters.charCodeAt(i);
    if (unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
    if (unit < 0x61 || unit > 0x7a || unit === lastLetter) continue;
    const as = written[unit - 0x61]!;
    if (as === null) continue;
    lastLetter = unit;
    for (const c of as) {
      if (c !== lastOut) out += c;
      lastOut = c;
    }
  }
  return out;
}

/** Known people by sound key; a name with no consonant in one of its words sounds like too much to keep. */
function byHowTheySound(names: string[]): Map<string, KnownPerson[]> {
  const out = new Map<string, KnownPerson[]>();
  for (const name of names) {
    const [given, surname] = name.split(' ') as [string, string];
    if (!consonants(given) || !consonants(surname)) continue;
    const key = soundKey(given, surname);
    out.set(key, [...(out.get(key) ?? []), { name, spelled: `${consonants(given)} ${consonants(surname)}` }]);
  }
  return out;
}

/**
 * lex.foreignDate: a weekday then a month (perhaps after a day number), or a month next to a day number. Case counts: a
 * month as the language writes it ("mai", not the Vietnamese name "Mai"), a weekday also capitalised, as at
 * a line's start.
 */
/** A word with its first letter in capitals ("Monday", "Minister"), as a line's start or a title writes it. */
const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

function foreignDatePattern(weekdays: string[], months: string[]): RegExp {
  const any = (words: string[]) => `(?:${words.map(escapeRegExp).join('|')})`;
  const day = any(weekdays.flatMap((w) => [w, capitalised(w)]));
  const month = any(months);
  // after a weekday, a month is required: a capitalised weekday is also a surname ("Placido Domingo, 12 days")
  const dayMonth = `(?:${month} \\d{1,2}(?!\\d)|\\d{1,2} (?:de )?${month}|${month})`;
  return new RegExp(`(?<![\\p{L}])(?:${day},? ${dayMonth}|${month} \\d{1,2}(?!\\d)|(?<![\\d.])\\d{1,2} ${month})(?![\\p{L}])`, 'gu');
}

export const loadTranslationLexicons = once((): TranslationLexicons => {
  const cues = readLexicon('translation/cues.json', CuesSchema);
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  const acronymSkips = lower(cues.acronymSkips);
  const knownPeople = byHowTheySound(cues.knownPeople.names);
  const institutions = cues.institutions.names.map((name) => ({ name, words: contentWords(name, acronymSkips) }));
  const initials = cues.untranslated.pinyin.initials.join('|');
  const finals = cues.untranslated.pinyin.finals.join('|');
  const glossed = (phrase: string) => `(?<![\\p{L}])${phrase}(?![\\p{L}])`;
  return {
    glosses: cues.glosses.entries.map((e) => ({ phrase: new RegExp(glossed(escapeRegExp(e.phrase)), 'giu'), known: e.known, anywhere: e.anywhere ?? false })),
    anyGloss: new RegExp(cues.glosses.entries.map((e) => escapeRegExp(e.phrase)).join('|'), 'iu'),
    placeSyllables: new Map(cues.placeSyllables.entries.map((e) => [e.gloss, e.place])),
    institutions,
    institutionStarts: new Set(institutions.map((i) => i.words[0]!)),
    knownPeople,
    knownGivenSounds: new Set([...knownPeople.keys()].map((k) => k.split(' ')[0]!)),
    timeHeads: lower(cues.nameSlot.timeHeads),
    leading: lower(cues.nameSlot.leading),
    appositionRole: new RegExp(`^([^,]{3,60}), (?:an?|the) (?:[\\p{L}'’-]+ ){0,4}(?:${cues.nameSlot.roles.join('|')})(?: (?:at|of|from|with|in|for|on) [^,]{1,80})?,`, 'u'),
    titledApposition: new RegExp(`(?<![\\p{L}])(?:${cues.nameSlot.roles.map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|')})(?: of (?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3})?, (\\p{Ll}[\\p{Ll}'’-]+), (?:who|whose|which)(?![\\p{L}])`, 'gu'),
    titledName: new RegExp(`(?<![\\p{L}])(${cues.nameSlot.roles.map(capitalised).join('|')}) (\\p{Lu}\\p{Ll}{4,})(?![\\p{L}]|[ -]\\p{Lu})`, 'gu'),
    givenNameRole: new RegExp(`, (?:(?:senior|chief|former|deputy|associate|assistant|visiting) )?(?:${cues.nameSlot.roles.join('|')})(?![\\p{L}])`, 'uy'),
    titledNameHint: new RegExp(`(?:${cues.nameSlot.roles.map(capitalised).join('|')}) \\p{Lu}`, 'u'),
    female: lower(cues.gender.female),
    male: lower(cues.gender.male),
    femaleWords: lower(cues.gender.femaleWords),
    maleWords: lower(cues.gender.maleWords),
    femaleNouns: lower(cues.gender.femaleNouns),
    maleNouns: lower(cues.gender.maleNouns),
    furniture: cues.furniture.patterns.map((p) => typeof p === 'string' ? { pattern: new RegExp(p, 'u'), needs: null } : { pattern: new RegExp(p.pattern, 'u'), needs: p.needs }),
    anyUnneededFurniture: new RegExp(cues.furniture.patterns.filter((p) => typeof p === 'string').map((p) => `(?:${p})`).join('|') || '(?!)', 'u'),
    foreign: new RegExp(`[${cues.untranslated.scripts.map((s) => `\\p{Script=${s}}`).join('')}${cues.untranslated.latinLetters}]`, 'u'),
    nameLetters: new Set([...cues.untranslated.nameLetters.letters].map((c) => c.charCodeAt(0))),
    foreignDate: foreignDatePattern(cues.untranslated.dateWeekdays, cues.untranslated.dateMonths),
    foreignMonth: new RegExp(`(?:^|[\\s,(])(?:${cues.untranslated.dateMonths.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'mu'),
    acronymSkips,
    countedNouns: new Set(cues.countedNouns.words),
    eventHead: anyWord(cues.eventHeads.words),
    numberedEvent: new RegExp(`(?<=\\p{Ll} )([1-9]\\d?)\\.? (?:\\p{Lu}[\\p{L}'’]* ){1,3}(?:${cues.eventHeads.words.join('|')})(?![\\p{L}])`, 'gu'),
    gluedLeading: byFirstUnit(cues.runTogether.leading),
    roles: lower(cues.nameSlot.roles),
    articles: { definite: new Set(cues.articles.definite), indefinite: new Set(cues.articles.indefinite) },
    // a syllable without an initial only opens a word: inside one, pinyin marks it with an apostrophe (Xi'an)
    pinyinWord: new RegExp(`^(?:${initials})?(?:${finals})(?:(?:${initials})(?:${finals}))*$`, 'i'),
    calques: cues.calques.entries.map((e) => ({ pattern: new RegExp(e.pattern, 'giu'), needed: anyOf(e.needs, 'iu'), source: e.source, reading: e.reading })),
    anyCalqueNeed: anyOf(cues.calques.entries.flatMap((e) => e.needs), 'iu'),
    // case counts in a grammar pattern: "The Chinese it plans" is one, "the Chinese it plans" none
    grammar: cues.grammar.entries.map(({ name, pattern, needs, cause, reading }) => ({ name, pattern: new RegExp(pattern, 'gu'), needed: anyOf(needs, 'u'), cause, reading })),
    englishWord: loadCommonWords(),
    englishWordAt: loadCommonWordAt(),
    pinyinNames: loadPinyinNames(),
    korean: loadKoreanNames(),
    officeTitles: loadOfficeTitles(),
    pageTemplate: loadPageTemplate(),
  };
});

/**
 * Any of the strings, as one pattern: a lexicon entry's needs, one test of a text (a string search per need costs
 * several times as much where a text holds none of them).
 */
const anyOf = (strings: string[], flags: string) => new RegExp(strings.map(escapeRegExp).join('|'), flags);

/**
 * Whether a text holds any of the capitalised words, by a string search for each: a capital is rare in a text, so each
 * search skips along it, where one alternation of the words stops to try them at every capital and costs two to four
 * times as much (lower-case needs, common letters, are the other way round: anyOf).
 */
export function anyWord(words: readonly string[]): { test(text: string): boolean } {
  return {
    test(text) {
      for (const word of words) if (text.includes(word)) return true;
      return false;
    },
  };
}

/** Words by their first letter's unit: a rule reading a word's start compares it with the few starting alike. */
function byFirstUnit(words: string[]): (readonly string[] | undefined)[] {
  const table: string[][] = [];
  for (const w of words) (table[w.charCodeAt(0)] ??= []).push(w);
  return table;
}

function loadPinyinNames(): TranslationLexicons['pinyinNames'] {
  const data = readLexicon('translation/pinyin-names.json', PinyinNamesSchema);
  return { markers: data.markers.entries.map((e) => ({ pattern: new RegExp(e.pattern, 'u'), alsoWrittenBy: new Set(e.alsoWrittenBy) })), writtenBySyllable: new Set(data.syllableNames.writtenBySyllable), chineseWriting: new Set(data.chineseWriting.countries) };
}

function loadKoreanNames(): TranslationLexicons['korean'] {
  const data = readLexicon('translation/korean-names.json', KoreanNamesSchema);
  // longest first, so that the alternation tries "yeo" before "ye"; an empty entry makes its part optional
  const part = (list: string[]) => `(?:${longestFirst(list.filter(Boolean))})${list.includes('') ? '?' : ''}`;
  return { countries: new Set(data.countries), syllable: new RegExp(`^${part(data.initials)}['’]?${part(data.vowels)}${part(data.finals)}$`) };
}

function loadPageTemplate(): PageTemplate {
  const data = readLexicon('translation/page-template.json', PageTemplateSchema);
  // each label as a line writes it: lower case, capitalised, in capitals ("Photo credit", "PHOTO CREDIT"), each word capitalised too
  const creditLabels = longestFirst(data.creditLabels.labels.flatMap((l) => [l, capitalised(l), l.split(' ').map(capitalised).join(' '), l.toUpperCase()]));
  return {
    words: new Set(data.words.words),
    small: new Set(data.smallWords.words),
    networks: new Set(data.networks.names),
    counted: new Set(data.counted.words),
    durations: new Set(data.durations.words),
    timeWords: new Set(data.timeWords.words),
    sections: new Set(data.sections.names),
    listHeads: new Set(data.listHeads.words),
    weak: new Set(data.weakWords.words),
    stampLabel: new RegExp(`^(?:${longestFirst(data.stampLabels.labels)})(?![\\p{L}])\\s*:?\\s*`, 'iu'),
    // case counts after "by" (a name follows it, not "photo by photo"): the labels are written as lines write them
    creditLabel: new RegExp(`^\\(?(?:${creditLabels})\\s*(?::|\\||[–—-](?= )|[Bb]y (?=\\p{Lu})|[Cc]ourtesy of(?![\\p{L}]))`, 'u'),
    closingCredit: new RegExp(`(?:[.!?|]\\s|[[(])(?:${creditLabels})(?:\\s*[:/|]\\s*\\p{Lu}[\\p{L}.&'’-]*(?: \\p{Lu}[\\p{L}.&'’-]*){0,3})?[\\])]?$`, 'u'),
    notice: new RegExp(`(?<![\\p{L}])(?:${longestFirst(data.notices.phrases)})(?![\\p{L}])`, 'iu'),
  };
}

function loadOfficeTitles(): TranslationLexicons['officeTitles'] {
  const data = readLexicon('translation/office-titles.json', OfficeTitlesSchema);
  const known = new Map(data.countries.flatMap((c) => c.titles.flatMap((t) => c.names.map((n): [string, string] => [`${n} ${t.title}`, t.known]))));
  const alternatives = data.countries.map((c) => `(?:${c.names.map(escapeRegExp).join('|')}) (?:${c.titles.map((t) => escapeRegExp(t.title)).join('|')})`);
  return { pattern: new RegExp(`(?<![\\p{L}.])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu'), known };
}
