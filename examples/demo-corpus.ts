// The demo corpus: the seed article (dated) and the Voice of America stories of examples/corpus (undated),
// as `npm run demo` serves them and the workbench's browser tests and screenshots read them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Pipeline } from '../src/pipeline/pipeline.ts';
import { storeArticle } from '../src/server/store-article.ts';
import type { Store } from '../src/store/contract.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
export const SEED_FILE = path.join(here, 'seed-article.txt');
export const SEED_PUBLISHED = '2020-10-23';

function demoFiles(): { file: string; published: string | null }[] {
  const corpus = path.join(here, 'corpus');
  return [
    { file: SEED_FILE, published: SEED_PUBLISHED },
    ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: path.join(corpus, f), published: null })),
  ];
}

/** Analyze and store the demo articles; answers the seed article's id. */
export async function loadDemoCorpus(store: Store, pipeline: Pipeline): Promise<{ seedId: string }> {
  let seedId = '';
  for (const { file, published } of demoFiles()) {
    const meta = { name: path.basename(file), title: null, url: null, source: null, published, language: null };
    const { id } = await storeArticle(store, pipeline, readFileSync(file, 'utf8'), meta);
    if (file === SEED_FILE) seedId = id;
  }
  return { seedId };
}
