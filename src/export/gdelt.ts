/**
 * GDELT 2.0 Events export: one tab-separated line of 61 columns per dyadic CAMEO row (compound actors
 * exploded by `cameoRows`), no header line, as GDELT publishes it. Geography is left empty (type 0):
 * newsgraph does not geocode. AvgTone is 0: newsgraph does not score document tone.
 */
import { readFileSync } from 'node:fs';
import { cameoRows } from '../stages/events/cameo-rows.ts';
import type { Actor, Event } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import { articleEvents, eventDay } from './article-events.ts';
import { write } from './records.ts';

export const GDELT_COLUMNS: readonly string[] = readFileSync(new URL('./data/gdelt-events-v2-header.tsv', import.meta.url), 'utf8').trim().split('\t');

const KNOWN_GROUPS = /^(IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

/** Actor columns 6–15 (and 16–25): code, name, country, known group, ethnic, religions, three types. */
function actorColumns(code: string, actor: Actor | undefined): string[] {
  const group = KNOWN_GROUPS.exec(code);
  const country = actor?.country ?? (group ? null : /^[A-Z]{3}/.exec(code)?.[0] ?? null);
  const rest = code.slice(country ? 3 : 0);
  const types = (rest.match(/[A-Z]{3}/g) ?? []).filter((t) => !group || t !== group[1]);
  return [
    code, (actor?.mention?.text ?? '').toUpperCase().replace(/[\t\n]/g, ' '), country ?? '',
    group ? rest.slice(3, 6) || group[1]! : '', '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? '',
  ];
}

function dayColumns(day: string): string[] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return [day.replaceAll('-', ''), `${y}${String(m).padStart(2, '0')}`, String(y), (y + dayOfYear / 365).toFixed(4)];
}

const EMPTY_GEO = ['0', '', '', '', '', '', '', ''];

/** Stream the events of the corpus as GDELT 2.0 Events lines; returns rows written and events passed over. */
export async function writeGdelt(store: Store, out: NodeJS.WritableStream): Promise<{ rows: number; undated: number }> {
  let id = 0;
  let undated = 0;
  for await (const { article, doc, events, copies } of articleEvents(store)) {
    const lead = doc.paragraphs.length > 0 ? doc.paragraphs[0]!.end : Infinity;
    for (const event of events) {
      const day = eventDay(event, article.published);
      if (!day) {
        undated += 1;
        continue;
      }
      for (const row of cameoRows(event)) {
        id += 1;
        const member = (list: Event['sources'], code: string) => list.find((a) => a.code === code);
        const cells = [
          String(id), ...dayColumns(day),
          ...actorColumns(row.source, member(event.sources, row.source)),
          ...actorColumns(row.target, member(event.targets, row.target)),
          event.trigger.start < lead ? '1' : '0', row.code, row.code.slice(0, 3), row.root, String(row.quadClass),
          row.goldstein === null ? '' : String(row.goldstein), '1', '1', String(1 + copies), '0',
          ...EMPTY_GEO, ...EMPTY_GEO, ...EMPTY_GEO,
          `${day.replaceAll('-', '')}000000`, article.url ?? `urn:newsgraph:${article.id}`,
        ];
        await write(out, `${cells.join('\t')}\n`);
      }
    }
  }
  return { rows: id, undated };
}
