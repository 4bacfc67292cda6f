import type { Doc, Entity, Span, Syntax, TokenRange, Word } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { dictionaryCountry } from '../../lexicons/entities/actor-codes.ts';

/** A person's mentions as descriptions are matched against them: where, and with what title. */
interface Person {
  entity: Entity;
  /** order in doc.entities: the earlier entity wins a tie */
  order: number;
  /** mention starts, ascending */
  starts: number[];
  /** the mentions with a title before them, ascending: the title's words (lower case) and country */
  titled: { start: number; words: ReadonlySet<string>; country: string | null }[];
}

/** The persons of a document indexed by the words of their titles, built once for all its descriptions. */
export interface DescriptionIndex {
  byTitleWord: Map<string, Person[]>;
}

/** Index the persons of `entities` (name clusters with their mention ids, as corefer builds them). */
export function descriptionIndex(doc: Doc, syntax: Syntax, entities: readonly Entity[], lexicons: EntityLexicons): DescriptionIndex {
  const mentions = new Map(doc.mentions.map((m) => [m.id, m]));
  const byTitleWord = new Map<string, Person[]>();
  const appositions = personAppositions(syntax);
  entities.forEach((entity, order) => {
    if (entity.type !== 'PERSON') return;
    const person: Person = { entity, order, starts: [], titled: [] };
    for (const id of entity.mentions) {
      const m = mentions.get(id);
      if (!m) continue;
      person.starts.push(m.start);
      const first = syntax.tokenAt(m.start);
      const title = syntax.titleBefore(first);
      if (title) person.titled.push({ start: m.start, words: new Set(title.span.text.toLowerCase().split(/\s+/)), country: title.country });
      const described = appositions.get(first);
      if (described) person.titled.push({ start: m.start, words: new Set(described.map((w) => w.lower)), country: countryWord(described, lexicons) });
    }
    person.starts.sort((a, b) => a - b);
    person.titled.sort((a, b) => a.start - b.start);
    for (const w of new Set(person.titled.flatMap((t) => [...t.words]))) (byTitleWord.get(w) ?? byTitleWord.set(w, []).get(w)!).push(person);
  });
  return { byTitleWord };
}

/**
 * The words of the noun apposition that states a name's role, by the name's first token: after the name ("Ali
 * Hassan, Kenya's interior minister,") or before it ("Kenya's interior minister, Ali Hassan,"). A role stated so
 * introduces the person as a title before the name does.
 */
function personAppositions(syntax: Syntax): Map<number, readonly Word[]> {
  const out = new Map<number, readonly Word[]>();
  const words = (r: TokenRange) => syntax.words.slice(r.first, r.last + 1);
  for (const a of syntax.appositions) {
    if (a.kind !== 'noun') continue;
    if (!out.has(a.head.first)) out.set(a.head.first, words(a.apposition));
    if (!out.has(a.apposition.first)) out.set(a.apposition.first, words(a.head));
  }
  return out;
}

/** The country of the first country word or demonym among `words` ("Kenya's interior minister" → KEN), or null. */
function countryWord(words: readonly Word[], lexicons: EntityLexicons): string | null {
  for (const w of words) {
    const place = lexicons.places.get(w.text.toUpperCase());
    if (place && place.kind !== 'place') return place.country;
  }
  return null;
}

/**
 * Resolve a nominal description of a person ("the Russian President", "the foreign minister") to a
 * person the text introduced earlier, or null.
 *
 * A person qualifies when one of its name mentions before the description carries a stated title (the
 * syntax view's titleBefore, or a noun apposition: "Ali Hassan, Kenya's interior minister,") that contains the description's head words ("President"), and, when the
 * description names a country ("Russian"), the person's country (stated in a title, else from the Phoenix
 * dictionary) is that country. Among those, the most recently mentioned wins. Descriptions whose head is not
 * a title word ("the expert") resolve only when some introduced title contains it; otherwise null, and the
 * caller decides. Only persons whose titles hold the first head word are looked at.
 */
export function resolveDescription(doc: Doc, index: DescriptionIndex, description: Span, lexicons: EntityLexicons): Entity | null {
  const words = description.text.split(/\s+/).filter((w) => !/^(the|a|an|this|that)$/i.test(w));
  let country: string | null = null;
  const head: string[] = [];
  for (const w of words) {
    const place = lexicons.places.get(w.toUpperCase());
    if (place && place.kind !== 'place' && !country) country = place.country;
    else head.push(w.toLowerCase());
  }
  if (head.length === 0) return null;
  let best: { person: Person; at: number } | null = null;
  for (const person of index.byTitleWord.get(head[0]!) ?? []) {
    const before = person.titled.filter((t) => t.start < description.start);
    if (!before.some((t) => head.every((h) => t.words.has(h)))) continue;
    const last = lastBefore(person.starts, description.start);
    const stated = before.find((t) => t.country !== null)?.country ?? null;
    if (country && (stated ?? dictionaryCountry(person.entity.name, doc.published, lexicons)) !== country) continue;
    if (!best || last > best.at || (last === best.at && person.order < best.person.order)) best = { person, at: last };
  }
  return best?.person.entity ?? null;
}

/** The largest of the ascending `starts` below `limit` (there is one: a titled mention is below it). */
function lastBefore(starts: readonly number[], limit: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo - 1]!;
}
