import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildWeb, launchChromium, SEED, skipWithoutChromium, startWorkbench, type Workbench } from './workbench-fixture.ts';

describe('workbench in Chromium', { skip: skipWithoutChromium }, () => {
  let workbench: Workbench;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    await buildWeb();
    workbench = await startWorkbench();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => errors.push(error.message));
    // The UI must never reach beyond its own server.
    await page.route('**/*', (route) => (route.request().url().startsWith(workbench.url) ? route.continue() : route.abort()));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  });

  after(async () => {
    await browser?.close();
    await workbench?.close();
    assert.deepEqual(errors, [], 'no page errors and no request beyond the server');
  });

  it('opens the seed article and highlights Li Lifan\'s quotes with him as speaker', async () => {
    await page.goto(`${workbench.url}/#/article/${workbench.seedId}`);
    const text = page.getByTestId('doc-text');
    await text.waitFor();
    assert.equal((await text.textContent())?.length, readFileSync(SEED.file, 'utf8').length, 'the whole text, unchanged');
    const items = page.locator('[data-quote-item][data-speaker="Li Lifan"]');
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-item')!));
    assert.ok(ids.length >= 1, 'at least one quote attributed to Li Lifan');
    for (const id of ids) {
      assert.ok(await text.locator(`.hl-quote[data-quote~="${id}"]`).count() > 0, `${id}: its content is highlighted in the text`);
      assert.ok(await text.locator(`.hl-speaker[data-speaker-of~="${id}"]`).count() > 0, `${id}: its speaker mention is highlighted`);
    }
    // The direct quote of line 6 is highlighted in place, and pointing at it names the speaker.
    const direct = page.locator('[data-quote-item][data-speaker="Li Lifan"]', { hasText: 'Putin is trying to show how strong' });
    assert.equal(await direct.count(), 1, 'the direct quote of line 6 is his');
    const id = (await direct.getAttribute('data-quote-item'))!;
    await text.locator(`.hl-quote[data-quote~="${id}"]`).first().hover();
    assert.match((await page.locator('.inspector').textContent())!, /Li Lifan → “/);
  });

  it('finds a quote by search and follows it to its place in its article', async () => {
    await page.goto(`${workbench.url}/#/quotes`);
    await page.getByLabel('search quotes').fill('sanctions');
    await page.getByRole('button', { name: 'Search' }).click();
    const links = page.locator('a.quote-link', { hasText: 'We will never accept sanctions' });
    const link = links.first();
    await link.waitFor();
    assert.equal(await links.count(), 3, 'three articles carry the quote');
    await link.click();
    await page.waitForURL(/#\/article\/[0-9a-f]{64}\?quote=q1$/);
    const selected = page.locator('[data-testid=doc-text] .hl-quote.selected[data-quote~="q1"]');
    await selected.first().waitFor();
    assert.equal((await selected.allTextContents()).join(''), 'We will never accept sanctions against Russia', 'the quote is marked in place');
    assert.equal(await page.locator('.quote-list li.selected .speaker-name').textContent(), 'Vladimir Putin');
  });

  it('draws the actor network and filters it to a node\'s neighbours', async () => {
    await page.goto(`${workbench.url}/#/network`);
    const graph = page.getByTestId('network-graph');
    await graph.locator('canvas').first().waitFor();
    assert.ok(Number(await graph.getAttribute('data-nodes')) >= 4, 'the fixture actors are there');
    assert.equal(await page.locator('.network-graph .error').count(), 0, 'WebGL rendered');
    const shot = await graph.screenshot();
    assert.ok(shot.length > 5000, 'the canvas is drawn, not blank');
    await page.locator('table[aria-label=links] a[data-focus=ent_usa]').first().click();
    await page.getByTestId('network-panel').getByRole('heading', { name: 'United States' }).waitFor();
    const rows = await page.locator('table[aria-label=links] tbody tr').allTextContents();
    assert.ok(rows.length > 0 && rows.every((r) => r.includes('United States')), 'only the focused node\'s links are listed');
  });

  it('plots a dyad\'s volume and tone per week', async () => {
    await page.goto(`${workbench.url}/#/timeline?a=ent_rus&b=ent_chn`);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    assert.equal(await timeline.getAttribute('data-weeks'), '3');
    assert.equal(await page.locator('[data-chart=volume] svg rect').count() >= 3, true, 'a bar per week');
    assert.equal(await page.locator('[data-chart=tone] svg circle').count(), 3, 'a tone dot per week');
  });

  it('analyzes a pasted article without storing it', async () => {
    const before = (await workbench.store.stats()).articles;
    await page.goto(`${workbench.url}/#/analyze`);
    await page.getByLabel('article text').fill('Russia criticised the United States over tariffs on Monday.\nChina said it would respond.');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.getByTestId('doc-text').waitFor();
    assert.match((await page.getByTestId('doc-text').textContent())!, /^Russia criticised/);
    assert.equal((await workbench.store.stats()).articles, before);
  });
});
