// A workbench to drive in a real browser: the UI built from this checkout's web/ (into a temporary folder,
// so web/dist is left alone), the demo corpus (`npm run demo`'s: the seed article and the VOA stories)
// analysed by the real pipeline into an in-memory store, and a server on a free port.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadDemoCorpus } from '../../examples/demo-corpus.ts';
import { defaultPipeline } from '../../src/index.ts';
import { createApp } from '../../src/server/app.ts';
import { listen, type Listening } from '../../src/server/listen.ts';
import { inProcessAnalysis } from '../../src/server/analysis.ts';
import type { Store } from '../../src/store/contract.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { buildWeb } from '../../web/build.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const skipWithoutChromium: false | string = existsSync(CHROMIUM) ? false : `needs Debian chromium at ${CHROMIUM} (apt-get install chromium)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

export interface Workbench extends Listening {
  store: Store;
  seedId: string;
}

/** Build the UI and serve it over a fresh in-memory store holding the demo corpus. */
export async function startWorkbench(): Promise<Workbench> {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'newsgraph-web-'));
  await buildWeb(webRoot);
  const store = openSqliteStore(':memory:');
  const pipeline = defaultPipeline();
  const { seedId } = await loadDemoCorpus(store, pipeline);
  const app = createApp({ store, ...inProcessAnalysis(store, pipeline) }, { webRoot });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  return {
    ...server,
    store,
    seedId,
    async close() {
      await server.close();
      await store.close();
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

/**
 * Record what a page must never do: throw, log an error to the console, or ask anything of another host
 * (those requests are refused) or of the server in vain (a 4xx/5xx, a missing favicon included).
 */
export async function watchPage(page: Page, base: string, problems: string[]): Promise<void> {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // A reload cancels what is still loading (ERR_ABORTED); a refused request fails with ERR_FAILED.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
}
