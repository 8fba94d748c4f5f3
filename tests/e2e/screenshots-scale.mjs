// Screenshots of the loading bar, the timeline, the binned matrix and a search's hits with 10,000
// synthetic readouts loaded by ?collection=, at 1280 and 390 px, light and dark, for a person to
// look at:
//   [SYNTH_LANG=zh|mixed] node tests/e2e/screenshots-scale.mjs [dist] [out-dir]
// (after `trunk build --release`; writes the collection with `cargo run --release --example synth`;
// Chinese text needs a CJK font: `apt-get install -y fonts-noto-cjk`). With SYNTH_LANG the
// readouts are Chinese or mixed, the files are named scale-zh-*.png or scale-mixed-*.png, and the
// search is for 南海.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
const lang = process.env.SYNTH_LANG ?? 'en';
const name = (view) => (lang === 'en' ? `scale-${view}` : `scale-${lang}-${view}`);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-shots-'));
try {
  fs.cpSync(dist, root, { recursive: true });
  fs.mkdirSync(path.join(root, 'data'));
  execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'synth', '--', '--lang', lang, '--count', '10000', '--seed', '42',
    '--out', path.join(root, 'data', 'synthetic-10000.json')], { stdio: 'inherit' });
  await screenshotEachLook(root, out, async (page, shot, url) => {
    await page.goto(`${url}?collection=data/synthetic-10000.json`);
    await page.getByTestId('load-progress').waitFor();
    await shot(name('loading'), { fullPage: false });
    // 10,002 meetings (fewer in the mixed corpus, whose two versions of a meeting are one card).
    await page.waitForFunction(() => parseInt(document.querySelector('[data-testid=summary]')?.textContent) > 9000, null, { timeout: 60000 });
    await page.locator('.timeline-viewport').evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
    await page.waitForTimeout(300);
    await shot(name('timeline'), { locator: page.locator('.timeline-viewport') });
    await page.getByTestId('matrix').scrollIntoViewIfNeeded();
    await shot(name('matrix'), { locator: page.locator('.matrix-section') });
    await shot(name('page'), { fullPage: false });
    await page.getByLabel('Search the sentences').fill(lang === 'en' ? 'maritime cooperation' : '南海');
    await page.getByTestId('search-hit').first().waitFor();
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(name('search'), { fullPage: false });
  });
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
