/**
 * Build the ingest bench corpus as JSON Lines ({id, title, text, published, source}) from ../shared/data:
 * GMB blocks split into articles of 10 sentences, CoNLL-2003 train+dev, TempEval-3 train and MEANTIME dev
 * documents as they are. The output stays out of the repository (the texts may not be redistributed).
 *
 *   node --import tsx scripts/build-bench-corpus.ts [OUT] [--replicate N]
 *
 * --replicate N writes N documents by repeating the corpus: copy k ends with a "synthetic copy k" line
 * (so its content hash differs) and every date in it, and its publication date, is shifted by k weeks.
 * Replicas are for scale measurements only.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { z } from 'zod';
import { count, devFlags } from './dev-flags.ts';
import { detokenize } from '../src/util/detokenize.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';

export interface BenchDoc {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  source: string;
}

const GMB_ARTICLE_SENTENCES = 10;

function lines(relative: string): any[] {
  const file = sharedDataFile(relative);
  if (!file) throw new Error(`needs ${relative} from ../shared/data`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** The real documents, in a fixed order. */
export function benchDocs(): BenchDoc[] {
  const docs: BenchDoc[] = [];
  for (const split of ['train', 'dev']) {
    for (const block of lines(`gmb/${split}.jsonl`)) {
      for (let i = 0; i < block.sentences.length; i += GMB_ARTICLE_SENTENCES) {
        const sentences = block.sentences.slice(i, i + GMB_ARTICLE_SENTENCES).map((s: { tokens: string[] }) => detokenize(s.tokens));
        docs.push({ id: `${block.id}#${i / GMB_ARTICLE_SENTENCES + 1}`, title: null, text: sentences.join(' '), published: null, source: 'gmb' });
      }
    }
  }
  for (const split of ['train', 'dev']) {
    for (const doc of lines(`conll2003/${split}.jsonl`)) {
      const sentences = doc.sentences.map((s: { tokens: string[] }) => detokenize(s.tokens));
      // Reuters datelines ("LONDON 1996-08-30") carry the publication date.
      const dateline = sentences.slice(0, 3).join(' ').match(/\b(19\d\d-\d\d-\d\d)\b/);
      docs.push({ id: doc.id, title: sentences[0] ?? null, text: sentences.join('\n'), published: dateline?.[1] ?? null, source: 'conll2003' });
    }
  }
  for (const doc of lines('tempeval3/train.jsonl')) {
    docs.push({ id: doc.id, title: doc.title, text: doc.text.trim(), published: doc.dct, source: 'tempeval3' });
  }
  for (const doc of lines('meantime/dev.jsonl')) {
    docs.push({ id: doc.id, title: doc.title, text: doc.text, published: doc.dct, source: 'meantime' });
  }
  return docs;
}

/** The line that marks copy k of a document (appended, so the original's offsets stay valid). */
export function syntheticMarker(k: number): string {
  return `(synthetic copy ${k}, for scale measurements only)`;
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Copy k of a document: marked synthetic, dates shifted by k weeks. */
export function replica(doc: BenchDoc, k: number): BenchDoc {
  if (k === 0) return doc;
  const days = 7 * k;
  const text = `${doc.text.replace(/\b(?:19|20)\d\d-\d\d-\d\d\b/g, (d) => shiftDate(d, days))}\n${syntheticMarker(k)}`;
  return { ...doc, id: `${doc.id}~${k}`, text, published: doc.published ? shiftDate(doc.published, days) : null };
}

async function main(): Promise<void> {
  const { flags, positionals } = devFlags(
    'node --import tsx scripts/build-bench-corpus.ts [OUT] [--replicate N]',
    { replicate: { type: 'string' } },
    z.object({ replicate: count.optional() }),
  );
  const total = flags.replicate ?? 0;
  const out = positionals[0] ?? 'bench/.cache/corpus.jsonl';
  const docs = benchDocs();
  mkdirSync(path.dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const n = total > 0 ? total : docs.length;
  for (let i = 0; i < n; i += 1) {
    const doc = replica(docs[i % docs.length]!, Math.floor(i / docs.length));
    if (!stream.write(`${JSON.stringify(doc)}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  process.stderr.write(`${out}: ${n} documents (${docs.length} real${total > docs.length ? `, ${n - docs.length} synthetic copies` : ''})\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
