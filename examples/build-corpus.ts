// Writes examples/corpus/*.txt: a few Voice of America news stories from the GMB dev split (public domain),
// detokenised, one sentence per line as VOA's wire copy reads. GMB chunks run several stories together,
// so each story is named by its chunk and sentence range. Run: node --import tsx examples/build-corpus.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { detokenizeSentences } from '../src/util/detokenize.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';

const STORIES: { chunk: string; from: number; to: number; name: string }[] = [
  { chunk: 'gmb-000351-000400', from: 28, to: 34, name: 'voa-iran-rejects-us-strike-plan' },
  { chunk: 'gmb-000351-000400', from: 35, to: 42, name: 'voa-georgia-turns-to-iran-for-gas' },
  { chunk: 'gmb-000851-000900', from: 15, to: 21, name: 'voa-china-olympic-protest-parks' },
  { chunk: 'gmb-000851-000900', from: 30, to: 35, name: 'voa-rice-presses-iraq-on-government' },
  { chunk: 'gmb-000851-000900', from: 36, to: 39, name: 'voa-olmert-abbas-talks' },
  { chunk: 'gmb-001351-001400', from: 5, to: 10, name: 'voa-china-religious-rules' },
  { chunk: 'gmb-001351-001400', from: 35, to: 39, name: 'voa-us-cia-pakistan' },
  { chunk: 'gmb-001851-001900', from: 34, to: 40, name: 'voa-chavez-rally' },
  { chunk: 'gmb-002351-002400', from: 16, to: 24, name: 'voa-gazprom-izvestia' },
  { chunk: 'gmb-002351-002400', from: 35, to: 37, name: 'voa-nato-solidarity-with-britain' },
];

const file = sharedDataFile('gmb/dev.jsonl');
if (!file) {
  console.error('build-corpus: needs gmb/dev.jsonl from ../shared/data (set NEWSGRAPH_DATA to its folder)');
  process.exit(2);
}
const chunks = new Map<string, { sentences: { tokens: string[] }[] }>(
  readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const doc = JSON.parse(line) as { id: string; sentences: { tokens: string[] }[] };
    return [doc.id, doc];
  }),
);
for (const story of STORIES) {
  const chunk = chunks.get(story.chunk);
  if (!chunk) throw new Error(`build-corpus: ${story.chunk} is not in gmb/dev.jsonl`);
  const sentences = chunk.sentences.slice(story.from, story.to + 1).map((s) => s.tokens);
  const { text } = detokenizeSentences(sentences, { separator: '\n', keepOpenQuotesTogether: true });
  writeFileSync(new URL(`corpus/${story.name}.txt`, import.meta.url), `${text}\n`);
  console.log(`${story.name}.txt  ${sentences.length} sentences`);
}
