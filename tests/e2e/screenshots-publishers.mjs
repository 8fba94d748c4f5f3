// Screenshots of a mixed timeline (readouts published by China, the United States and Japan),
// a readout published by the United States and its corrections form, at 1280 and 390 px, light
// and dark, for a person to look at:
//   node tests/e2e/screenshots-publishers.mjs [dist] [out-dir]
// (after `trunk build --release`). The two imported readouts are fictional fixtures written for
// the tests (tests/fixtures/import/README.md); the China ones are the bundled seeds.
import fs from 'node:fs';
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
const fixture = (name) => fs.readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

await screenshotEachLook(dist, out, async (page, shot, url) => {
  await page.goto(url);
  await page.getByTestId('meeting-card').first().waitFor();
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  for (const [publisher, name] of [['United States', 'state-department-call.txt'], ['Japan', 'japan-telephone-talk.txt']]) {
    await dialog.getByLabel('Published by').fill(publisher);
    await dialog.getByLabel('Readout text').fill(fixture(name));
    await dialog.getByRole('button', { name: 'Add readout' }).click();
    await dialog.getByTestId('import-outcome').waitFor();
  }
  await shot('publishers-import', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-card]').length === 4);
  await shot('publishers-timeline');
  await page.getByRole('link', { name: /Secretary Harlan/ }).click();
  await page.getByTestId('readout-text').waitFor();
  await shot('publishers-readout');
  await page.getByText('Correct this readout').click();
  await shot('publishers-corrections');
  // Leave the next round a clean library.
  await page.goto(`${url}#/library`);
  await page.getByRole('button', { name: 'Delete all imported' }).click();
  await page.getByTestId('confirm-delete-all').click();
});
