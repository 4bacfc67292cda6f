import { CAPITAL_INITIAL, has, spanOf, WORD, type Doc, type Entity, type Mention, type Speaker, type Word } from '../../model/index.ts';
import type { QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { Range } from './attribution-model.ts';

const lower = (t: Word | undefined) => t?.lower ?? '';

const DETERMINERS = /^(?:the|a|an)\s+/i;

/**
 * The speaker of one attribution, from the phrase `range`: the entity a mention inside it names (corefer
 * resolves pronouns and descriptions to mentions of the entity they point back to), else a person named the
 * tagger missed, a group with its countries, an organisation, unnamed sources, or unknown.
 */
export function resolveSpeaker(doc: Doc, toks: readonly Word[], range: Range | null, apposition: Range | null, lex: QuoteLexicons): Speaker {
  if (!range) return unknownSpeaker();
  const first = toks[range.first]!;
  const last = toks[range.last]!;
  const mention = spanOf(doc.text, first.start, last.end);
  const words = toks.slice(range.first, range.last + 1);
  const lowers = words.map((t) => t.text.toLowerCase());
  const stated = appositionFacts(doc, toks, apposition);
  const base = { mention, countries: countriesIn(doc, mention.start, mention.end), role: stated.role, affiliation: stated.affiliation };
  const entityHit = entityFor(doc, mention.start, mention.end);
  // A mention corefer added ("he", "the expert") says the speaker was inferred beyond the words.
  const resolved = entityHit?.mention.source === 'coreference';

  if (words.length === 1 && lex.pronouns.has(lowers[0]!)) {
    const kind = lex.pronouns.get(lowers[0]!)!;
    if (!entityHit) return { kind: kind === 'person' ? 'person' : kind, name: null, entity: null, resolved: false, ...base };
  }
  if (entityHit?.entity.type === 'PERSON') {
    const e = entityHit.entity;
    return { kind: 'person', name: e.name, entity: e.id, resolved, ...base, countries: e.country ? [e.country] : base.countries, role: e.role ?? base.role ?? roleBefore(words, entityHit.mention, lex), affiliation: e.affiliation ?? base.affiliation };
  }

  const head = headWord(words);
  const name = nameRun(words, lex);
  if (name) {
    const role = base.role ?? roleBefore(words, name[0]!, lex);
    return { kind: 'person', name: name.map((t) => t.text).join(' '), entity: null, resolved: false, ...base, role };
  }
  if (entityHit && (entityHit.entity.type === 'ORG' || entityHit.entity.type === 'GPE')) {
    const e = entityHit.entity;
    return { kind: 'organization', name: e.name, entity: e.id, resolved, ...base, countries: e.country ? [e.country] : base.countries };
  }
  const definite = lowers[0] === 'the' || lowers[0] === 'this';
  if (lex.personRoles.has(head)) {
    // "the expert" that corefer could not resolve, "a spokesman for …": a person or an unnamed source, as written.
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
    const capital = CAPITAL_INITIAL.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB');
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

