// The fixed bench corpus: real news text from ../shared/data, tokenised sets detokenised into articles.
import { readFileSync } from 'node:fs';
import { detokenizeSentences } from '../src/util/detokenize.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';

export interface BenchDoc {
  id: string;
  text: string;
  published: string | null;
}

const SENTENCES_PER_PARAGRAPH = 3;

interface Tokenised {
  id: string;
  sentences: { tokens: string[] }[];
}

/** Paragraphs of a few sentences each, one per line, as a news page reads. */
function fromTokens(doc: Tokenised): BenchDoc {
  const paragraphs: string[] = [];
  for (let i = 0; i < doc.sentences.length; i += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push(detokenizeSentences(doc.sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).map((s) => s.tokens)).text);
  }
  return { id: doc.id, text: paragraphs.join('\n'), published: null };
}

function jsonl<T>(relative: string): T[] {
  const file = sharedDataFile(relative);
  if (!file) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
}

/** Every document of CoNLL-2003 train+dev, GMB train+dev, TempEval-3 train and MEANTIME dev (≈1.2M tokens). */
export function benchCorpus(): BenchDoc[] {
  const tokenised = ['conll2003/train.jsonl', 'conll2003/dev.jsonl', 'gmb/train.jsonl', 'gmb/dev.jsonl'].flatMap((f) => jsonl<Tokenised>(f).map(fromTokens));
  const timeml = ['tempeval3/train.jsonl', 'meantime/dev.jsonl'].flatMap((f) =>
    jsonl<{ id: string; text: string; dct: string | null }>(f).map((d) => ({ id: d.id, text: d.text, published: d.dct })),
  );
  return [...tokenised, ...timeml];
}

/** Word count the way the corpora count tokens: whitespace-separated pieces. */
export function countTokens(docs: readonly BenchDoc[]): number {
  let n = 0;
  for (const d of docs) n += d.text.split(/\s+/).filter(Boolean).length;
  return n;
}
