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

/**
 * Explode an event into CAMEO rows, one per (source member, target member): compound actors give one
 * event per member, reciprocal records ("China and the Soviet Union signed") one per direction.
 * A member never targets itself, and negated events give no rows (CAMEO and PLOVER drop them).
 */
export function cameoRows(event: Event): CameoRow[] {
  if (event.modality === 'negated') return [];
  const rows: CameoRow[] = [];
  const seen = new Set<string>();
  for (const s of event.sources) {
    for (const t of event.targets) {
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
