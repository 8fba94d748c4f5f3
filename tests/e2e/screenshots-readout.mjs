// Screenshots of the readout view (with a selected sentence and a topic highlight, and the text
// as published) and of the formulations view, at 1280 and 390 px, light and dark:
//   node tests/e2e/screenshots-readout.mjs [dist] [out-dir]
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
      const shot = (name, fullPage = true) =>
        page.screenshot({ path: path.join(out, `${name}-${wname}-${scheme}.png`), fullPage });
      await page.goto(server.url);
      await page.getByRole('link', { name: /Kim Gunn of the Republic of Korea/ }).click();
      await page.getByTestId('readout-text').waitFor();
      await page.goto(`${page.url()}?topic=south-china-sea`);
      await page.getByTestId('topic-note').waitFor();
      await page.getByTestId('positions').getByRole('link').nth(2).click();
      await page.waitForSelector('.readout-text .is-target');
      await page.waitForTimeout(200);
      await shot('readout-selected', false);
      await shot('readout-selected-full');
      await page.getByLabel('Show the text as published').check();
      await page.getByTestId('source-text').waitFor();
      await shot('readout-source');
      await page.goto(`${server.url}#/formulations`);
      await page.getByTestId('formulation').first().waitFor();
      await shot('formulations');
      await page.getByRole('link', { name: 'zero-sum game' }).click();
      await page.getByTestId('formulation-use').first().waitFor();
      await shot('formulation-uses');
      if (page.errors.length) console.error(page.errors.join('\n'));
      await page.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
