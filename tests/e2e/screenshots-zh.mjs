// Screenshots of Chinese readouts, at 1280 and 390 px, light and dark: a mixed timeline (the
// bundled English readouts and the Chinese fixtures), a Chinese readout page, and a comparison
// of a Chinese readout with an English one. The Chinese fixtures (fictional, written for the
// tests) are linked as a collection written into the build folder:
//   node tests/e2e/screenshots-zh.mjs [dist] [out-dir]
// Chinese text needs a CJK font in the browser: `apt-get install -y fonts-noto-cjk`.
import fs from 'node:fs';
import path from 'node:path';
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
const dir = new URL('../fixtures/zh/tuning/', import.meta.url);
const readouts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && f !== 'english-quoting-chinese.txt')
  .map((name) => ({ name, text: fs.readFileSync(new URL(name, dir), 'utf8'), kind: 'imported', added: 0 }));
const collection = 'zh-screenshots.json';
fs.writeFileSync(
  path.join(dist, collection),
  JSON.stringify({ format: 'readout-lens-collection', version: 2, readouts }),
);

await screenshotEachLook(dist, out, async (page, shot, url) => {
  const home = `${url}?collection=${collection}`;
  await page.goto(home);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-card]').length >= 10);
  await page.waitForTimeout(300);
  await shot('zh-timeline-mixed', { fullPage: false });
  const hrefs = await page.locator('[data-testid=meeting-card] h3 a').evaluateAll((as) =>
    as.map((a) => [a.innerText, a.getAttribute('href')]));
  const id = (re) => hrefs.find(([t]) => re.test(t))[1].match(/#\/readout\/([0-9a-f]+)/)[1];
  await page.goto(`${home}#/readout/${id(/温立舟同葡萄牙外长/)}`);
  await page.getByTestId('readout-text').waitFor();
  await page.waitForTimeout(200);
  await shot('zh-readout', { fullPage: false });
  await shot('zh-readout-full');
  await page.goto(`${home}#/compare?ids=${id(/沈秋月同菲律宾/)},${id(/Kim Gunn/)}`);
  await page.getByTestId('compare-grid').waitFor();
  await page.waitForTimeout(200);
  await shot('zh-compare');
});
fs.rmSync(path.join(dist, collection));
