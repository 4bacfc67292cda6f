// A workbench to drive in a real browser: the UI built, a store with the seed article and the example corpus
// run through the real pipeline, hand-made articles over three weeks (a timeline with some shape), a server.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { analyze, defaultPipeline } from '../../src/index.ts';
import { createApp, WEB_DIST } from '../../src/server/app.ts';
import { listen, type Listening } from '../../src/server/listen.ts';
import { storeArticle } from '../../src/server/store-article.ts';
import type { Store } from '../../src/store/contract.ts';
import type { ArticleMeta } from '../../src/store/rows.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../../src/store/test-fixtures.ts';
import { REPO_ROOT } from '../../src/util/shared-data.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const skipWithoutChromium: false | string = existsSync(CHROMIUM) ? false : `needs Debian chromium at ${CHROMIUM} (apt-get install chromium)`;

const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const SEED = { file: path.join(EXAMPLES, 'seed-article.txt'), published: '2020-10-23' };

export async function buildWeb(): Promise<void> {
  await build({ configFile: path.join(REPO_ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

function meta(name: string, published: string | null): ArticleMeta {
  return { name, title: null, url: null, source: null, published, language: 'eng' };
}

export interface Workbench extends Listening {
  store: Store;
  seedId: string;
}

/** Serve the built UI over a fresh in-memory store holding the seed article, the example corpus and three weeks of fixtures. */
export async function startWorkbench(): Promise<Workbench> {
  const store = openSqliteStore(':memory:');
  const pipeline = defaultPipeline();
  const put = async (text: string, m: ArticleMeta) => (await storeArticle(store, pipeline, text, m)).id;
  const seedId = await put(readFileSync(SEED.file, 'utf8'), meta('seed-article.txt', SEED.published));
  const corpus = path.join(EXAMPLES, 'corpus');
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
    await put(readFileSync(path.join(corpus, file), 'utf8'), meta(file, null));
  }
  for (const [day, variant] of [['2020-10-05', ' on Monday'], ['2020-10-14', ' on Wednesday'], ['2020-10-22', ' on Thursday']] as const) {
    await store.putArticle(fixtureArticle(putinArticle(day, variant)));
  }
  const app = createApp({ store, analyze, ingest: (text, m) => storeArticle(store, pipeline, text, m) }, { webRoot: WEB_DIST });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  return {
    ...server,
    store,
    seedId,
    async close() {
      await server.close();
      await store.close();
    },
  };
}
