/** What both adapters' write paths read off one article before they write it. */
import type { EntityLink } from './contract.ts';
import type { QueryLayers } from './query-layers.ts';
import type { CanonicalEntity } from './rows.ts';

/** The event date when the text pins a full day, else the publication date. */
export function eventDate(value: string | null, published: string | null): string | null {
  const day = value?.match(/^\d{4}-\d{2}-\d{2}$/);
  return day ? day[0] : published;
}

export interface EntityPlan {
  /** A document entity's canonical id, or null. */
  linked(docEntity: string | null): string | null;
  /**
   * Each changed entity object once, in link order, with the article's counts when it is the last object
   * written for its canonical id (the one that carries them).
   */
  writes: { entity: CanonicalEntity; counts: { mentions: number; quotes: number } | undefined }[];
  /** The article's mentions and quotes per canonical entity no written object carries: added by an update. */
  counts: Map<string, { mentions: number; quotes: number }>;
}

/** Each entity object is written once, and the article's counts added once per canonical entity. */
export function entityPlan(links: readonly EntityLink[], layers: QueryLayers, counted: boolean): EntityPlan {
  const canonical = new Map<string, string>();
  for (const link of links) canonical.set(link.docEntity, link.entity.id);
  const counts = new Map<string, { mentions: number; quotes: number }>();
  if (counted) {
    for (const e of layers.entities) {
      const c = canonical.get(e.id);
      if (c === undefined) continue;
      const n = counts.get(c) ?? { mentions: 0, quotes: 0 };
      n.mentions += e.mentions;
      n.quotes += e.quotes;
      counts.set(c, n);
    }
  }
  const lastWritten = new Map<string, CanonicalEntity>();
  for (const link of links) if (!link.unchanged) lastWritten.set(link.entity.id, link.entity);
  const writes: EntityPlan['writes'] = [];
  const written = new Set<CanonicalEntity>();
  for (const { entity, unchanged } of links) {
    if (unchanged || written.has(entity)) continue;
    written.add(entity);
    const n = lastWritten.get(entity.id) === entity ? counts.get(entity.id) : undefined;
    if (n) counts.delete(entity.id);
    writes.push({ entity, counts: n });
  }
  return { linked: (docEntity) => (docEntity === null ? null : canonical.get(docEntity) ?? null), writes, counts };
}
