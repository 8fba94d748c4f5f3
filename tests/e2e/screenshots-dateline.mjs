// Screenshots of a news agency's copy on the readout page: its dateline shown before the first
// sentence, unattributed, at 1280 and 390 px, light and dark (the text is fictional, written for
// this script):
//   node tests/e2e/screenshots-dateline.mjs [dist] [out-dir]
import { screenshotEachLook } from './looks.mjs';
import { paste, waitForCards } from './actions.mjs';

const TEXT = `Foreign ministers of Viet Nam and Chile hold phone talks

Hanoi (VNA) – Foreign Minister Le Van Tam held phone talks with Chilean Foreign Minister Ana Rojas on March 9, 2024.

Tam thanked Chile for its support at the United Nations.

Rojas said that Chile values its partnership with Viet Nam.`;

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
await screenshotEachLook(dist, out, async (page, shot, url) => {
  await page.goto(url);
  await waitForCards(page, 2);
  await paste(page, TEXT, { publisher: 'Vietnam' });
  await page.keyboard.press('Escape');
  await waitForCards(page, 3);
  await page.getByRole('link', { name: /Viet Nam and Chile/ }).first().click();
  await page.locator('.readout-text .place-line').waitFor();
  await shot('readout-dateline', { fullPage: false });
});
