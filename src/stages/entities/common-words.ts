import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { once } from '../../lexicons/load.ts';

const require = createRequire(import.meta.url);

/**
 * The lower-case words of English the POS model (wink-eng-lite-web-model) knows: "tin", "balls", "rice", not
 * "odinga" or "minh". A capitalised word that opens a sentence and is one of these may be a common word
 * rather than a name. Read at the first question (few documents ask), from the model's lexeme list only.
 */
const lowerCaseWords = once((): ReadonlySet<string> => {
  const dir = path.join(path.dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist');
  const model = JSON.parse(readFileSync(path.join(dir, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as { features: { lexeme: { list: string[] } } };
  return new Set(model.features.lexeme.list.filter((w) => w !== '' && w === w.toLowerCase()));
});

/** Whether a capitalised word is also an English common word ("Tin", "Rice"; not "Odinga"). */
export function isCommonWord(word: string): boolean {
  return lowerCaseWords().has(word.toLowerCase());
}
