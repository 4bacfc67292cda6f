/**
 * GDELT 2.0 Events export: one tab-separated line of 61 columns per dyadic CAMEO row (compound actors
 * exploded by `cameoRows`), no header line, as GDELT publishes it. An event's syndicated copies count in
 * NumMentions, NumSources and NumArticles and in AvgTone (the mean document tone of the articles that report
 * it: positive minus negative words per 100 words, as GDELT defines it). Geography: see event-geo.ts.
 */
import { readFileSync } from 'node:fs';
import { cameoRows, type CameoRow } from '../stages/events/cameo-rows.ts';
import type { Actor, Doc, Event } from '../model/index.ts';
import { tone } from '../lexicons/tone/tone.ts';
import { hostOf } from '../ingest/readers/article.ts';
import type { Store } from '../store/contract.ts';
import type { ArticleRow } from '../store/rows.ts';
import { articleEvents, eventDay } from './article-events.ts';
import { actionGeo, actorGeo } from './event-geo.ts';
import { geoColumns } from './geo.ts';
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

/** A float as GDELT writes one: its digits, without binary noise (6.300000000000001 is 6.3). */
export function gdeltFloat(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** One article of a syndicated cluster: its row, its tone, and how often it codes each CAMEO row. */
interface Reporting {
  article: ArticleRow;
  tone: number;
  rows: Map<string, number>;
}

const rowKey = (r: Pick<CameoRow, 'source' | 'target' | 'code'>) => `${r.source}\t${r.target}\t${r.code}`;

function reporting(article: ArticleRow, doc: Doc): Reporting {
  const rows = new Map<string, number>();
  for (const event of doc.events) for (const r of cameoRows(event)) rows.set(rowKey(r), (rows.get(rowKey(r)) ?? 0) + 1);
  return { article, tone: article.tone ?? tone(doc.text) ?? 0, rows };
}

/** NumMentions, NumSources, NumArticles, AvgTone and SOURCEURL of one row over the articles that code it. */
function reportColumns(key: string, cluster: Reporting[]): { counts: string[]; url: string } {
  const reporting = cluster.filter((r) => r.rows.has(key));
  const mentions = reporting.reduce((n, r) => n + r.rows.get(key)!, 0);
  const sources = new Set(reporting.map((r) => r.article.source ?? hostOf(r.article.url) ?? `article:${r.article.id}`));
  const avgTone = reporting.reduce((s, r) => s + r.tone, 0) / reporting.length;
  const url = reporting.find((r) => r.article.url)?.article.url ?? `urn:newsgraph:${cluster[0]!.article.id}`;
  return { counts: [String(mentions), String(sources.size), String(reporting.length), gdeltFloat(avgTone)], url };
}

/** Stream the events of the corpus as GDELT 2.0 Events lines; returns rows written and events passed over. */
export async function writeGdelt(store: Store, out: NodeJS.WritableStream): Promise<{ rows: number; undated: number }> {
  let id = 0;
  let undated = 0;
  for await (const { article, doc, events, copies } of articleEvents(store)) {
    const lead = doc.paragraphs.length > 0 ? doc.paragraphs[0]!.end : Infinity;
    const cluster = [reporting(article, doc), ...copies.map((c) => reporting(c.article, c.doc))];
    for (const event of events) {
      const day = eventDay(event, article.published);
      if (!day) {
        undated += 1;
        continue;
      }
      const where = geoColumns(actionGeo(doc, event));
      for (const row of cameoRows(event)) {
        id += 1;
        const member = (list: Event['sources'], code: string) => list.find((a) => a.code === code);
        const [source, target] = [member(event.sources, row.source), member(event.targets, row.target)];
        const { counts, url } = reportColumns(rowKey(row), cluster);
        const cells = [
          String(id), ...dayColumns(day),
          ...actorColumns(row.source, source), ...actorColumns(row.target, target),
          event.trigger.start < lead ? '1' : '0', row.code, row.code.slice(0, 3), row.root, String(row.quadClass),
          row.goldstein === null ? '' : gdeltFloat(row.goldstein), ...counts,
          ...geoColumns(actorGeo(doc, source)), ...geoColumns(actorGeo(doc, target)), ...where,
          `${day.replaceAll('-', '')}000000`, url,
        ];
        await write(out, `${cells.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t')}\n`);
      }
    }
  }
  return { rows: id, undated };
}
