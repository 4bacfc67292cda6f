import type { Event } from '../../model/index.ts';

/** One dyadic CAMEO event: what GDELT-style exports and the evaluation count. */
export interface CameoRow {
  event: string;
  source: string;
  target: string;
  sourceCountry: string | null;
  targetCountry: string | null;
  code: string;
  root: string;
  goldstein: number | null;
  quadClass: number;
  date: string | null;
  modality: Event['modality'];
}

/** Codes whose two named parties act on each other: meetings and talks (guidelines: talks are reciprocal). */
export const MUTUAL_CODES: ReadonlySet<string> = new Set(['040', '046']);

/**
 * "Dai met with Minh", "the union had been negotiating with the employers": a meeting or talks with a named
 * counterpart is one row each way. A `---` target, or one the coder inferred (no mention), names no party to
 * act back.
 */
export function mutualParties(event: Event): Event['sources'] {
  if (!MUTUAL_CODES.has(event.cameo.code) || event.targets.some((t) => t.mention === null || t.code === '---')) return event.sources;
  return [...event.sources, ...event.targets.filter((t) => !event.sources.some((s) => s.code === t.code))];
}

/**
 * Explode an event into CAMEO rows, one per (source member, target member): compound actors give one
 * event per member, reciprocal records ("China and the Soviet Union signed") and meetings or talks with a
 * named counterpart (mutualParties) one per direction.
 * A member never targets itself, and negated events give no rows (CAMEO and PLOVER drop them).
 */
export function cameoRows(event: Event): CameoRow[] {
  if (event.modality === 'negated') return [];
  const rows: CameoRow[] = [];
  const seen = new Set<string>();
  const parties = mutualParties(event);
  const sides = parties === event.sources ? event.targets : parties;
  for (const s of parties) {
    for (const t of sides) {
      if (s.code === t.code) continue;
      const key = `${s.code}\t${t.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        event: event.id,
        source: s.code,
        target: t.code,
        sourceCountry: s.country,
        targetCountry: t.country,
        code: event.cameo.code,
        root: event.cameo.root,
        goldstein: event.cameo.goldstein,
        quadClass: event.cameo.quadClass,
        date: event.date.value,
        modality: event.modality,
      });
    }
  }
  return rows;
}
