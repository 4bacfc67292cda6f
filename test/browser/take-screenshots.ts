// `npm run screenshots`: the four workbench views (and the paste box) as PNGs in docs/screenshots, for the README.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/util/shared-data.ts';
import { buildWeb, launchChromium, skipWithoutChromium, startWorkbench } from './workbench-fixture.ts';

if (skipWithoutChromium) {
  console.error(`screenshots: ${skipWithoutChromium}`);
  process.exit(2);
}
const out = path.join(REPO_ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
await buildWeb();
const workbench = await startWorkbench();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const shoot = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, name) });
    console.log(`docs/screenshots/${name}`);
  };

  await page.goto(`${workbench.url}/#/article/${workbench.seedId}`);
  await page.getByTestId('doc-text').waitFor();
  const quote = page.locator('[data-testid=doc-text] .hl-quote').first();
  if (await quote.count()) await quote.hover();
  await shoot('article-view.png');

  await page.goto(`${workbench.url}/#/quotes`);
  await page.locator('table[aria-label=quotes] tbody tr').first().waitFor();
  await shoot('quote-explorer.png');

  await page.goto(`${workbench.url}/#/network`);
  await page.getByTestId('network-graph').locator('canvas').first().waitFor();
  await shoot('actor-network.png');

  await page.goto(`${workbench.url}/#/timeline?a=ent_rus&b=ent_chn`);
  await page.getByTestId('timeline').waitFor();
  await shoot('dyad-timeline.png');

  await page.goto(`${workbench.url}/#/analyze`);
  await page.getByLabel('article text').fill('Russia criticised the United States over tariffs on Monday.\n"We will respond," a Chinese spokesman said last week.');
  await page.getByLabel('Published').fill('2020-10-23');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.getByTestId('doc-text').waitFor();
  await shoot('analyze-box.png');
} finally {
  await browser.close();
  await workbench.close();
}
