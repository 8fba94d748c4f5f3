// Screenshots of the import dialog, the library and the corrections form at 1280 and 390 px,
// light and dark, for a person to look at:
//   node tests/e2e/screenshots-import.mjs [dist] [out-dir]
// (after `trunk build --release`). The readout pasted is a fictional fixture written for the tests.
import fs from 'node:fs';
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
const fixture = fs.readFileSync(new URL('../fixtures/import/pasted-talks.txt', import.meta.url), 'utf8');
await screenshotEachLook(dist, out, async (page, shot, url) => {
  await page.goto(url);
  await page.getByTestId('meeting-card').first().waitFor();
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByLabel('Readout text').fill(fixture.replace('On May 14, 2021, ', ''));
  await dialog.getByRole('button', { name: 'Add readout' }).click();
  await dialog.getByTestId('import-outcome').waitFor();
  await shot('import-dialog', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.goto(`${url}#/library`);
  await page.getByTestId('library-item').first().waitFor();
  await shot('library');
  await page.getByTestId('library-item').first().getByRole('link').first().click();
  await page.getByTestId('readout-text').waitFor();
  await page.getByText('Correct this readout').click();
  await shot('corrections');
  // Leave the next round a clean library.
  await page.goto(`${url}#/library`);
  await page.getByRole('button', { name: 'Delete all imported' }).click();
  await page.getByTestId('confirm-delete-all').click();
});
