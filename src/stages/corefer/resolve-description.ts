import type { Doc, Entity, Span, Syntax } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { dictionaryCountry } from '../../lexicons/entities/actor-codes.ts';

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
  const mentions = new Map(doc.mentions.map((m) => [m.id, m]));
  let best: { entity: Entity; at: number } | null = null;
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    let titled = false;
    let stated: string | null = null;
    let last = -1;
    for (const id of entity.mentions) {
      const m = mentions.get(id);
      if (!m || m.start >= description.start) continue;
      last = Math.max(last, m.start);
      const title = syntax.titleBefore(syntax.tokenAt(m.start));
      if (!title) continue;
      const titleWords = title.span.text.toLowerCase().split(/\s+/);
      if (head.every((h) => titleWords.includes(h))) titled = true;
      stated ??= title.country;
    }
    if (!titled || last < 0) continue;
    if (country && (stated ?? dictionaryCountry(entity.name, doc.published, lexicons)) !== country) continue;
    if (!best || last > best.at) best = { entity, at: last };
  }
  return best?.entity ?? null;
}
