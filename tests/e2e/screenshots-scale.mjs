// Screenshots of the timeline and the binned matrix with 10,000 synthetic readouts loaded by
// ?collection=, at 1280 and 390 px, light and dark, for a person to look at:
//   node tests/e2e/screenshots-scale.mjs [dist] [out-dir]
// (after `trunk build --release`; writes the collection with `cargo run --release --example synth`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { screenshotEachLook } from './looks.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-shots-'));
try {
  fs.cpSync(dist, root, { recursive: true });
  fs.mkdirSync(path.join(root, 'data'));
  execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'synth', '--', '--count', '10000', '--seed', '42',
    '--out', path.join(root, 'data', 'synthetic-10000.json')], { stdio: 'inherit' });
  await screenshotEachLook(root, out, async (page, shot, url) => {
    await page.goto(`${url}?collection=data/synthetic-10000.json`);
    await page.getByTestId('load-progress').waitFor();
    await shot('scale-loading', { fullPage: false });
    await page.waitForFunction(() => document.querySelector('[data-testid=summary]')?.textContent === '10002 meetings', null, { timeout: 60000 });
    await page.locator('.timeline-viewport').evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
    await page.waitForTimeout(300);
    await shot('scale-timeline', { locator: page.locator('.timeline-viewport') });
    await page.getByTestId('matrix').scrollIntoViewIfNeeded();
    await shot('scale-matrix', { locator: page.locator('.matrix-section') });
    await shot('scale-page', { fullPage: false });
  });
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
