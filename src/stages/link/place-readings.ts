import type { Doc, Entity, Mention } from '../../model/index.ts';
import type { PlaceReadings } from '../../lexicons/entities/actor-lexicons.ts';
import { escapeRegExp } from '../../util/regexp.ts';

/** The place-reading rules by upper-case place name, built once in setup. */
export interface PlaceIndex {
  historic: Map<string, { then: string; until: string; era: RegExp }>;
  ambiguous: Map<string, string[]>;
  regions: Map<string, string>;
}

export function placeIndex(readings: PlaceReadings, regions: Map<string, string>): PlaceIndex {
  const historic: PlaceIndex['historic'] = new Map();
  for (const h of readings.historic) {
    const era = new RegExp(`\\b(?:${h.era.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
    for (const p of h.places) historic.set(p, { then: h.then, until: h.until, era });
  }
  return { historic, ambiguous: new Map(readings.ambiguous.map((a) => [a.place, a.countries])), regions };
}

/** An entity as the events stage reads it; `reading` says why its country differs from the link stage's. */
export type ReadEntity = Entity & { reading?: string; region?: boolean };

function reread(e: Entity, country: string, reading: string): ReadEntity {
  return { ...e, country, actorCode: country, reading };
}

/**
 * The document's entities, with places read for the story's time and context: "Moscow" in a story that
 * names the Soviet Union (or is dated before 1992) is SUN; "Tripoli" beside "the north Lebanese port" is LBN;
 * "European" with no country is the region EUR.
 * Everything else is the link stage's reading, unchanged.
 */
export function readPlaces(doc: Doc, index: PlaceIndex): Map<string, ReadEntity> {
  const out = new Map<string, ReadEntity>();
  let sentences: Sentences | undefined;
  let byId: Map<string, Entity> | undefined;
  for (const e of doc.entities) {
    out.set(e.id, e);
    // "A European court", "African diplomats": a region the link stage gives no country is a CAMEO region.
    const region = !e.actorCode && !e.country && (e.type === 'NORP' || e.type === 'MISC') ? index.regions.get(e.name.toUpperCase()) : undefined;
    if (region) {
      out.set(e.id, { ...reread(e, region, `region ${region}`), region: true });
      continue;
    }
    if (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'ORG') continue;
    const name = e.name.toUpperCase();
    const h = index.historic.get(name);
    if (h && e.country !== h.then) {
      const old = doc.published ? doc.published < h.until : h.era.test(doc.text);
      if (old) out.set(e.id, reread(e, h.then, doc.published ? `${h.then} before ${h.until}` : `${h.then} in a story that names its era`));
      continue;
    }
    const candidates = index.ambiguous.get(name);
    if (!candidates) continue;
    sentences ??= sentencesOf(doc);
    byId ??= new Map(doc.entities.map((x) => [x.id, x]));
    const other = countriesBeside(e, sentences, byId).find((c) => c !== e.country && candidates.includes(c));
    if (other) out.set(e.id, reread(e, other, `${other} as another actor of its sentence`));
  }
  return out;
}

/** Per sentence, the mentions inside it; per mention, its sentence: built once per document, in one pass. */
interface Sentences {
  inside: Mention[][];
  of: Map<string, number>;
}

function sentencesOf(doc: Doc): Sentences {
  const inside: Mention[][] = doc.sentences.map(() => []);
  const of = new Map<string, number>();
  const starts = doc.sentences.map((s) => s.start);
  for (const m of doc.mentions) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const s = lo - 1;
    if (s < 0 || m.end > doc.sentences[s]!.end) continue;
    inside[s]!.push(m);
    of.set(m.id, s);
  }
  return { inside, of };
}

/** Countries of the other entities mentioned in the sentences that mention `e`. */
function countriesBeside(e: Entity, sentences: Sentences, byId: ReadonlyMap<string, Entity>): string[] {
  const countries: string[] = [];
  const own = [...new Set(e.mentions.map((id) => sentences.of.get(id)).filter((s) => s !== undefined))].sort((a, b) => a - b);
  for (const s of own) {
    for (const m of sentences.inside[s]!) {
      const c = m.entity && m.entity !== e.id ? byId.get(m.entity)?.country : null;
      if (c) countries.push(c);
    }
  }
  return countries;
}
