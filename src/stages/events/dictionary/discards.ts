/**
 * PETRARCH2's discard list: a sentence holding one of its phrases is not coded; a story-level phrase (written
 * `+PHRASE`) stops the whole story. Phrases start at a word; their last word is a stem unless written with a
 * final `_` (then it must end there). Case does not matter.
 */
import type { PetrarchDiscards } from '../../../lexicons/events/petrarch-dictionary.ts';
import { findPhrases, phraseTable, type PhraseTable } from './phrase-table.ts';

export type DiscardLevel = 'sentence' | 'story';
export type DiscardTable = PhraseTable<DiscardLevel>;

export interface Discard {
  level: DiscardLevel;
  /** the phrase as the list has it */
  phrase: string;
  /** token index where it starts */
  at: number;
}

export function indexDiscards(list: PetrarchDiscards): DiscardTable {
  const entry = (level: DiscardLevel) => (p: string) => ({ phrase: p.replace(/_$/, ''), value: level, stem: !p.endsWith('_') });
  return phraseTable([...list.story.map(entry('story')), ...list.sentence.map(entry('sentence'))]);
}

/** Why a sentence (its tokens) is not to be coded, story-level first; null when it is. */
export function discardOf(table: DiscardTable, words: readonly string[]): Discard | null {
  const hits = findPhrases(table, words.map((w) => w.toUpperCase()));
  const hit = hits.find((h) => h.value === 'story') ?? hits[0];
  return hit ? { level: hit.value, phrase: hit.phrase, at: hit.start } : null;
}
