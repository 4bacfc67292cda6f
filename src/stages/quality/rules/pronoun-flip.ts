import type { Doc, Mention } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, type QualityRule } from './rule.ts';
import { furnitureTest } from './page-furniture.ts';
import { isSpaceUnit } from './words.ts';

type Gender = 'female' | 'male';
const PRONOUN = /(?<![\p{L}])(he|him|his|himself|she|her|hers|herself)(?![\p{L}])/giu;
const SWAP: Record<string, string> = { he: 'she', him: 'her', his: 'her', himself: 'herself', she: 'he', her: 'him or his', hers: 'his', herself: 'himself' };

/** The gender a cue word gives: a given name, or (when it is not the person's given name itself) a gendered title or word. */
function genderCue(cue: string, given: string, lex: TranslationLexicons, female: boolean): boolean {
  return female ? lex.female.has(cue) || (cue !== given && lex.femaleWords.has(cue)) : lex.male.has(cue) || (cue !== given && lex.maleWords.has(cue));
}

// Russian, Bulgarian and Belarusian surnames mark gender by their ending (Zakharova, Lavrov); -sky does not (Monica
// Lewinsky), and other languages' names end so too (Ibrahim Rugova, Casanova): read only of a person the text names
// by the surname alone, as translated Russian copy does, never of one with a given name the lexicon does not know.
const FEMALE_SURNAME = /^\p{Lu}\p{Ll}+(?:ova|eva|yova|skaya|tskaya)$/u;
const MALE_SURNAME = /^\p{Lu}\p{Ll}+(?:ov|ev|yov)$/u;

/**
 * A person's gender as the text fixes it: a given name, or a gendered title or word right before a mention; failing
 * both, for a person named by the surname alone (`surname` null otherwise), the surname's ending.
 */
function genderOf(given: string, surname: string | null, before: string, lex: TranslationLexicons): Gender | null {
  if (lex.female.has(given) || genderCue(before, given, lex, true)) return 'female';
  if (lex.male.has(given) || genderCue(before, given, lex, false)) return 'male';
  if (surname && FEMALE_SURNAME.test(surname)) return 'female';
  if (surname && MALE_SURNAME.test(surname)) return 'male';
  return null;
}

/** The word right before `at` (within 20 characters), lowercased, its full stops and commas dropped: "mrs" in "Mrs. Zakharova". */
function wordBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 20), at).trimEnd();
  // read back to the space before it, a unit at a time: a pattern anchored at the end is tried from every character
  let start = before.length;
  while (start > 0 && !isSpaceUnit(before.charCodeAt(start - 1))) start -= 1;
  return before.slice(start).toLowerCase().replace(/[.,]/g, '');
}

/** Whether a mention from `first` on, starting before `end`, is of a person whose gender is known. */
function namesGendered(byStart: readonly Mention[], first: number, end: number, gender: Map<string, Gender | null>): boolean {
  for (let j = first; j < byStart.length && byStart[j]!.start < end; j += 1) if (gender.get(byStart[j]!.entity!)) return true;
  return false;
}

const WORD = /\p{L}+/gu;

/** Whether a noun for an unnamed person of the pronoun's gender ("his wife told VOA she …") stands in `text`: the pronoun may be that person's. */
function unnamedOfGender(text: string, said: Gender, lex: TranslationLexicons): boolean {
  const nouns = said === 'female' ? lex.femaleNouns : lex.maleNouns;
  // read lazily (matchAll), as the first such noun answers
  for (const w of text.matchAll(WORD)) if (nouns.has(w[0].toLowerCase())) return true;
  return false;
}

// A pronoun of each gender: one already said before the pronoun read, in its two sentences, is a chain the pronoun goes on with.
const OF_GENDER: Record<Gender, RegExp> = {
  female: /(?<![\p{L}])(?:she|her|hers|herself)(?![\p{L}])/iu,
  male: /(?<![\p{L}])(?:he|him|his|himself)(?![\p{L}])/iu,
};

/** Whether `at` falls inside a quotation's words: a quoted pronoun is the speaker's, and may point to anyone. */
const inQuotation = (doc: Doc, at: number) => doc.quotes.some((q) => q.content.some((c) => c.start <= at && at < c.end));
/** Whether `at` falls inside words quoted in quotation marks: reported speech ("demanded to meet with President Bush") is narration. */
const inDirectQuotation = (doc: Doc, at: number) => doc.quotes.some((q) => q.type === 'direct' && q.content.some((c) => c.start <= at && at < c.end));

// A possessive pronoun and the word after it ("her father"): read there alone (sticky).
const POSSESSIVE_NOUN = /(?:his|her)\s+(\p{L}+)/iuy;

/**
 * Whether the pronoun at `at` owns a noun for someone of the named person's gender ("Mr. Akayev's family … Her father,
 * who resigned"): the pronoun is the relative's, whom the named person may be, as native copy refers to a daughter by
 * her father's name.
 */
function ownsOneOfGender(text: string, at: number, is: Gender, lex: TranslationLexicons): boolean {
  POSSESSIVE_NOUN.lastIndex = at;
  const noun = POSSESSIVE_NOUN.exec(text)?.[1]?.toLowerCase();
  return noun !== undefined && (is === 'female' ? lex.femaleNouns : lex.maleNouns).has(noun);
}

// The speaking pronouns corefer ties to a person (see references.ts), by the gender they say.
const SPEAKING: Record<string, Gender> = { he: 'male', she: 'female' };
// How many paragraph breaks may stand between the person's name and the pronoun tied to it.
const SPEAKER_REACH = 1;

/**
 * A "he" or "she" speaking a quotation, which the coreference stage tied to a person whose gender the text fixes otherwise, the last person named
 * before it, in its paragraph or the one before ("… said Retno. / “…,” he concluded"): the pronoun has no one else to
 * stand for, however long the quotation between ran, which the two-sentence reading of the rule below does not reach.
 * Not inside a quotation, nor where another person, a noun for an unnamed one or another pronoun of the pronoun's gender
 * stands between the start of the sentence naming the person and the pronoun, nor where someone else is quoted between.
 */
function speakerFlips(doc: Doc, byStart: readonly Mention[], gender: Map<string, Gender | null>, lex: TranslationLexicons): { mention: Mention; said: Gender; is: Gender }[] {
  const out = [];
  // where a quotation's speaker stands: a pronoun there speaks for the person it is tied to, as the attribution reads it
  const speakers = new Set(doc.quotes.map((q) => q.speaker.mention?.start));
  for (const m of doc.mentions) {
    const said = m.source === 'coreference' && m.entity !== null && speakers.has(m.start) ? SPEAKING[m.text.toLowerCase()] : undefined;
    const is = said ? gender.get(m.entity!) : null;
    if (!said || !is || is === said || inQuotation(doc, m.start)) continue;
    const last = byStart.findLast((x) => x.end <= m.start);
    if (last?.entity !== m.entity) continue;
    if (doc.paragraphs.filter((p) => p.start > last.end && p.start <= m.start).length > SPEAKER_REACH) continue;
    // from the start of the sentence naming the person: another person there ("Donovan said that he and Minister
    // Retno …"), a noun for an unnamed one or a pronoun of the pronoun's gender may be whom it stands for
    const from = doc.sentences.find((x) => x.start <= last.start && last.start < x.end)?.start ?? last.start;
    if (byStart.some((x) => x.start >= from && x.end <= m.start && x.entity !== m.entity)) continue;
    // someone else quoted since, named or not ("A border protection spokesman said … He said"): the pronoun may be theirs
    if (doc.quotes.some((q) => q.cue !== null && q.cue.start > last.end && q.cue.start < m.start && q.speaker.entity !== m.entity)) continue;
    const before = doc.text.slice(from, m.start);
    if (unnamedOfGender(before, said, lex) || OF_GENDER[said].test(before)) continue;
    out.push({ mention: m, said, is });
  }
  return out;
}

/**
 * A pronoun of the other gender for the one person the sentence and the one before it name: "Maria Zakharova
 * … Zakharova said. According to him, …". Only where that person is the only one named there, so the pronoun
 * has no one else to point to (names inside quoted words aside): not inside a quotation, nor after a word for an unnamed
 * person of the pronoun's gender or another pronoun of its gender, nor owning a noun for someone of the person's gender.
 */
export const pronounFlips: QualityRule = {
  id: 'pronoun-flip',
  check(doc: Doc, lex) {
    const out = [];
    // a name in a caption or credit ("Maria Novoselova/Vestnik Kavkaza") is the photographer's, no one the story's pronouns stand for
    const inFurniture = furnitureTest(doc, lex);
    const persons = doc.mentions.filter((m) => m.type === 'PERSON' && !m.nominal && m.entity !== null && !inFurniture(m.start));
    if (persons.length === 0) return [];
    // the names of the persons mentioned only: a story has many more entities than persons named
    const ids = new Set(persons.map((m) => m.entity!));
    const names = new Map<string, string>();
    for (const e of doc.entities) if (ids.has(e.id)) names.set(e.id, e.name);
    const gender = new Map<string, Gender | null>();
    const given = new Map<string, string>();
    for (const m of persons) {
      let name = given.get(m.entity!);
      if (name === undefined) given.set(m.entity!, name = names.get(m.entity!)!.split(/\s+/)[0]!.toLowerCase());
      const full = names.get(m.entity!)!;
      const g = genderOf(name, /\s/.test(full) ? null : full, wordBefore(doc.text, m.start), lex);
      if (g || !gender.has(m.entity!)) gender.set(m.entity!, g ?? gender.get(m.entity!) ?? null);
    }
    // no one whose gender the text fixes: no pronoun can contradict it
    if (![...gender.values()].some((g) => g !== null)) return [];
    // by start, walked with the sentences, so each pronoun looks only at the persons of its two sentences
    const byStart = persons.toSorted((a, b) => a.start - b.start);
    let first = 0;
    const flagged = new Set<string>();
    for (const [i, s] of doc.sentences.entries()) {
      const from = doc.sentences[Math.max(0, i - 1)]!.start;
      while (first < byStart.length && byStart[first]!.start < from) first += 1;
      // only a person whose gender the text fixes, named in these two sentences, can be contradicted
      if (!namesGendered(byStart, first, s.end, gender)) continue;
      for (const p of allMatches(s.text, PRONOUN)) {
        const at = s.start + p.index;
        const named = new Set<string>();
        // a name inside words in quotation marks is one the speaker addresses or speaks of ("\"Sarah, I told you …,\" he responded"):
        // the pronoun outside stands for the speaker, whom the two sentences may not name
        for (let j = first; j < byStart.length && byStart[j]!.start <= at; j += 1) if (byStart[j]!.end <= at && !inDirectQuotation(doc, byStart[j]!.start)) named.add(byStart[j]!.entity!);
        if (named.size !== 1) continue;
        const [entity] = named;
        const g = gender.get(entity!);
        const said: Gender = OF_GENDER.female.test(p[0]) ? 'female' : 'male';
        if (!g || g === said || flagged.has(entity!) || inQuotation(doc, at) || ownsOneOfGender(s.text, p.index, g, lex)) continue;
        const before = doc.text.slice(from, at);
        // a noun for an unnamed person of its gender, or a pronoun of the same gender earlier in the two sentences ("She called … a negative force. She also said") points to
        // someone the text refers to so (an unnamed secretary of state, another story's subject); a flip has no such chain before it
        if (unnamedOfGender(before, said, lex) || OF_GENDER[said].test(before)) continue;
        flagged.add(entity!);
        const name = names.get(entity!)!;
        out.push({ start: at, end: at + p[0].length, text: `"${p[0]}" stands for ${name}, the only person named here, whom the text makes ${g}: a pronoun flipped in translation (the source language's pronoun may not mark gender); likely "${SWAP[p[0].toLowerCase()]}"` });
      }
    }
    for (const { mention: m, is } of speakerFlips(doc, byStart, gender, lex)) {
      if (flagged.has(m.entity!)) continue;
      flagged.add(m.entity!);
      const name = names.get(m.entity!)!;
      out.push({ start: m.start, end: m.end, text: `"${m.text}" speaks for ${name}, the last person named, whom the text makes ${is}: a pronoun flipped in translation (the source language's pronoun may not mark gender); likely "${SWAP[m.text.toLowerCase()]}"` });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
