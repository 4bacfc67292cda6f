/// <reference lib="dom" />
// The workbench in Debian's Chromium on the demo corpus (the seed article and the VOA stories, as
// `npm run demo` serves them): every page, at 1440 and 760 px, with the keyboard, and no console error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SEED_FILE } from '../../examples/demo-corpus.ts';
import { openPage, PAGES, WIDTHS } from './pages.ts';
import { launchChromium, skipWithoutChromium, startWorkbench, watchPage, type Workbench } from './workbench-fixture.ts';

const api = async <T>(w: Workbench, path: string): Promise<T> => (await fetch(`${w.url}/v1/${path}`)).json() as Promise<T>;
const HASH = /\b[0-9a-f]{64}\b/;

describe('workbench in Chromium, on the demo corpus', { skip: skipWithoutChromium }, () => {
  let workbench: Workbench;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const go = async (hash: string, width = 1440) => {
    await page.setViewportSize({ width, height: width > 1000 ? 900 : 1000 });
    await page.goto(`${workbench.url}/${hash}`);
  };
  const count = async () => (await page.getByTestId('result-count').textContent()) ?? '';
  /** A locator's count once `ok` holds (or after 5 s): the page re-renders after a hash change, asynchronously. */
  const countWhen = async (locator: ReturnType<Page['locator']>, ok: (n: number) => boolean) => {
    for (let tries = 0; tries < 50 && !ok(await locator.count()); tries++) await page.waitForTimeout(100);
    return locator.count();
  };

  before(async () => {
    workbench = await startWorkbench();
    browser = await launchChromium();
    page = await browser.newPage();
    await watchPage(page, workbench.url, problems);
  });

  after(async () => {
    await browser?.close();
    await workbench?.close();
    assert.deepEqual(problems, [], 'no page error, console error, failed or refused request, 4xx or 5xx');
  });

  it('serves the workbench at / with its favicon, and no "not built" page', async () => {
    await go('');
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    const icon = await page.locator('link[rel=icon]').getAttribute('href');
    assert.equal((await fetch(new URL(icon!, `${workbench.url}/`))).status, 200);
    assert.doesNotMatch((await page.textContent('body'))!, /not built|build:web/);
  });

  describe('articles', () => {
    it('lists every article with its name, date (or undated), and counts', async () => {
      const { items } = await api<{ items: { id: string; title: string | null; name: string | null; published: string | null }[] }>(workbench, 'articles?limit=100');
      await go('#/');
      const rows = page.locator('table[aria-label=articles] tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 11);
      assert.equal(await count(), '11 articles');
      for (const a of items) {
        const row = page.locator('table[aria-label=articles] tbody tr', { has: page.locator(`a[href="#/article/${a.id}"]`) });
        const text = (await row.textContent())!;
        assert.ok(text.startsWith(`${a.title ?? a.name} ${a.id.slice(0, 12)}`), text);
        assert.ok(text.includes(a.published ?? 'undated'), text);
      }
      assert.equal(items.filter((a) => a.published === null).length, 10, 'the VOA stories carry no date');
    });

    it('searches the text and filters by date', async () => {
      await go('#/');
      await page.getByLabel('words in the text').fill('nuclear');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/q=nuclear/);
      await page.locator('table[aria-label=articles] .snippet mark').first().waitFor();
      const snippets = await page.locator('table[aria-label=articles] .snippet').allTextContents();
      assert.ok(snippets.length >= 2 && snippets.every((s) => /nuclear/i.test(s)), snippets.join(' | '));
      assert.match(await count(), /^\d+ matching articles?$/);
      await go('#/?from=2020-10-01');
      const rows = page.locator('table[aria-label=articles] tbody tr');
      assert.equal(await countWhen(rows, (n) => n === 1), 1, 'only the dated seed article');
      assert.match((await page.getByTestId('date-note').textContent())!, /leaves out undated articles/);
    });

    it('counts the same in the list, on the article page and in its side panel', async () => {
      const { items } = await api<{ items: { id: string; mentions: number; quotes: number; events: number; messages: number }[] }>(workbench, 'articles?limit=100');
      for (const a of items) {
        await go(`#/article/${a.id}`);
        const counts = page.getByTestId('article-counts');
        await counts.waitFor();
        assert.equal(await counts.textContent(), [[a.mentions, 'mention'], [a.quotes, 'quote'], [a.events, 'event'], [a.messages, 'message']]
          .map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`).join(' · '));
        for (const [tab, n] of [['quotes', a.quotes], ['events', a.events], ['messages', a.messages]] as const) {
          assert.equal(await page.locator(`[data-tab=${tab}] .count`).textContent(), String(n), `${a.id.slice(0, 12)} ${tab}`);
        }
      }
    });
  });

  describe('article view', () => {
    it('highlights Li Lifan\'s quotes in place, with him as speaker', async () => {
      await go(`#/article/${workbench.seedId}`);
      const text = page.getByTestId('doc-text');
      await text.waitFor();
      assert.equal((await text.textContent())?.length, readFileSync(SEED_FILE, 'utf8').length, 'the whole text, unchanged');
      const items = page.locator('[data-quote-item][data-speaker="Li Lifan"]');
      const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-item')!));
      assert.ok(ids.length >= 1, 'at least one quote attributed to Li Lifan');
      for (const id of ids) {
        assert.ok(await text.locator(`.hl-quote[data-quote~="${id}"]`).count() > 0, `${id}: its content is highlighted`);
        assert.ok(await text.locator(`.hl-speaker[data-speaker-of~="${id}"]`).count() > 0, `${id}: its speaker mention is highlighted`);
      }
      const direct = page.locator('[data-quote-item][data-speaker="Li Lifan"]', { hasText: 'Putin is trying to show how strong' });
      assert.equal(await direct.count(), 1);
      const id = (await direct.getAttribute('data-quote-item'))!;
      await text.locator(`.hl-quote[data-quote~="${id}"]`).first().hover();
      assert.match((await page.locator('.inspector').textContent())!, /Li Lifan → “/);
    });

    it('lists events, dates and messages beside the text and marks the one picked', async () => {
      await go(`#/article/${workbench.seedId}`);
      await page.getByTestId('doc-text').waitFor();
      await page.getByRole('tab', { name: /events/ }).click();
      const event = page.locator('[data-event-item] button').first();
      await event.click();
      await page.waitForURL(/at=v1/);
      assert.ok(await countWhen(page.locator('[data-testid=doc-text] .hl-event.selected'), (n) => n >= 2) >= 2, 'trigger and actors marked');
      await page.getByRole('tab', { name: /dates/ }).click();
      assert.ok(await page.locator('[data-timex-item]').count() > 0);
      await page.getByRole('tab', { name: /messages/ }).click();
      const messages = await page.locator('[data-message-item]').allTextContents();
      assert.ok(messages.some((m) => /truncated|unbalanced|suspect/.test(m)), messages.join(' | '));
    });

    it('turns a layer off and on', async () => {
      await go(`#/article/${workbench.seedId}`);
      const text = page.getByTestId('doc-text');
      await text.waitFor();
      const quoteBackground = () => text.locator('.hl-quote:not(.selected)').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const on = await quoteBackground();
      await page.getByLabel(/^ ?quotes/).uncheck();
      assert.notEqual(await quoteBackground(), on);
      await page.getByLabel(/^ ?quotes/).check();
      assert.equal(await quoteBackground(), on);
    });

    it('downloads the Doc JSON', async () => {
      await go(`#/article/${workbench.seedId}`);
      await page.getByTestId('doc-text').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Doc JSON' }).click()]);
      assert.equal(download.suggestedFilename(), `${workbench.seedId.slice(0, 12)}.newsgraph.json`);
      const doc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      assert.equal(doc.format, 'newsgraph.doc/1');
      assert.equal(doc.text, readFileSync(SEED_FILE, 'utf8'));
    });
  });

  describe('quotes', () => {
    it('counts the statements by default and every attribution on asking, and names articles, never by 64-hex hash', async () => {
      const { quotes } = await workbench.store.stats();
      const statements = await workbench.store.countQuotes({ forms: ['statement'] });
      assert.ok(statements < quotes, 'the demo corpus has attributions other than statements');
      await go('#/quotes?form=all');
      await page.locator('table[aria-label=quotes] tbody tr').first().waitFor();
      assert.equal(await count(), `${quotes} quotes`);
      await go('#/quotes');
      await page.locator('table[aria-label=quotes] tbody tr').first().waitFor();
      assert.equal(await count(), `${statements} quotes`);
      assert.doesNotMatch((await page.locator('table[aria-label=quotes]').textContent())!, HASH);
      const { items } = await api<{ items: { id: string; title: string | null; name: string | null }[] }>(workbench, 'articles?limit=100');
      const labels = new Map(items.map((a) => [a.id.slice(0, 12), a.title ?? a.name]));
      const cells = await page.locator('table[aria-label=quotes] tbody td:last-child').allTextContents();
      assert.equal(cells.length, statements);
      for (const cell of cells) assert.equal(cell, `${labels.get(cell.slice(-12))} ${cell.slice(-12)}`, 'named as the article list names it');
    });

    it('keeps the search box in step with the URL through links, back and forward', async () => {
      await go('#/quotes?q=alliance');
      const box = page.getByLabel('search quotes');
      await page.locator('table[aria-label=quotes] tbody tr').first().waitFor();
      assert.equal(await box.inputValue(), 'alliance');
      const filtered = await count();
      assert.ok((await page.locator('table[aria-label=quotes] tbody tr').allTextContents()).every((r) => /alliance/i.test(r)));
      await page.getByRole('navigation', { name: 'pages' }).getByRole('link', { name: 'Quotes' }).click();
      await page.waitForURL(/#\/quotes$/);
      await page.waitForFunction((before) => document.querySelector('[data-testid=result-count]')?.textContent !== before, filtered);
      assert.equal(await box.inputValue(), '', 'the box follows the URL');
      await page.goBack();
      await page.waitForURL(/q=alliance/);
      await page.waitForFunction((want) => document.querySelector('[data-testid=result-count]')?.textContent === want, filtered);
      assert.equal(await box.inputValue(), 'alliance');
    });

    it('follows a quote to its place in its article', async () => {
      await go('#/quotes?q=remote');
      const link = page.locator('a.quote-link').first();
      await link.waitFor();
      const quote = (await link.getAttribute('data-quote-link'))!;
      await link.click();
      await page.waitForURL(new RegExp(`#/article/[0-9a-f]{64}\\?at=${quote}`));
      const selected = page.locator(`[data-testid=doc-text] .hl-quote.selected[data-quote~="${quote}"]`);
      await selected.first().waitFor();
      assert.match((await selected.allTextContents()).join(''), /remote/);
    });
  });

  describe('entities', () => {
    it('lists entities and opens one with its codes, aliases, quotes by and about it, events and sentences', async () => {
      // Hugo Chavez has rows in every section in the demo corpus: quotes by and about him, events, mentions.
      await go('#/entities?q=Chavez');
      const link = page.locator('table[aria-label=entities] a[data-entity-link]').first();
      await link.waitFor();
      const id = (await link.getAttribute('data-entity-link'))!;
      await link.click();
      await page.waitForURL(new RegExp(`#/entity/${id}$`));
      const facts = page.getByTestId('entity-facts');
      await facts.waitFor();
      const entity = await api<{ name: string; actorCode: string; aliases: string[] }>(workbench, `entities/${id}`);
      assert.ok((await facts.textContent())!.includes(entity.actorCode));
      for (const alias of entity.aliases) assert.ok((await facts.textContent())!.includes(alias));
      for (const section of ['by', 'about', 'events', 'mentions']) {
        await page.locator(`[data-section=${section}] h2 .count`).filter({ hasNotText: '…' }).waitFor();
        assert.match((await page.locator(`[data-section=${section}] h2 .count`).textContent())!, /^[1-9]\d* /, `${section} has rows`);
      }
      const marks = await page.locator('[data-section=mentions] mark').allTextContents();
      assert.ok(marks.length > 0 && marks.every((m) => [entity.name, ...entity.aliases].includes(m)), marks.join(' | '));
    });
  });

  describe('events', () => {
    const rows = () => page.locator('table[aria-label=events] tbody tr.has-detail');
    /** The rows once every one of them passes `check` (a filtered list replaces the whole one). */
    const rowsWhere = async (check: (row: string) => boolean, cells = 'tbody tr.has-detail'): Promise<string[]> => {
      for (let tries = 0; tries < 100; tries++) {
        const texts = await page.locator(`table[aria-label=events] ${cells}`).allTextContents();
        if (texts.length > 0 && texts.every(check)) return texts;
        await page.waitForTimeout(100);
      }
      assert.fail(`the event rows never all passed the filter: ${(await rows().allTextContents()).join(' | ')}`);
    };

    it('lists every event; filters by actor name, CAMEO root, quad class and date', async () => {
      const { events } = await workbench.store.stats();
      await go('#/events');
      await rows().first().waitFor();
      assert.equal(await count(), `${events} events`);

      await go('#/events?actor=Iran');
      await page.getByTestId('actor-resolved').waitFor();
      await rowsWhere((r) => r.includes('IRN'));
      await go('#/events?root=11');
      await rowsWhere((code) => code.startsWith('11'), 'tbody .event-code');
      await go('#/events?quad=4');
      const quad = await rowsWhere((code) => Number(code.slice(0, 2)) >= 14, 'tbody .event-code');
      const all = (await api<{ items: { quadClass: number }[] }>(workbench, 'events?limit=1000')).items;
      assert.equal(quad.length, all.filter((e) => e.quadClass === 4).length, 'every event of quad class 4, from each of its roots');
      await go('#/events?from=2020-10-23');
      await rowsWhere((r) => /^2020-10-2[3-9]/.test(r));
    });

    it('asks which actor a name means when several match, and reads an all-capitals name that is no code as a name', async () => {
      await go('#/events?actor=Chin');
      await page.getByTestId('actor-choices').waitFor();
      assert.ok(await page.getByTestId('actor-choices').locator('a').count() > 1);
      await go('#/events?actor=NATO');
      assert.match((await page.getByTestId('actor-resolved').textContent())!, /is NATO/);
      await go('#/events?actor=IRN');
      await rowsWhere((r) => r.includes('IRN'));
      assert.equal(await page.getByTestId('actor-resolved').count(), 0, 'a code is used as it is');
    });

    it('links each row to its sentence, trigger and actors marked in the article', async () => {
      await go('#/events?actor=Iran');
      const link = page.locator('a.event-link').first();
      await link.waitFor();
      const trigger = (await link.locator('mark.m-trigger').first().textContent())!;
      const event = (await link.getAttribute('data-event-link'))!;
      await link.click();
      await page.waitForURL(new RegExp(`at=${event}`));
      const marked = page.locator(`[data-testid=doc-text] .hl-event.selected`);
      await marked.first().waitFor();
      const texts = await marked.allTextContents();
      assert.ok(texts.includes(trigger), `${trigger} in ${texts.join(' | ')}`);
      assert.ok(texts.length >= 2, 'the actors too');
    });
  });

  describe('sentence search', () => {
    it('marks the words found and leads to the sentence in its article', async () => {
      await go('#/search?q=nuclear');
      const hit = page.locator('ol.hits .hit').first();
      await hit.waitFor();
      assert.match(await count(), /^\d+ sentences?$/);
      for (const m of await page.locator('ol.hits mark').allTextContents()) assert.match(m, /^nuclear$/i);
      await hit.locator('a.hit-text').click();
      await page.waitForURL(/sentence=\d+/);
      const sentence = page.locator('[data-testid=doc-text] .hl-sentence');
      await sentence.first().waitFor();
      assert.match((await sentence.allTextContents()).join(''), /nuclear/i);
      assert.ok(await page.locator('[data-testid=doc-text] .hl-match').count() > 0, 'the word marked in the article too');
    });
  });

  describe('network', () => {
    type Rect = { left: number; top: number; right: number; bottom: number; node: string };
    const labelRects = () => page.locator('[data-testid=network-labels] .node-label').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, node: (el as HTMLElement).dataset.node! };
    }));
    const assertNoOverlap = (rects: Rect[]) => {
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const [a, b] = [rects[i]!, rects[j]!];
          assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `labels ${a.node} and ${b.node} overlap`);
        }
      }
    };

    it('draws labels that do not overlap, no self-loop, a legend, and every link in the table', async () => {
      await go('#/network');
      await page.locator('[data-testid=network-labels] .node-label').first().waitFor();
      const graph = page.getByTestId('network-graph');
      assert.equal(await page.locator('.network-graph .error').count(), 0, 'WebGL rendered');
      assert.ok((await graph.screenshot()).length > 5000, 'the canvas is drawn');
      assertNoOverlap(await labelRects());
      const network = await api<{ edges: { source: string; target: string }[] }>(workbench, 'network');
      const loops = network.edges.filter((e) => e.source === e.target).length;
      // The store folds a country with its government and capital into one node and leaves self-links out.
      assert.equal(loops, 0, 'no self-link reaches the page');
      assert.equal(await page.getByTestId('self-links').count(), 0);
      const pairs = new Set(network.edges.filter((e) => e.source !== e.target).map((e) => [e.source, e.target].sort().join(' ')));
      assert.equal(Number(await graph.getAttribute('data-edges')), pairs.size, 'one line per pair of distinct actors');
      const table = await page.locator('table[aria-label=links] tbody tr').count();
      assert.equal(table, network.edges.length - loops);
      await page.getByTestId('network-legend').getByText('Node size').waitFor();
    });

    it('zooms to a focused node and its neighbours, labelled and counted', async () => {
      await go('#/network');
      await page.locator('[data-testid=network-labels] .node-label').first().waitFor();
      await page.getByLabel('focus on actor').fill('Iran');
      await page.getByRole('button', { name: 'Focus' }).click();
      await page.getByTestId('network-panel').getByRole('heading', { name: 'Iran' }).waitFor();
      await page.waitForFunction(() => Number((document.querySelector('[data-testid=network-labels]') as HTMLElement).dataset.ratio) < 0.9);
      await page.waitForTimeout(500);
      const labels = await labelRects();
      assertNoOverlap(labels);
      const neighbours = await page.locator('.neighbours li a').allTextContents();
      const shown = await page.locator('[data-testid=network-labels] .node-label').allTextContents();
      assert.ok(shown.includes('Iran'), 'the focused node is labelled');
      assert.ok(neighbours.filter((n) => shown.includes(n)).length >= neighbours.length / 2, `neighbours labelled: ${shown.join(', ')}`);
      const frame = (await page.getByTestId('network-graph').boundingBox())!;
      const focused = (await page.locator('.node-label.focus').boundingBox())!;
      assert.ok(focused.x >= frame.x && focused.x + focused.width <= frame.x + frame.width
        && focused.y >= frame.y && focused.y + focused.height <= frame.y + frame.height, 'the focused node is in the frame');
      const rows = await page.locator('table[aria-label=links] tbody tr').allTextContents();
      assert.ok(rows.length > 0 && rows.every((r) => r.includes('Iran')), 'the table keeps the focused node\'s links');
      await page.keyboard.press('Escape');
    });

    it('stays readable at 200 nodes: a bounded number of labels, none overlapping, the largest labelled', async () => {
      // A synthetic network of 200 actors in place of the demo's, served to this page only.
      const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `ent_${i}`, label: `Actor number ${i}`, country: null, type: ['PERSON', 'ORG', 'GPE'][i % 3], mentions: 200 - i }));
      const edges = Array.from({ length: 400 }, (_, i) => ({ source: `ent_${(i * 7) % 200}`, target: `ent_${(i * 13 + 1) % 200}`, kind: 'event', count: 1 + (i % 5), tone: (i % 9) - 4 }))
        .filter((e) => e.source !== e.target);
      await page.route('**/v1/network?*', (route) => route.fulfill({ json: { nodes, edges } }));
      try {
        await go('#/network?kind=events');
        await page.reload();
        await page.locator('[data-testid=network-labels] .node-label[data-node^=ent_]').first().waitFor();
        const labels = await labelRects();
        assert.ok(labels.length >= 10 && labels.length <= 40, `${labels.length} labels`);
        assertNoOverlap(labels);
        assert.ok(labels.some((l) => l.node === 'ent_0'), 'the most mentioned actor is labelled');
      } finally {
        await page.unroute('**/v1/network?*');
      }
    });
  });

  describe('timeline', () => {
    it('opens on the busiest pair of distinct actors, per day, with no hour ticks', async () => {
      await go('#/timeline');
      await page.waitForURL(/a=.+&b=.+/);
      const timeline = page.getByTestId('timeline');
      await timeline.waitFor();
      const [top] = (await api<{ items: { a: string; b: string; aLabel: string; bLabel: string; dated: number }[] }>(workbench, 'dyads?limit=1')).items;
      const url = new URL(page.url().replace('#/timeline?', '?'));
      assert.deepEqual([url.searchParams.get('a'), url.searchParams.get('b')], [top!.a, top!.b]);
      assert.notEqual(top!.aLabel, top!.bLabel);
      assert.equal(await page.locator('.dyad-title').textContent(), `${top!.aLabel} ↔ ${top!.bLabel}`);
      await page.getByTestId('busiest-note').waitFor();
      assert.equal(await timeline.getAttribute('data-scale'), 'day');
      await page.locator('[data-chart=tone] svg').waitFor();
      const ticks = await page.locator('[data-chart] svg text').allTextContents();
      assert.ok(ticks.some((t) => /^Oct \d+$/.test(t)), ticks.join(' | '));
      assert.ok(ticks.every((t) => !/AM|PM|\d:\d\d|weeks/.test(t)), ticks.join(' | '));
      assert.ok(await page.locator('[data-chart=volume] svg rect').count() > 0, 'bars drawn');
      assert.match((await page.getByTestId('timeline-summary').textContent())!, new RegExp(`^${top!.dated} dated events`));
      await page.locator('.period-table summary').click();
      assert.ok(await page.locator('table[aria-label=periods] tbody tr').count() > 0, 'counts and mean Goldstein per period');
    });

    it('counts undated events apart and says so', async () => {
      const { items } = await api<{ items: { a: string; b: string; dated: number; undated: number }[] }>(workbench, 'dyads?limit=100');
      const undated = items.find((d) => d.undated > 0 && d.dated === 0)!;
      await go(`#/timeline?a=${undated.a}&b=${undated.b}`);
      const timeline = page.getByTestId('timeline');
      await timeline.waitFor();
      assert.equal(await timeline.getAttribute('data-undated'), String(undated.undated));
      assert.match((await page.getByTestId('timeline-summary').textContent())!, /No event between them has a date/);
      assert.match((await page.getByTestId('undated-note').textContent())!, /undated/);
      assert.equal(await page.locator('table[aria-label="events between them"] tbody tr.has-detail').count(), undated.undated, 'listed below');
    });
  });

  it('takes the pair by name, and says when a name is unknown', async () => {
    await go('#/timeline');
    await page.getByTestId('timeline').waitFor();
    await page.getByLabel('actor a').fill('Iran');
    await page.getByLabel('actor b').fill('Georgia');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('.dyad-title', { hasText: 'Georgia ↔ Iran' }).or(page.locator('.dyad-title', { hasText: 'Iran ↔ Georgia' })).waitFor();
    assert.match(page.url(), /a=ent_[0-9a-f]+&b=ent_[0-9a-f]+/);
    await page.getByLabel('actor b').fill('Atlantis');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('no actor is named “Atlantis”').waitFor();
  });

  it('analyzes a pasted article without storing it', async () => {
    const before = (await workbench.store.stats()).articles;
    await go('#/analyze');
    await page.getByLabel('article text').fill('Russia criticised the United States over tariffs on Monday.\nChina said it would respond.');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.getByTestId('doc-text').waitFor();
    assert.match((await page.getByTestId('doc-text').textContent())!, /^Russia criticised/);
    assert.equal((await workbench.store.stats()).articles, before);
  });

  describe('layout and keyboard', () => {
    it('fits every page in 1440 and 760 px, nothing wider than the window', async () => {
      for (const spec of PAGES) {
        for (const width of WIDTHS) {
          await openPage(page, workbench, spec, width);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${spec.name} at ${width} px is ${overflow} px too wide`);
        }
      }
    });

    it('folds the article\'s side panel at 760 px behind a button', async () => {
      await go(`#/article/${workbench.seedId}`, 760);
      await page.getByTestId('doc-text').waitFor();
      assert.equal(await page.getByTestId('doc-panel').count(), 0, 'folded');
      const toggle = page.getByRole('button', { name: 'Show findings' });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      await page.getByTestId('doc-panel').waitFor();
      await go(`#/article/${workbench.seedId}`, 1440);
      await page.getByTestId('doc-panel').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Show findings' }).count(), 0, 'beside the text at 1440 px');
    });

    it('works from the keyboard: skip link, navigation, tabs, picking a quote, sorting', async () => {
      await go('#/');
      await page.reload();
      await page.locator('table[aria-label=articles] tbody tr').first().waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Quotes');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/quotes$/);

      await go(`#/article/${workbench.seedId}`);
      const first = page.locator('[data-quote-item] button').first();
      await first.waitFor();
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/at=q1/);
      await page.getByRole('tab', { name: /quotes/ }).focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-tab')), 'entities');

      await go('#/entities');
      const header = page.locator('table[aria-label=entities] th button', { hasText: 'Articles' });
      await header.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('table[aria-label=entities] th[aria-sort]').getAttribute('aria-sort'), 'descending', 'counts sort largest first');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('table[aria-label=entities] th[aria-sort]').getAttribute('aria-sort'), 'ascending');
    });
  });
});
