import { defineStage } from '../../pipeline/stage.ts';
import { CAPITAL_INITIAL, spanOf, syntaxOf, type EntityType, type Mention, type Syntax, type Token } from '../../model/index.ts';
import { loadQuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { entityLexicons, type EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { NER_TYPES, spansOf } from './tagger/corpus.ts';
import { matchGazetteer, type Gazetteer } from './tagger/gazetteer.ts';
import { loadNerTagger, type NerTagger } from './tagger/tagger.ts';
import { acronymAfter, headedNames, honorificNames, knownSurnameSubjects, quotedSpeakerNames, typeByHead } from './patterns.ts';
import { upperSurnameCode } from '../../lexicons/entities/actor-codes.ts';
import { loadCommonWords } from '../../lexicons/common-words.ts';
import { loadNameHeads, type NameHeads } from '../../lexicons/entities/name-heads.ts';
import { sharedGazetteer } from './tagger/tagger.ts';
import { loadActorLexicons } from '../../lexicons/entities/actor-lexicons.ts';
import { loadWireLexicons, type WireLexicons } from '../../lexicons/entities/wire-lexicons.ts';

interface Resources {
  tagger: NerTagger;
  lexicons: EntityLexicons;
  gazetteer: Gazetteer;
  heads: NameHeads;
  /** Forms of the speech verbs ("said", "says", "told"): who says quoted words is a person or a group. */
  speech: Set<string>;
  /** Buildings and offices named for a government ("Kremlin", "Cheong Wa Dae"): organisations, not places. */
  seats: ReadonlyMap<string, string>;
  wire: WireLexicons;
  /** Whether a capitalised word is also a common English word ("Tin"): at a sentence's start it need be no name. */
  isCommonWord: (word: string) => boolean;
  /** Every word of the places' names ("NEW", "YORK"): a span with any other word standing alone is no place. */
  placeWords: Set<string>;
}

// Regexes with \p{…} are module constants: tsx (esbuild) rewrites such a literal into `new RegExp` where it stands.
/** A short lower-case syllable after a hyphen, which a name runs on over ("Kim Yo-jong"). */
const HYPHEN_SYLLABLE = /^-\p{Ll}{1,5}(?![\p{L}\d-])/u;
/** A name that ends in a short capitalised word, which such a syllable continues ("Yo"). */
const SHORT_LAST_WORD = /(?<![\p{L}])\p{Lu}\p{Ll}{0,3}$/u;
/** A capitalised given name and a hyphen just before a name ("Frank-" before "Walter Steinmeier"). */
const HYPHENED_GIVEN_NAME = /(?<![\p{L}\d-])\p{Lu}\p{Ll}+-$/u;
const WHITESPACE = /\s/;

/** Whether text[at] is a space, tab or line break. */
function spaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || c === 10 || c === 9 || c === 13;
}

const TAGGER_TYPES: Record<(typeof NER_TYPES)[number], EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

type Candidate = Omit<Mention, 'id' | 'entity' | 'text'> & { first: number; last: number };

/** Whitespace a lexicon key has not: any but a space, two spaces, a space at either end. */
const UNKEYED_SPACE = /[^\S ]|  |^ | $/;

/** Upper-cased, single-spaced form of a name, the key of every lexicon. */
export function lexiconKey(text: string): string {
  const upper = text.toUpperCase();
  // Most names are single-spaced already: testing is cheaper than replacing and trimming.
  return UNKEYED_SPACE.test(upper) ? upper.replace(/\s+/g, ' ').trim() : upper;
}

/**
 * Type a tagged span: a LAW or EVENT head wins over the tagger's type, places and demonyms the gazetteer
 * knows become GPE and NORP, an organisation head makes a MISC or LOC name an ORG.
 */
export function refineType(text: string, words: readonly string[], tagged: EntityType, lexicons: EntityLexicons, heads: NameHeads): EntityType {
  const byHead = typeByHead(words, heads);
  if (byHead) return byHead;
  if (tagged === 'PERSON' || tagged === 'ORG') return tagged;
  const place = lexicons.places.get(lexiconKey(text));
  if (place) return place.kind === 'demonym' ? 'NORP' : 'GPE';
  if (words.length > 1 && heads.organization.has(words[words.length - 1]!)) return 'ORG';
  return tagged;
}

function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * "Botsan-Kharchenko said" after "Russian Ambassador Alexander Botsan-Kharchenko": two lone names joined by a hyphen
 * are one surname when a person's full name in the text holds it as a word ("Merkel-Sarkozy" is no one's).
 */
function surnameOfFullName(text: string, found: readonly Candidate[], start: number, end: number): boolean {
  const surname = text.slice(start, end);
  return found.some((x) => x.type === 'PERSON' && (x.start !== start || x.end !== end) && text.slice(x.start, x.end).split(/\s+/).includes(surname) && WHITESPACE.test(text.slice(x.start, x.end)));
}

/**
 * "Kim Yo-jong", "Frank-Walter Steinmeier", "Hossein Amir-Abdollahian": a person's name runs on over a
 * hyphen written without spaces, from a short syllable into a lower-case one, or between a lone name and a
 * full one, or between two lone names that are a full name's surname (surnameOfFullName); a full name runs back
 * over a capitalised given name before it. "Clinton-era" and "Merkel-Sarkozy" are no names.
 */
function joinHyphenatedNames(text: string, found: Candidate[]): void {
  const words = (c: Candidate) => text.slice(c.start, c.end).split(/\s+/).length;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (c.type !== 'PERSON') continue;
    const syllable = HYPHEN_SYLLABLE.exec(text.slice(c.end));
    if (syllable && SHORT_LAST_WORD.test(text.slice(c.start, c.end))) c.end += syllable[0].length;
    const next = found.find((x) => x.type === 'PERSON' && x.start === c.end + 1 && text[c.end] === '-');
    if (next && ((words(c) === 1) !== (words(next) === 1) || surnameOfFullName(text, found, c.start, next.end))) {
      c.end = next.end;
      const at = found.indexOf(next);
      found.splice(at, 1);
      if (at < k) k--;
    }
    const before = HYPHENED_GIVEN_NAME.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (before && words(c) >= 2 && !found.some((x) => x !== c && x.end > c.start - before[0].length && x.start < c.start)) c.start -= before[0].length;
  }
}

/**
 * Where the name starts in a tagged span that opens with an agent title ("Senator Mohammad Ishaq Dar",
 * "Defence Ng Eng Hen" after "Minister for", "Emir of Qatar Sheikh Tamim"): the first token after the title, if
 * at least two capitalised words without an organisation head follow; else null ("General Electric Co" keeps its name: "General" is no
 * agent title); 'title' when the whole span is part of the title before a name.
 */
function nameAfterTitle(syntax: Syntax, tokens: readonly Token[], first: number, last: number, heads: NameHeads): number | 'title' | null {
  // "Minister of National Defence General Phan Van Giang": a span inside the title before a name is no name.
  const next = syntax.tokenAt(tokens[last]!.start) + 1;
  const around = next < syntax.words.length && CAPITAL_INITIAL.test(syntax.words[next]!.text) ? syntax.titleBefore(next) : null;
  const inside = around && around.span.start <= tokens[first]!.start && around.span.end === tokens[last]!.end;
  if (inside && around.agent && !tokens.slice(first, last + 1).some((t) => heads.organization.has(t.text))) return 'title';
  for (let k = first + 1; k < last; k++) {
    const title = syntax.titleBefore(syntax.tokenAt(tokens[k]!.start));
    // A title ends in a title word, not in the "of" that joins it to a country ("Emir of" is no title).
    if (!title || title.span.start > tokens[first]!.start || title.span.end !== tokens[k - 1]!.end || !CAPITAL_INITIAL.test(tokens[k - 1]!.text)) continue;
    const rest = tokens.slice(k, last + 1);
    const named = rest.every((t) => CAPITAL_INITIAL.test(t.text) && !heads.organization.has(t.text));
    // "Emir of Qatar Sheikh Tamim", "U.S. Undersecretary of State Nicholas Burns": a longer title may end further on, where the name starts.
    if (title.agent && named) return k;
  }
  return null;
}

/**
 * "Grand Ayatollah Ali al-Sistani", "Sheikh Mohammed bin Zayed Al Nahyan": a person's name runs on over the
 * lower-case particles of Arab and Malay names into the capitalised word after each, and into the person
 * the tagger read there ("Tamim" + "bin" + "Hamad Al Thani"); not into a name of another type.
 */
function joinNameParticles(text: string, found: Candidate[], particlesAt: (text: string, at: number) => number): void {
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    const length = c.type === 'PERSON' ? particlesAt(text, c.end) : 0;
    if (length === 0) continue;
    const end = c.end + length;
    const next = found.findIndex((x) => x !== c && x.start < end && x.end > c.end);
    if (next >= 0 && found[next]!.type !== 'PERSON') continue;
    c.end = next >= 0 ? Math.max(end, found[next]!.end) : end;
    if (next >= 0) {
      found.splice(next, 1);
      if (next < k) k--;
    }
  }
}

/**
 * What is no name, or no part of one: courtesy titles before a person ("Mr Ng" is Ng, "Datuk Seri Anwar
 * Ibrahim" is Anwar Ibrahim; a person tagged on the titles alone, "Dato" of "Dato' Sri Najib", is none), a
 * leading article before a place ("The US"), a wire tag ("Enditem"), and a place or demonym that opens a
 * lower-case disease name ("African swine fever", "Spanish flu").
 */
function trimNonNames(text: string, found: Candidate[], lexicons: EntityLexicons, heads: NameHeads, tags: ReadonlySet<string>): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const c = found[k]!;
    const titles = c.type === 'PERSON' ? heads.courtesyTitles(text, c.start) : 0;
    if (titles >= c.end - c.start) {
      // Titles alone before a name ("Dato" of "Dato' Sri Najib"); a surname that is a title word is kept ("Haji said").
      if (CAPITAL_INITIAL.test(text.slice(c.start + titles, c.start + titles + 1))) found.splice(k, 1);
      continue;
    }
    c.start += titles;
    const name = text.slice(c.start, c.end);
    const lead = /^(\S+)\s+/.exec(name);
    if (lead && /^the$/i.test(lead[1]!) && lexicons.places.has(lexiconKey(name.slice(lead[0].length)))) c.start += lead[0].length;
    const after = /^(?:\s+[a-z]+){1,2}/.exec(text.slice(c.end, c.end + 40))?.[0].trim().split(/\s+/) ?? [];
    const disease = c.type !== 'PERSON' && c.type !== 'ORG' && after.some((w) => heads.diseases.has(w));
    if (tags.has(name) || disease) found.splice(k, 1);
  }
}

/** A name's last word, which a person is called by once introduced ("Odinga" after "Raila Odinga"). */
const SURNAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * The bare surnames of persons named in full earlier in the text that the tagger left unread: news names a
 * person in full once and by the last word afterwards ("its leader Raila Odinga …. Odinga suspended the
 * demonstrations"). A word that runs into another capitalised word is part of some other name ("Odinga
 * Street"); one that opens its sentence must be a proper noun there, not a common word that happens to be a
 * surname, a word English knows in lower case ("Rice prices rose" after "Condoleezza Rice"). Corefer links each
 * to its person.
 */
export function surnameMentions(
  text: string,
  sentences: readonly (readonly Pick<Token, 'text' | 'start' | 'end' | 'pos'>[])[],
  found: readonly Pick<Candidate, 'type' | 'start' | 'end' | 'first' | 'last'>[],
  isCommonWord: (word: string) => boolean,
): Candidate[] {
  // Where each surname is first introduced by a full name.
  const introduced = new Map<string, number>();
  for (const c of found) {
    if (c.type !== 'PERSON' || c.last === c.first) continue;
    const last = /\S+$/.exec(text.slice(c.start, c.end))?.[0];
    if (last && SURNAME.test(last) && (introduced.get(last) ?? Infinity) > c.end) introduced.set(last, c.end);
  }
  if (introduced.size === 0) return [];
  const out: Candidate[] = [];
  const name = (t: { text: string } | undefined) => !!t && CAPITAL_INITIAL.test(t.text);
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      const after = introduced.get(t.text);
      if (after === undefined || t.start < after || name(tokens[i + 1]) || (i > 0 && name(tokens[i - 1]))) return;
      if (i === 0 && (t.pos !== 'PROPN' || isCommonWord(t.text))) return;
      if (found.some((c) => c.start < t.end && t.start < c.end)) return;
      out.push({ first: i, last: i, start: t.start, end: t.end, type: 'PERSON', source: 'pattern', nominal: false });
    });
  }
  return out;
}

/** The places (city, regions) and the agency of each dateline, each a mention of its own. */
function datelineMentions(syntax: Syntax): Candidate[] {
  const mention = (r: { first: number; last: number }, type: EntityType): Candidate =>
    ({ first: r.first, last: r.last, start: syntax.words[r.first]!.start, end: syntax.words[r.last]!.end, type, source: 'pattern', nominal: false });
  return syntax.datelines.flatMap((d) => [
    mention(d.place, 'GPE'),
    ...d.regions.map((r) => mention(r, 'GPE')),
    ...(d.agency ? [mention(d.agency, 'ORG')] : []),
  ]);
}

/**
 * Names in the text: the trained tagger over each sentence's tokens (with document memory), then
 * patterns (laws, wars, parenthesised acronyms) that override it, then gazetteer places and demonyms it
 * missed. A wire dateline is read apart: its city and regions are places, its agency an organisation, each a
 * mention of its own that no name runs into ("BRUSSELS (Reuters)" is two). Mentions are m1… in text order,
 * `entity` null until corefer.
 */
export const entities = defineStage({
  name: 'entities',
  needs: ['sentences', 'tokens', 'syntax'],
  gives: ['mentions'],
  setup: (): Resources => ({
    tagger: loadNerTagger(), lexicons: entityLexicons(), gazetteer: sharedGazetteer(), heads: loadNameHeads(),
    speech: new Set([...loadQuoteLexicons().cueForms].filter(([, cue]) => cue.speech).map(([form]) => form)),
    seats: loadActorLexicons().seats,
    wire: loadWireLexicons(),
    isCommonWord: loadCommonWords(),
    placeWords: new Set([...entityLexicons().places.keys()].flatMap((key) => key.split(' '))),
  }),
  run(doc, { tagger, lexicons, gazetteer, heads, speech, seats, wire, isCommonWord, placeWords }) {
    const sentences: Token[][] = doc.sentences.map(() => []);
    doc.tokens.forEach((t) => sentences[t.sentence]!.push(t));
    const words = sentences.map((s) => s.map((t) => t.text));
    // One gazetteer pass per sentence serves both the tagger's features and the places step below.
    const matches = words.map((w) => matchGazetteer(gazetteer, w));
    const labels = tagger.tagDocument(words, 'conll', matches);
    const syntax = syntaxOf(doc);
    const found: Candidate[] = datelineMentions(syntax);
    const inDateline = (c: Candidate) => syntax.datelines.some((d) => syntax.words[d.first]!.start < c.end && c.start < syntax.words[d.last]!.end);
    /** Acronyms introduced in parentheses, their type, and whether that type overrides the tagger's where they recur (a pattern's does). */
    const acronyms = new Map<string, { type: EntityType; retype: boolean }>();
    sentences.forEach((tokens, s) => {
      if (tokens.length === 0) return;
      const here: Candidate[] = [];
      const candidate = (first: number, last: number, type: EntityType, source: Mention['source']): Candidate => ({
        first, last, type, source, nominal: false, start: tokens[first]!.start, end: tokens[last]!.end,
      });
      const place = (first: number, last: number) => [first, last] as const;
      // 1. Patterns first: they know the whole name where the tagger may split it.
      for (const name of headedNames(tokens, heads)) {
        here.push(candidate(name.first, name.last, name.type, 'pattern'));
        const acronym = acronymAfter(tokens, name.last);
        if (acronym) {
          here.push(candidate(acronym.first, acronym.last, name.type, 'pattern'));
          acronyms.set(doc.text.slice(tokens[acronym.first]!.start, tokens[acronym.last]!.end), { type: name.type, retype: true });
        }
      }
      // 2. The tagger, where no pattern spoke; a title it took into a name is left out ("Senator Mohammad Ishaq Dar").
      for (const [tagged, end, taggedType] of spansOf(labels[s]!)) {
        const untitled = nameAfterTitle(syntax, tokens, tagged, end - 1, heads);
        if (untitled === 'title') continue;
        const [first, type] = untitled === null ? [tagged, taggedType] : [untitled, 'PER' as const];
        const span = { first, last: end - 1 };
        if (here.some((c) => overlaps(c, span))) continue;
        const text = doc.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
        const words = tokens.slice(first, end).map((t) => t.text);
        const refined = seats.has(lexiconKey(text)) ? 'ORG' : refineType(text, words, TAGGER_TYPES[type], lexicons, heads);
        here.push(candidate(first, end - 1, refined, 'tagger'));
        const acronym = acronymAfter(tokens, end - 1);
        if (acronym && !here.some((c) => overlaps(c, acronym))) {
          const type = here[here.length - 1]!.type;
          here.push(candidate(acronym.first, acronym.last, type, 'pattern'));
          // Its later bare uses name the same thing (step 4), unless the letters are a place ("Tesco (UK)").
          const text = doc.text.slice(tokens[acronym.first]!.start, tokens[acronym.last]!.end);
          if (!lexicons.places.has(lexiconKey(text)) && !acronyms.has(text)) acronyms.set(text, { type, retype: false });
        }
      }
      // 2a. Courtesy titles say the capitalised words after them are a person ("Mr. Chavez", "Tan Sri Muhyiddin"), unless they are a title ("Mr. President").
      for (const name of honorificNames(tokens, (at) => heads.courtesyTitles(doc.text, at))) {
        // "Dr. Pepper Snapple Group": a name with an organisation head is no person.
        if (lexicons.agents.has(lexiconKey(tokens[name.first]!.text)) || heads.organization.has(tokens[name.last]!.text)) continue;
        const same = here.find((c) => c.first === name.first && c.last === name.last);
        if (same) same.type = 'PERSON';
        else if (!here.some((c) => overlaps(c, name))) here.push(candidate(name.first, name.last, 'PERSON', 'pattern'));
      }
      // 2b. A name quoted words are attributed to is a person, even one the tagger never saw.
      for (const name of quotedSpeakerNames(tokens, (w) => speech.has(w.toLowerCase()))) {
        if (!here.some((c) => overlaps(c, name))) here.push(candidate(name.first, name.last, 'PERSON', 'pattern'));
      }
      // 3. Gazetteer countries, places and demonyms the tagger missed ("Moscow" in "Moscow-Beijing").
      const { begin } = matches[s]!;
      for (let i = 0; i < tokens.length; i++) {
        if (!begin[i]) continue;
        let last = i;
        let entry = lexicons.places.get(lexiconKey(tokens[i]!.text));
        for (let j = i + 1; j < tokens.length && j < i + 6; j++) {
          // A word between spaces is a word of this span's key and every longer one's: if no place has it, none follows.
          if (spaceAt(doc.text, tokens[j]!.start - 1) && spaceAt(doc.text, tokens[j]!.end)) {
            const word = doc.text.slice(tokens[j]!.start, tokens[j]!.end);
            if (!WHITESPACE.test(word) && !placeWords.has(word.toUpperCase())) break;
          }
          const e = lexicons.places.get(lexiconKey(doc.text.slice(tokens[i]!.start, tokens[j]!.end)));
          if (e) [last, entry] = [j, e];
        }
        const [first] = place(i, last);
        if (!entry || here.some((c) => overlaps(c, { first, last }))) continue;
        here.push(candidate(first, last, entry.kind === 'demonym' ? 'NORP' : 'GPE', 'gazetteer'));
      }
      // 3b. A known actor's surname as a subject ("Odinga suspended …"), where nothing else was read; one the dictionary's persons of a single country share.
      for (const name of knownSurnameSubjects(tokens, (w) => upperSurnameCode(w.toUpperCase(), null, lexicons) !== null, isCommonWord)) {
        if (!here.some((c) => overlaps(c, name))) here.push(candidate(name.first, name.last, 'PERSON', 'pattern'));
      }
      // A dateline's words were read apart, above.
      found.push(...here.filter((c) => !inDateline(c)));
    });
    joinHyphenatedNames(doc.text, found);
    joinNameParticles(doc.text, found, heads.nameParticles);
    trimNonNames(doc.text, found, lexicons, heads, wire.tags);
    // 4. Acronyms introduced in parentheses name the same kind of thing wherever they recur.
    if (acronyms.size > 0) {
      // By first word, so each token is looked up once however many acronyms the text introduced.
      const byFirst = new Map<string, { words: string[]; type: EntityType; retype: boolean }[]>();
      for (const [acronym, { type, retype }] of acronyms) {
        const words = acronym.split(/\s+/);
        (byFirst.get(words[0]!) ?? byFirst.set(words[0]!, []).get(words[0]!)!).push({ words, type, retype });
      }
      sentences.forEach((tokens) => {
        for (let i = 0; i < tokens.length; i++) {
          for (const { words, type, retype } of byFirst.get(tokens[i]!.text) ?? []) {
            if (i + words.length > tokens.length || !words.every((w, k) => tokens[i + k]!.text === w)) continue;
            const start = tokens[i]!.start;
            const end = tokens[i + words.length - 1]!.end;
            if (found.some((c) => c.start <= start && end <= c.end && (c.type === type || c.end - c.start > end - start))) continue;
            // The tagger's own reading of a recurring acronym stands against a type the tagger gave where it was introduced.
            if (!retype && found.some((c) => c.start < end && start < c.end)) continue;
            for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start < end && start < found[k]!.end) found.splice(k, 1);
            found.push({ first: i, last: i + words.length - 1, start, end, type, source: 'pattern', nominal: false });
          }
        }
      });
    }
    found.push(...surnameMentions(doc.text, sentences, found, isCommonWord));
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    doc.mentions = found.map((c, k) => ({ id: `m${k + 1}`, ...spanOf(doc.text, c.start, c.end), type: c.type, entity: null, source: c.source, nominal: c.nominal }));
  },
});


