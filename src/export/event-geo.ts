/** Where an event and its actors are, as GDELT's ActionGeo and Actor1Geo/Actor2Geo columns say it. */
import type { Actor, Doc, Event } from '../model/index.ts';
import { readDateline } from '../ingest/dateline.ts';
import { countryGeo, placeGeo, type Geo } from './geo.ts';

const PLACE_TYPES = new Set(['GPE', 'LOC']);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function entityCountry(doc: Doc, entity: string | null): string | null {
  return entity ? doc.entities.find((e) => e.id === entity)?.country ?? null : null;
}

/**
 * The event's place: a place named in its sentence that is not one of its parties (nearest the trigger first),
 * else the dateline's place, else the country of its first source (or target) actor.
 */
export function actionGeo(doc: Doc, event: Event): Geo | null {
  const sentence = doc.sentences[event.sentence];
  const parties = [...event.sources, ...event.targets];
  const spans = parties.flatMap((a) => (a.mention ? [a.mention] : []));
  const entities = new Set(parties.map((a) => a.entity).filter(Boolean));
  const isParty = (m: Doc['mentions'][number]) => spans.some((a) => overlaps(a, m)) || (m.entity !== null && entities.has(m.entity));
  if (sentence) {
    const named = doc.mentions
      .filter((m) => PLACE_TYPES.has(m.type) && m.start >= sentence.start && m.end <= sentence.end && !isParty(m))
      .sort((a, b) => Math.abs(a.start - event.trigger.start) - Math.abs(b.start - event.trigger.start));
    for (const m of named) {
      const geo = placeGeo(m.text, entityCountry(doc, m.entity));
      if (geo) return geo;
    }
  }
  const dateline = readDateline(doc.text);
  const datelineGeo = dateline ? placeGeo(dateline.place) : null;
  if (datelineGeo) return datelineGeo;
  for (const a of [...event.sources, ...event.targets]) {
    const geo = countryGeo(a.country);
    if (geo) return geo;
  }
  return null;
}

/** An actor's place: the place its mention names (a country, a capital), else its country. */
export function actorGeo(doc: Doc, actor: Actor | undefined): Geo | null {
  if (!actor) return null;
  const mention = actor.mention ? doc.mentions.find((m) => m.start === actor.mention!.start && m.end === actor.mention!.end) : undefined;
  if (mention && PLACE_TYPES.has(mention.type)) {
    const geo = placeGeo(mention.text, actor.country);
    if (geo) return geo;
  }
  return countryGeo(actor.country);
}
