// `npm run screenshots`: every workbench page at 1440 and 760 px wide, on the demo corpus, as PNGs in
// docs/screenshots for the README.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/util/shared-data.ts';
import { openPage, PAGES, WIDTHS } from './pages.ts';
import { launchChromium, skipWithoutChromium, startWorkbench, watchPage } from './workbench-fixture.ts';

if (skipWithoutChromium) {
  console.error(`screenshots: ${skipWithoutChromium}`);
  process.exit(2);
}
const out = path.join(REPO_ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const workbench = await startWorkbench();
const browser = await launchChromium();
const problems: string[] = [];
try {
  const page = await browser.newPage();
  await watchPage(page, workbench.url, problems);
  for (const spec of PAGES) {
    for (const width of WIDTHS) {
      await openPage(page, workbench, spec, width);
      // Let charts, the network's camera and fonts settle; no hover left on a link.
      await page.mouse.move(0, 0);
      await page.waitForTimeout(500);
      const file = `${spec.name}-${width}.png`;
      await page.screenshot({ path: path.join(out, file) });
      console.log(`docs/screenshots/${file}`);
    }
  }
} finally {
  await browser.close();
  await workbench.close();
}
if (problems.length > 0) {
  console.error(`screenshots: the pages reported problems:\n${problems.join('\n')}`);
  process.exit(1);
}
