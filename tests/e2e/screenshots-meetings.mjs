// Screenshots of a meeting told three times (China in Chinese and English, the United States in
// English; fictional, tests/fixtures/meetings/) at 1280 and 390 px, light and dark: its card on
// the timeline, the meeting page, its accounts compared and its versions aligned (on screen and
// as printed).
//   node tests/e2e/screenshots-meetings.mjs [dist] [out-dir]
import fs from 'node:fs';
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
const dir = new URL('../fixtures/meetings/', import.meta.url);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((name) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(new URL(name, dir)) }));

await screenshotEachLook(dist, out, async (page, shot, url) => {
  await page.goto(url);
  await page.getByTestId('meeting-card').first().waitFor();
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByRole('tab', { name: 'Open files' }).click();
  await dialog.getByLabel('Choose files').setInputFiles(files);
  await dialog.getByTestId('import-outcome').waitFor();
  await page.keyboard.press('Escape');
  const card = page.getByTestId('meeting-card').filter({ hasText: 'John Carter' }).first();
  await card.waitFor();
  await shot('meeting-card', { locator: card });
  const id = await card.locator('h3 a').first().getAttribute('href').then((h) => h.split('/').pop());
  await page.goto(`${url}#/meeting/${id}`);
  await page.getByTestId('meeting-page').waitFor();
  await shot('meeting');
  await page.goto(`${url}#/meeting/${id}/accounts`);
  await page.getByTestId('accounts-view').waitFor();
  await shot('meeting-accounts');
  await page.emulateMedia({ media: 'print' });
  await shot('meeting-accounts-print');
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${url}#/meeting/${id}/versions`);
  await page.getByTestId('versions-view').waitFor();
  await shot('meeting-versions');
  await page.emulateMedia({ media: 'print' });
  await shot('meeting-versions-print');
  await page.emulateMedia({ media: 'screen' });
});
