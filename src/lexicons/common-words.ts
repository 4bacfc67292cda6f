import { readFileSync } from 'node:fs';
import { once } from './load.ts';

/**
 * The lower-case words of English the POS model (wink-eng-lite-web-model) knows: "tin", "balls", "rice", not
 * "odinga" or "minh". A capitalised word that opens a sentence and is one of these may be a common word
 * rather than a name. Read once per process, at the stage's setup, from common-words.txt (the model's
 * lexemes, sorted, one a line, written by scripts/build-common-words.ts: a few ms, where parsing the model's
 * JSON took some 50), and kept as that one text with the offsets of its words, not 86,000 strings in a Set:
 * a few objects for every full garbage collection to walk, for a lookup made a few times a text.
 */
const lowerCaseWords = once((): { text: string; at: Int32Array } => {
  const text = readFileSync(new URL('./common-words.txt', import.meta.url), 'utf8');
  const starts = [0];
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) starts.push(end + 1);
  return { text, at: Int32Array.from(starts) };
});

/** A test of whether a capitalised word is also an English common word ("Tin", "Rice"; not "Odinga"). */
export function loadCommonWords(): (word: string) => boolean {
  const { text, at } = lowerCaseWords();
  return (word) => {
    const lower = word.toLowerCase();
    let lo = 0;
    let hi = at.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = text.slice(at[mid]!, at[mid + 1]! - 1);
      if (w === lower) return true;
      if (w < lower) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}
