// Screenshots of the readout view (with a selected sentence and a topic highlight, and the text
// as published) and of the formulations view, at 1280 and 390 px, light and dark:
//   node tests/e2e/screenshots-readout.mjs [dist] [out-dir]
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
await screenshotEachLook(dist, out, async (page, shot, url) => {
  await page.goto(url);
  await page.getByRole('link', { name: /Kim Gunn of the Republic of Korea/ }).click();
  await page.getByTestId('readout-text').waitFor();
  await page.goto(`${page.url()}?topic=south-china-sea`);
  await page.getByTestId('topic-note').waitFor();
  await page.getByTestId('positions').getByRole('link').nth(2).click();
  await page.waitForSelector('.readout-text .is-target');
  await page.waitForTimeout(200);
  await shot('readout-selected', { fullPage: false });
  await shot('readout-selected-full');
  await page.getByLabel('Show the text as published').check();
  await page.getByTestId('source-text').waitFor();
  await shot('readout-source');
  await page.goto(`${url}#/formulations`);
  await page.getByTestId('formulation').first().waitFor();
  await shot('formulations');
  await page.getByRole('link', { name: 'zero-sum game' }).click();
  await page.getByTestId('formulation-use').first().waitFor();
  await shot('formulation-uses');
});
