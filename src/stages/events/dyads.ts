import type { Dyad, Event } from '../../model/index.ts';
import { cameoRows } from './cameo-rows.ts';

/** Per ordered actor pair: event count, mean Goldstein (over coded values) and quad-class counts. */
export function dyadsOf(events: readonly Event[]): Dyad[] {
  const acc = new Map<string, { dyad: Dyad; sum: number; scored: number }>();
  for (const event of events) {
    for (const row of cameoRows(event)) {
      const key = `${row.source}\t${row.target}`;
      let entry = acc.get(key);
      if (!entry) {
        entry = { dyad: { source: row.source, target: row.target, events: 0, meanGoldstein: null, quadClasses: [0, 0, 0, 0] }, sum: 0, scored: 0 };
        acc.set(key, entry);
      }
      entry.dyad.events++;
      entry.dyad.quadClasses[row.quadClass - 1]!++;
      if (row.goldstein !== null) {
        entry.sum += row.goldstein;
        entry.scored++;
      }
    }
  }
  return [...acc.values()].map(({ dyad, sum, scored }) => ({
    ...dyad,
    meanGoldstein: scored === 0 ? null : Math.round((sum / scored) * 100) / 100,
  }));
}
