import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { once } from './load.ts';

const require = createRequire(import.meta.url);

/**
 * The lower-case words of English the POS model (wink-eng-lite-web-model) knows: "tin", "balls", "rice", not
 * "odinga" or "minh". A capitalised word that opens a sentence and is one of these may be a common word
 * rather than a name. Read once per process, at the stage's setup, from the model's lexeme list only (some
 * 50 ms), and kept as one sorted text with the offsets of its words, not 80,000 strings in a Set: a few
 * objects for every full garbage collection to walk instead of 80,000, for a lookup made a few times a text.
 */
const lowerCaseWords = once((): { text: string; at: Int32Array } => {
  const dir = path.join(path.dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist');
  const model = JSON.parse(readFileSync(path.join(dir, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as { features: { lexeme: { list: string[] } } };
  const words = [...new Set(model.features.lexeme.list.filter((w) => w !== '' && !w.includes('\n') && w === w.toLowerCase()))].sort();
  const at = new Int32Array(words.length + 1);
  for (let k = 0; k < words.length; k++) at[k + 1] = at[k]! + words[k]!.length + 1;
  return { text: words.join('\n') + '\n', at };
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
