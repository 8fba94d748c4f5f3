// Screenshots of every view at 1280 and 390 px, light and dark, for a person to look at:
//   node tests/e2e/screenshots.mjs [dist] [out-dir]
// (after `trunk build --release`). Writes PNGs to tests/e2e/screenshots/ by default.
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
await screenshotEachLook(dist, out, async (page, shot, url) => {
  await page.goto(url);
  await page.getByTestId('meeting-card').first().waitFor();
  await shot('home');
  await page.getByRole('link', { name: /Kim Gunn of the Republic of Korea/ }).click();
  await page.getByTestId('readout-text').waitFor();
  await shot('readout');
  await page.goto(url);
  const ids = await page.getByTestId('meeting-card').locator('h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/').pop()));
  await page.goto(`${url}#/compare?ids=${ids.join(',')}`);
  await page.getByTestId('compare-grid').waitFor();
  await shot('compare');
});
