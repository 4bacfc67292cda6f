/**
 * Which PETRARCH2 discard applies to a sentence of wire copy: the list's topics (sport, weather, disease,
 * entertainment; a story-level phrase stops the story), not its history markers — years (1914–2012, "APRIL
 * 1942"), time distances ("YEARS LATER", "WEEKS AGO") and past wars ("SECOND WORLD WAR"). A news sentence cites
 * history beside the act it reports ("refused to renew the licence … for backing a failed coup in 2002", "relations
 * deteriorated a few years later"), and the coder's own background rules read it there.
 */
import type { PetrarchDiscards } from '../../../lexicons/events/petrarch-dictionary.ts';
import type { Word } from '../../../model/index.ts';
import { indexDiscards, type Discard, type DiscardTable } from './discards.ts';
import { findPhrases } from './phrase-table.ts';

const HISTORY = /\d{4}|\b(?:AGO|LATER)$|\bWARS?\b/;

/** The list's topics, lower case (matched against the words' own lower-case forms: no upper-casing per word). */
export function sentenceDiscards(list: PetrarchDiscards): DiscardTable {
  const topics = (phrases: readonly string[]) => phrases.filter((p) => !HISTORY.test(p.replace(/_$/, ''))).map((p) => p.toLowerCase());
  return indexDiscards({ ...list, sentence: topics(list.sentence), story: topics(list.story) });
}

/** The discard that keeps a sentence (its words) from being coded, or null; the phrase as the list writes it. */
export function sentenceDiscard(table: DiscardTable, toks: readonly Word[]): Discard | null {
  const hits = findPhrases(table, toks.map(lowerOf));
  const hit = hits.find((h) => h.value === 'story') ?? hits[0];
  return hit ? { level: hit.value, phrase: hit.phrase.toUpperCase(), at: hit.start } : null;
}

function lowerOf(t: Word): string {
  return t.lower;
}
