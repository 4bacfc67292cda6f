/**
 * Which PETRARCH2 discard applies to a sentence of wire copy: the list's topics (sport, weather, disease,
 * entertainment; a story-level phrase stops the story), not its history markers — years (1914–2012, "APRIL
 * 1942"), time distances ("YEARS LATER", "WEEKS AGO") and past wars ("SECOND WORLD WAR"). A news sentence cites
 * history beside the act it reports ("refused to renew the licence … for backing a failed coup in 2002", "relations
 * deteriorated a few years later"), and the coder's own background rules read it there.
 */
import type { Word } from '../../../model/index.ts';
import { discardOf, type Discard, type DiscardTable } from './discards.ts';

const HISTORY = /\d{4}|\b(?:AGO|LATER)$|\bWARS?\b/;

/** The discard that keeps a sentence (its words) from being coded, or null. */
export function sentenceDiscard(table: DiscardTable, toks: readonly Word[]): Discard | null {
  const words = toks.map((t) => t.text);
  // A history marker found first must not hide a later phrase: look again past it.
  for (let from = 0; from < words.length; ) {
    const hit = discardOf(table, words.slice(from));
    if (!hit) return null;
    if (!HISTORY.test(hit.phrase)) return { ...hit, at: hit.at + from };
    from += hit.at + 1;
  }
  return null;
}
