/// <reference lib="dom" />
// Every page of the workbench, as the screenshots and the layout tests open them on the demo corpus:
// where it is and what shows it has finished loading.
import type { Page } from 'playwright-core';
import type { Workbench } from './workbench-fixture.ts';

export interface WorkbenchPage {
  name: string;
  path: (w: Workbench) => string;
  /** A selector present once the page shows its data. */
  ready: string;
  /** What to do once ready (hover, open a tab) before the page is looked at. */
  then?: (page: Page) => Promise<void>;
}

export const PAGES: WorkbenchPage[] = [
  { name: 'articles', path: () => '#/', ready: 'table[aria-label=articles] tbody tr' },
  {
    name: 'article', path: (w) => `#/article/${w.seedId}?at=q1`, ready: '[data-testid=doc-text] .selected',
  },
  { name: 'quotes', path: () => '#/quotes', ready: 'table[aria-label=quotes] tbody tr' },
  { name: 'entities', path: () => '#/entities', ready: 'table[aria-label=entities] tbody tr' },
  {
    name: 'entity', path: () => '#/entities?q=Putin', ready: 'table[aria-label=entities] a[data-entity-link]',
    then: async (page) => {
      await page.locator('table[aria-label=entities] a[data-entity-link]').first().click();
      await page.locator('[data-section=mentions] .hit').first().waitFor();
    },
  },
  { name: 'events', path: () => '#/events', ready: 'table[aria-label=events] tbody tr' },
  { name: 'search', path: () => '#/search?q=nuclear%20OR%20treaty', ready: 'ol.hits .hit' },
  { name: 'network', path: () => '#/network', ready: '[data-testid=network-labels] .node-label' },
  {
    name: 'network-focus', path: () => '#/network?kind=events', ready: '[data-testid=network-labels] .node-label',
    then: async (page) => {
      await page.getByLabel('focus on actor').fill('Iran');
      await page.getByRole('button', { name: 'Focus' }).click();
      await page.waitForFunction(() => Number((document.querySelector('[data-testid=network-labels]') as HTMLElement).dataset.ratio) < 0.9);
    },
  },
  { name: 'timeline', path: () => '#/timeline', ready: '[data-chart=tone] svg' },
  {
    name: 'analyze', path: () => '#/analyze', ready: 'textarea',
    then: async (page) => {
      await page.getByLabel('article text').fill('Russia criticised the United States over tariffs on Monday.\n"We will respond," a Chinese spokesman said last week.');
      await page.getByLabel('Published').fill('2020-10-23');
      await page.getByRole('button', { name: 'Analyze' }).click();
      await page.getByTestId('doc-text').waitFor();
    },
  },
];

export const WIDTHS = [1440, 760] as const;

/** Open a page at `width` and wait until it shows its data. */
export async function openPage(page: Page, w: Workbench, spec: WorkbenchPage, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width > 1000 ? 900 : 1000 });
  await page.goto(`${w.url}/${spec.path(w)}`);
  await page.locator(spec.ready).first().waitFor();
  await spec.then?.(page);
}
