import type { Doc, Entity, Span, Syntax } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { dictionaryCountry } from '../../lexicons/entities/actor-codes.ts';
import { partitionPoint } from '../../util/sorted.ts';

/**
 * Resolve a nominal description of a person ("the Russian President", "the foreign minister") to a
 * person the text introduced earlier, or null.
 *
 * A person qualifies when one of its name mentions before the description carries a stated title
 * (the syntax view's titleBefore) that contains the description's head words ("President"), and, when the description
 * names a country ("Russian"), the person's country (stated in a title, else from the Phoenix
 * dictionary) is that country. Among those, the most recently mentioned wins. Descriptions whose head is
 * not a title word ("the expert") resolve only when some introduced title contains it; otherwise null,
 * and the caller (e.g. quote attribution, which knows who spoke last) decides.
 *
 * `entities` must already hold the name clusters with their mention ids (corefer builds them).
 */
export function resolveDescription(doc: Doc, syntax: Syntax, entities: readonly Entity[], description: Span, lexicons: EntityLexicons): Entity | null {
  const words = description.text.split(/\s+/).filter((w) => !/^(the|a|an|this|that)$/i.test(w));
  let country: string | null = null;
  const head: string[] = [];
  for (const w of words) {
    const place = lexicons.places.get(w.toUpperCase());
    if (place && place.kind !== 'place' && !country) country = place.country;
    else head.push(w.toLowerCase());
  }
  if (head.length === 0) return null;
  let best: { entity: Entity; at: number } | null = null;
  for (const person of titledPersons(doc, syntax, entities).get(head[0]!) ?? []) {
    const before = partitionPoint(person.starts, (start) => start < description.start);
    if (before === 0) continue;
    const titles = person.titles.filter((t) => t.at < description.start);
    if (!titles.some((t) => head.every((h) => t.words.includes(h)))) continue;
    const stated = titles.find((t) => t.country !== null)?.country ?? null;
    if (country && (stated ?? dictionaryCountry(person.entity.name, doc.published, lexicons)) !== country) continue;
    const last = person.starts[before - 1]!;
    if (!best || last > best.at) best = { entity: person.entity, at: last };
  }
  return best?.entity ?? null;
}

interface TitledPerson {
  entity: Entity;
  /** starts of its mentions, in text order */
  starts: number[];
  /** each distinct title stated before its mentions, where it is first stated, in text order */
  titles: { at: number; words: string[]; country: string | null }[];
}

const titledIndexes = new WeakMap<readonly Entity[], { mentions: Doc['mentions']; byWord: Map<string, TitledPerson[]> }>();

/**
 * Persons with a stated title, by each word of their titles (entity order kept), read once per document:
 * reading every title of every person again for each description made descriptions quadratic.
 */
function titledPersons(doc: Doc, syntax: Syntax, entities: readonly Entity[]): Map<string, TitledPerson[]> {
  const cached = titledIndexes.get(entities);
  if (cached && cached.mentions === doc.mentions) return cached.byWord;
  const mentions = new Map(doc.mentions.map((m) => [m.id, m]));
  const byWord = new Map<string, TitledPerson[]>();
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    const person: TitledPerson = { entity, starts: [], titles: [] };
    const seen = new Set<string>();
    for (const id of entity.mentions) {
      const m = mentions.get(id);
      if (!m) continue;
      person.starts.push(m.start);
      const title = syntax.titleBefore(syntax.tokenAt(m.start));
      if (!title) continue;
      const key = `${title.span.text.toLowerCase()}|${title.country}`;
      if (seen.has(key)) continue;
      seen.add(key);
      person.titles.push({ at: m.start, words: title.span.text.toLowerCase().split(/\s+/), country: title.country });
    }
    person.starts.sort((a, b) => a - b);
    for (const word of new Set(person.titles.flatMap((t) => t.words))) {
      if (!byWord.has(word)) byWord.set(word, []);
      byWord.get(word)!.push(person);
    }
  }
  titledIndexes.set(entities, { mentions: doc.mentions, byWord });
  return byWord;
}
