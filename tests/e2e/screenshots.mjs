// Screenshots of every view at 1280 and 390 px, light and dark, for a person to look at:
//   node tests/e2e/screenshots.mjs [dist] [out-dir]
// (after `trunk build --release`). Writes PNGs to tests/e2e/screenshots/ by default.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage } from './browser.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
const widths = { wide: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
try {
  for (const [wname, viewport] of Object.entries(widths)) {
    for (const scheme of ['light', 'dark']) {
      const page = await newPage(browser.context, { viewport, colorScheme: scheme });
      await page.goto(server.url);
      await page.getByTestId('meeting-card').first().waitFor();
      await page.screenshot({ path: path.join(out, `home-${wname}-${scheme}.png`), fullPage: true });
      await page.getByRole('link', { name: /Kim Gunn of the Republic of Korea/ }).click();
      await page.getByTestId('readout-text').waitFor();
      await page.screenshot({ path: path.join(out, `readout-${wname}-${scheme}.png`), fullPage: true });
      await page.goto(server.url);
      const ids = await page.getByTestId('meeting-card').locator('h3 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/').pop()));
      await page.goto(`${server.url}#/compare?ids=${ids.join(',')}`);
      await page.getByTestId('compare-grid').waitFor();
      await page.screenshot({ path: path.join(out, `compare-${wname}-${scheme}.png`), fullPage: true });
      if (page.errors.length) console.error(page.errors.join('\n'));
      await page.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
