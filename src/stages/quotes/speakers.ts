import { has, spanOf, syntaxOf, WORD, type Doc, type Entity, type Mention, type Speaker, type Word } from '../../model/index.ts';
import type { QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { Range } from './attribute.ts';

const lower = (t: Word | undefined) => t?.lower ?? '';
import { resolveDescription } from '../corefer/resolve-description.ts';
import { entityLexicons } from '../../lexicons/entities/entity-lexicons.ts';

/** People and groups already introduced in the document, in text order: what "he" and "the expert" point to. */
export class SpeakerMemory {
  /** Persons named in full so far (entity id when known). */
  readonly persons: { name: string; entity: string | null; parts: string[]; role: string | null; affiliation: string | null }[] = [];
  lastPerson: Speaker | null = null;
  /** Paragraph of the last person: a description ("the expert") reaches back only a few paragraphs. */
  lastPersonParagraph = -1;
  lastPlural: Speaker | null = null;
  lastOrganization: Speaker | null = null;

  remember(speaker: Speaker, paragraph: number): void {
    if (speaker.kind === 'person' && speaker.name) {
      this.lastPerson = speaker;
      this.lastPersonParagraph = paragraph;
      const parts = speaker.name.split(/\s+/);
      if (!this.persons.some((p) => p.name === speaker.name)) {
        this.persons.push({ name: speaker.name, entity: speaker.entity, parts, role: speaker.role, affiliation: speaker.affiliation });
      } else {
        const known = this.persons.find((p) => p.name === speaker.name)!;
        known.role ??= speaker.role;
        known.affiliation ??= speaker.affiliation;
      }
    } else if (speaker.kind === 'group' || speaker.kind === 'unnamed') {
      this.lastPlural = speaker;
    } else if (speaker.kind === 'organization') {
      this.lastOrganization = speaker;
    }
  }

  /** The person introduced in full whose name has this word ("Li" → "Li Lifan"), latest first. */
  personByPart(word: string): SpeakerMemory['persons'][number] | null {
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i]!;
      if (p.parts.length > 1 && p.parts.includes(word)) return p;
    }
    return null;
  }
}

const DETERMINERS = /^(?:the|a|an)\s+/i;
const DESCRIPTION_REACH = 3;
const PRONOUN_PERSON = new Set(['he', 'she', 'him', 'her', 'i']);

/**
 * Resolve the speaker phrase `range` of one attribution: a person (named, or "he"/"the expert" resolved to
 * the person introduced before), a group with its countries, an organisation, unnamed sources, or unknown.
 */
export function resolveSpeaker(doc: Doc, toks: readonly Word[], range: Range | null, apposition: Range | null, lex: QuoteLexicons, memory: SpeakerMemory, paragraph: number): Speaker {
  if (!range) return unknownSpeaker();
  const first = toks[range.first]!;
  const last = toks[range.last]!;
  const mention = spanOf(doc.text, first.start, last.end);
  const words = toks.slice(range.first, range.last + 1);
  const lowers = words.map((t) => t.text.toLowerCase());
  const stated = appositionFacts(doc, toks, apposition);
  const base = { mention, countries: countriesIn(doc, mention.start, mention.end), role: stated.role, affiliation: stated.affiliation };

  // Pronouns and descriptions point back to who the text introduced.
  if (words.length === 1 && lex.pronouns.has(lowers[0]!)) {
    const kind = lex.pronouns.get(lowers[0]!)!;
    const previous = PRONOUN_PERSON.has(lowers[0]!) ? memory.lastPerson : kind === 'group' ? memory.lastPlural : memory.lastOrganization;
    if (previous) return { ...previous, mention, resolved: true };
    return { kind: kind === 'person' ? 'person' : kind, name: null, entity: null, resolved: false, ...base };
  }

  const entityHit = entityFor(doc, mention.start, mention.end);
  if (entityHit?.entity.type === 'PERSON') {
    const e = entityHit.entity;
    return { kind: 'person', name: e.name, entity: e.id, resolved: false, ...base, countries: e.country ? [e.country] : base.countries, role: e.role ?? base.role ?? roleBefore(words, entityHit.mention, lex), affiliation: e.affiliation ?? base.affiliation };
  }

  const head = headWord(words);
  const name = nameRun(words, lex);
  if (name) {
    const text = name.map((t) => t.text).join(' ');
    const known = name.length === 1 ? memory.personByPart(text) : memory.persons.find((p) => p.name === text) ?? null;
    const role = base.role ?? roleBefore(words, name[0]!, lex) ?? known?.role ?? null;
    return { kind: 'person', name: known?.name ?? text, entity: known?.entity ?? null, resolved: false, ...base, role, affiliation: base.affiliation ?? known?.affiliation ?? null };
  }
  if (entityHit && (entityHit.entity.type === 'ORG' || entityHit.entity.type === 'GPE')) {
    const e = entityHit.entity;
    return { kind: 'organization', name: e.name, entity: e.id, resolved: false, ...base, countries: e.country ? [e.country] : base.countries };
  }
  const definite = lowers[0] === 'the' || lowers[0] === 'this';
  if (lex.personRoles.has(head)) {
    // "the expert", "the spokesman": the person the text introduced; "a spokesman for …": unnamed.
    if (definite && words.length <= 4) {
      const described = resolveDescription(doc, syntaxOf(doc), doc.entities, mention, entityLexicons());
      if (described) return { kind: 'person', name: described.name, entity: described.id, resolved: true, ...base, countries: described.country ? [described.country] : base.countries, role: described.role ?? base.role, affiliation: described.affiliation ?? base.affiliation };
      const last = memory.lastPerson;
      // A stated role that does not fit ("the minister" after a spokeswoman) blocks the guess.
      const fits = !last?.role || last.role.toLowerCase().split(/\s+/).includes(head);
      if (last && fits && paragraph - memory.lastPersonParagraph <= DESCRIPTION_REACH) return { ...last, mention, resolved: true };
    }
    return { kind: definite ? 'person' : 'unnamed', name: stripDeterminer(mention.text), entity: null, resolved: false, ...base, role: base.role ?? stripDeterminer(mention.text) };
  }
  if (lex.unnamedHeads.has(head) || (lex.unnamedDeterminers.has(lowers[0]!) && lex.groupHeads.has(head) && !definite && lowers[0] !== 'a')) {
    return { kind: 'unnamed', name: mention.text, entity: null, resolved: false, ...base };
  }
  if (lex.groupHeads.has(head)) return { kind: 'group', name: stripDeterminer(mention.text), entity: null, resolved: false, ...base };
  if (lowers.some((w) => lex.organizationHeads.has(w)) || words.some((t) => t.pos === 'PROPN')) {
    return { kind: 'organization', name: stripDeterminer(mention.text), entity: null, resolved: false, ...base };
  }
  return { kind: 'unnamed', name: mention.text, entity: null, resolved: false, ...base };
}

export function unknownSpeaker(): Speaker {
  return { kind: 'unknown', name: null, mention: null, entity: null, resolved: false, countries: [], role: null, affiliation: null };
}

/** The head noun: the last word before a prepositional tail ("A spokesman for Gazprom" → spokesman). */
function headWord(words: readonly Word[]): string {
  let end = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (has(words[i], WORD.INNER_ADP) || words[i]!.text === ',') {
      end = i - 1;
      break;
    }
  }
  return lower(words[end]);
}

/**
 * The personal name in a speaker phrase: the capitalised run after the last title word
 * ("Russian Defense Minister Sergey Shoigu" → Sergey Shoigu), or null when the phrase names no person.
 */
function nameRun(words: readonly Word[], lex: QuoteLexicons): Word[] | null {
  let best: Word[] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length > 0) best = run;
    run = [];
  };
  for (const t of words) {
    const w = t.text.toLowerCase();
    const capital = /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB');
    if (!capital || lex.titles.has(w) || /^[A-Z.]+$/.test(t.text) && t.text.length <= 4) {
      flush();
      continue;
    }
    if (lex.organizationHeads.has(w) || lex.groupHeads.has(w) || lex.personRoles.has(w)) return null;
    run.push(t);
  }
  flush();
  if (best.length === 0) return null;
  // One capitalised word counts as a name only when the phrase is that word, or a title precedes it.
  if (best.length === 1) {
    const i = words.indexOf(best[0]!);
    const titled = i > 0 && lex.titles.has(words[i - 1]!.text.toLowerCase());
    if (!(words.length === 1 || titled) || best[0]!.pos !== 'PROPN') return null;
  }
  return best;
}

function roleBefore(words: readonly Word[], name: { start: number }, lex: QuoteLexicons): string | null {
  const before = words.filter((t) => t.end <= name.start && t.pos !== 'DET' && t.text !== ',');
  const text = before.map((t) => t.text).join(' ').replace(/ 's/g, "'s");
  if (!text || before.every((t) => lex.titles.has(t.text.toLowerCase()) && /^(?:mr|mrs|ms|dr)\.$/i.test(t.text))) return null;
  return text;
}

/** ", from the Upper Institute …" → affiliation; ", an expert at the People's University" → role and affiliation. */
function appositionFacts(doc: Doc, toks: readonly Word[], range: Range | null): { role: string | null; affiliation: string | null } {
  if (!range) return { role: null, affiliation: null };
  const words = toks.slice(range.first, range.last + 1).filter((t) => !/^[.!?]$/.test(t.text));
  if (words.length === 0) return { role: null, affiliation: null };
  const first = lower(words[0]);
  const text = (ts: readonly Word[]) => (ts.length ? stripDeterminer(doc.text.slice(ts[0]!.start, ts[ts.length - 1]!.end)) : null);
  if (first === 'from' || first === 'at' || first === 'of' || first === 'with') return { role: null, affiliation: text(words.slice(1)) };
  if (first === 'a' || first === 'an' || first === 'the') {
    const at = words.findIndex((t, i) => i > 0 && /^(?:at|of|from|with|for)$/i.test(t.text));
    if (at < 0) return { role: text(words), affiliation: null };
    return { role: text(words.slice(0, at)), affiliation: text(words.slice(at + 1)) };
  }
  return { role: null, affiliation: null };
}

function stripDeterminer(text: string): string {
  return text.replace(DETERMINERS, '');
}

/** The entity of the mention inside the speaker phrase; a PERSON mention wins over others. */
function entityFor(doc: Doc, start: number, end: number): { mention: Mention; entity: Entity } | null {
  let found: { mention: Mention; entity: Entity } | null = null;
  for (const m of mentionsIn(doc, start, end)) {
    if (!m.entity) continue;
    const entity = entityById(doc).get(m.entity);
    if (!entity) continue;
    if (entity.type === 'PERSON') return { mention: m, entity };
    found ??= { mention: m, entity };
  }
  return found;
}

function countriesIn(doc: Doc, start: number, end: number): string[] {
  const out: string[] = [];
  for (const m of mentionsIn(doc, start, end)) {
    const country = m.entity ? entityById(doc).get(m.entity)?.country : null;
    if (country && !out.includes(country)) out.push(country);
  }
  return out;
}

const byId = new WeakMap<Doc, { count: number; map: Map<string, Entity> }>();

function entityById(doc: Doc): Map<string, Entity> {
  const cached = byId.get(doc);
  if (cached && cached.count === doc.entities.length) return cached.map;
  const map = new Map(doc.entities.map((e) => [e.id, e]));
  byId.set(doc, { count: doc.entities.length, map });
  return map;
}

function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  // Mentions are in text order: binary search the first that could overlap.
  const ms = doc.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.end > start) out.push(ms[i]!);
  return out;
}

