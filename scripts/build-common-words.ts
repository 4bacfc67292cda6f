/**
 * Build src/lexicons/common-words.txt: the lower-case words of wink-eng-lite-web-model's lexeme list (the POS
 * model the segment stage runs), distinct, sorted by code unit, one a line. The common-words loader reads
 * this instead of parsing the model's 3 MB JSON a second time in every process (the segment stage parses it
 * once already, for wink). Run again when wink-eng-lite-web-model changes; a test checks the file is current.
 *
 *   node --import tsx scripts/build-common-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const TARGET = fileURLToPath(new URL('../src/lexicons/common-words.txt', import.meta.url));

/** The file's text: each word followed by a line break (no word holds one). */
export function commonWordsText(): string {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist');
  const model = JSON.parse(readFileSync(path.join(dir, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as { features: { lexeme: { list: string[] } } };
  const words = [...new Set(model.features.lexeme.list.filter((w) => w !== '' && !w.includes('\n') && w === w.toLowerCase()))].sort();
  return `${words.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = commonWordsText();
  writeFileSync(TARGET, text);
  console.log(`${TARGET}: ${text.split('\n').length - 1} words`);
}
