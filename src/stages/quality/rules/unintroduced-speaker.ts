import { SURNAME_SHAPE, type Entity } from '../../../model/index.ts';
import { entityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import { loadNameHeads } from '../../../lexicons/entities/name-heads.ts';
import { loadWireLexicons } from '../../../lexicons/entities/wire-lexicons.ts';
import type { QualityRule } from './rule.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const PLURAL = /[^s]s$/u;
// A day or a month, capitalised wherever it stands ("a report issued Tuesday, by …"): no person, whoever read it as one.
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/u;

// What may stand right before a name where it is read: a capitalised word and a space (a given name), or no
// letter (the name is a whole word). Tried at each place the name stands (sticky), not scanned from every
// capital of the text, as one pattern per name was.
// A nickname in quotation marks may stand between the given name and the surname (Stanley "Tookie" Williams).
const GIVEN_BEFORE = /(?<=\p{Lu}[\p{L}'’-]+\s+(?:["“'‘]\p{Lu}[\p{L}'’-]*["”'’]\s+)?)/uy;
const NO_LETTER_BEFORE = /(?<!\p{L})/uy;
const NO_LETTER = /(?!\p{L})/uy;

/** Whether `name` (letters, apostrophes and hyphens) stands in `text` as a whole word somewhere right after what `before` matches. */
function standsAfter(text: string, name: string, before: RegExp): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    before.lastIndex = at;
    NO_LETTER.lastIndex = at + name.length;
    if (before.test(text) && NO_LETTER.test(text)) return true;
  }
  return false;
}

// The first word after the speaker, past an adverb ("Sunnis often complain"): read there alone (sticky).
const NEXT_WORD = /\s+(?:(?:\p{Ll}+ly|often|also|still|now|never|again|already|all|both)\s+)?(\p{Ll}+)/uy;
const PLURAL_AUXILIARY = new Set(['have', 'are', 'were', 'do']);

/**
 * Whether a speaker ending in -s takes a plural verb ("Meterologists say", "Anti-royalists have called", "Sunnis often
 * complain"): a group named by a plural noun the word list lacks (misspelt, hyphenated, a faith or a faction), no person.
 * The verb is plural when it is an auxiliary that agrees so or the reporting word itself, written in its base form.
 */
function pluralSubject(text: string, speakerEnd: number, cue: { text: string; lemma: string } | null): boolean {
  NEXT_WORD.lastIndex = speakerEnd;
  const verb = NEXT_WORD.exec(text)?.[1];
  if (!verb) return false;
  // the cue's first word: "complain of" is the verb "complain"
  return PLURAL_AUXILIARY.has(verb) || (cue !== null && verb === cue.text.toLowerCase().split(' ')[0] && verb === cue.lemma);
}

// A possessive the quotes stage read as the speaker ("God's hope shines", "Hughes's plan"): its owner, no one quoted.
const POSSESSIVE = /['’]s$/u;

/**
 * Whether `at` opens a sentence or a line: only spaces between it and a stop, a quotation mark, a line's start or the
 * text's, or a dash that opens its line (a digest's item: "- Editorial blames U.S. …").
 */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i -= 1;
  if (i > 0 && text[i - 1] === '-' && (i === 1 || text[i - 2] === '\n')) return true;
  return i === 0 || '.!?\n"“”'.includes(text[i - 1]!);
}

// An article right before the word: it modifies a noun ("agreement on a Shi'ite demand"), no name standing alone.
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s+$/iu;
// An apposition after the name that says what it is ("said Uhuru, or Freedom, a Swahili newspaper owned by …"): read there alone (sticky).
const APPOSITION_AFTER = /,(?: or [^,]{1,40},)? (?:a|an|the) \p{L}/uy;

/** Whether the name stands somewhere in the text with an apposition after it. */
function appositionAfter(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    APPOSITION_AFTER.lastIndex = at + name.length;
    if (APPOSITION_AFTER.test(text)) return true;
  }
  return false;
}

/** Whether the word, or the singular of a plural, is a common English word ("Employment", "Eyewitnesses", "Gunmen"). */
function commonWord(word: string, lex: TranslationLexicons): boolean {
  const w = word.toLowerCase();
  if (lex.englishWord(w) || (w.endsWith('men') && lex.englishWord(`${w.slice(0, -3)}man`))) return true;
  return PLURAL.test(w) && (lex.englishWord(w.slice(0, -1)) || (w.endsWith('es') && lex.englishWord(w.slice(0, -2))));
}

// A surname whose dictionary persons have more codings than this is borne by many (Smith, Jones, Mohammed), no one figure.
const ONE_FIGURE_CODINGS = 3;

/**
 * Whether the name is a public figure's surname: the last word of persons' names in the actor dictionary, all
 * coded alike but for a few offices held over time (Rice, Chertoff, Kouchner).
 */
function publicFigure(name: string): boolean {
  const persons = entityLexicons().surnames.get(name.toUpperCase())?.last ?? [];
  // no more persons than that many codings: their codings are no more either
  if (persons.length <= ONE_FIGURE_CODINGS) return persons.length > 0;
  const codings = new Set(persons.map((p) => p.codes.map((c) => `${c.code} ${c.from} ${c.to}`).join('|')));
  return codings.size > 0 && codings.size <= ONE_FIGURE_CODINGS;
}

/**
 * A person quoted under one bare name ("Thoi said") whom the text never introduces: no mention of any type
 * (another stage may have typed the full name as an organisation) gives a longer name containing it or reads
 * the name as a place or organisation (the quotes stage may have taken "China" for a person), case aside, no
 * capitalised word stands before it as a given name, no apposition after it says what it is, and no role or affiliation is attached. Flagged once,
 * at the first such quote, saying what was checked.
 */
export const unintroducedSpeakers: QualityRule = {
  id: 'unintroduced-speaker',
  check(doc, lex) {
    const out = [];
    const seen = new Set<string>();
    // built at the first quote read that far, as the one below: most texts quote no bare name
    let entities: Map<string, Entity> | undefined;
    let longer: string[] | undefined;
    for (const q of doc.quotes) {
      const { speaker } = q;
      const m = speaker.mention;
      if (speaker.kind !== 'person' || !m || speaker.resolved || speaker.role || speaker.affiliation) continue;
      if (!SURNAME_SHAPE.test(m.text) || /^(?:He|She|I|We|They|It)$/.test(m.text) || seen.has(m.text)) continue;
      // a plural English noun opening a sentence ("Investors said", "Bonds fell") is a group, not a person left unintroduced
      if (PLURAL.test(m.text) && (lex.englishWord(m.text.toLowerCase()) || pluralSubject(doc.text, m.end, q.cue))) continue;
      if (POSSESSIVE.test(m.text) || ARTICLE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 6), m.start))) continue;
      // a name that opens the text has no text before it to be introduced in: the copy starts mid-story (an excerpt),
      // or with the page's own name ("Livemint wants to …"); a translation that dropped the introduction leaves text before
      if (doc.text.slice(0, m.start).trim() === '') continue;
      // a common word capitalised because it opens a sentence or a label ("Employment is …", "Eyewitnesses say",
      // "Result: …") was read as a speaker by another stage; a bare name is seldom a common word, and mid-sentence it keeps its capital
      if ((opensSentence(doc.text, m.start) && commonWord(m.text, lex)) || CALENDAR_WORD.test(m.text)) continue;
      // a courtesy title another stage read as the speaker ("said Rev. Jerome Turner"): the name follows it, in full
      if (loadNameHeads().courtesyTitles(doc.text, m.start) > 0) continue;
      // a public figure the actor dictionary knows by this surname (Rice, Chertoff, Kouchner) is named so in native news too
      if (publicFigure(m.text)) continue;
      // a news agency or outlet cited by its name ("Yonhap said", "Kommersant reported") is a source, no person
      if (loadWireLexicons().newsSource(m.text)) continue;
      // another stage's reading of the same words as a place or an organisation says this is no person
      // (read for each such speaker, seldom more than one or two a text: cheaper than a set of every mention's words)
      // (case aside: a headline or a lead in capitals names it so, "AVON RENT-A-CAR … Corp." … "Avon also said")
      const lower = m.text.toLowerCase();
      if (doc.mentions.some((x) => x.type !== 'PERSON' && x.text.toLowerCase() === lower)) continue;
      entities ??= new Map(doc.entities.map((e) => [e.id, e]));
      const entity = speaker.entity ? entities.get(speaker.entity) : undefined;
      if (entity && entity.type !== 'PERSON') continue;
      const names = entity ? [entity.name, ...entity.aliases] : [speaker.name ?? m.text];
      if (names.some((n) => n.trim().split(/\s+/).length > 1) || entity?.role || entity?.affiliation) continue;
      longer ??= doc.mentions.filter((x) => /\s/.test(x.text.trim())).map((x) => x.text.toLowerCase());
      if (longer.some((t) => standsAfter(t, lower, NO_LETTER_BEFORE)) || standsAfter(doc.text, m.text, GIVEN_BEFORE) || appositionAfter(doc.text, m.text)) continue;
      seen.add(m.text);
      out.push({
        start: m.start,
        end: m.end,
        text: `"${m.text}" is quoted but never introduced: no mention of any type (person, organisation, place) gives a longer name containing it or reads it as other than a person, no given name stands before it, and no role or affiliation is attached`,
      });
    }
    return out;
  },
};
