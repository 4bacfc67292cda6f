/** Long texts for the cost and fuzz tests: deterministic, offline, of a given length in UTF-16 units. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/util/shared-data.ts';
import { article } from '../e2e/ingest-corpus.ts';

export const TEXT_KINDS = ['news', 'repetitive', 'line'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

const SEED = readFileSync(path.join(REPO_ROOT, 'examples/seed-article.txt'), 'utf8').trim();

/** The first `length` characters of the parts joined, cut back to the last whole word. */
function fill(part: (i: number) => string, glue: string, length: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < length; i += 1) {
    const p = part(i);
    parts.push(p);
    n += p.length + glue.length;
  }
  const text = parts.join(glue).slice(0, length);
  const cut = text.lastIndexOf(' ');
  return cut > 0 ? text.slice(0, cut) : text;
}

/**
 * A text of about `length` characters:
 * - news: distinct generated wire stories (datelines, quotes by named officials, actions between countries);
 * - repetitive: one foreign-policy article (titles, quotes, treaties, relative dates) over and over;
 * - line: the words of news stories on one line with no punctuation at all (one huge sentence).
 */
export function longText(kind: TextKind, length: number): string {
  if (kind === 'news') return fill((i) => article(i).text, '\n', length);
  if (kind === 'repetitive') return fill(() => SEED, '\n', length);
  return fill((i) => article(i).text.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim(), ' ', length);
}
