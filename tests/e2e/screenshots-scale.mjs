// Screenshots of the timeline and the binned matrix with 10,000 synthetic readouts loaded by
// ?collection=, at 1280 and 390 px, light and dark, for a person to look at:
//   node tests/e2e/screenshots-scale.mjs [dist] [out-dir]
// (after `trunk build --release`; writes the collection with `cargo run --release --example synth`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './server.mjs';
import { launch, newPage } from './browser.mjs';

const [dist = 'dist', out = 'tests/e2e/screenshots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-shots-'));
fs.cpSync(dist, root, { recursive: true });
fs.mkdirSync(path.join(root, 'data'));
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'synth', '--', '--count', '10000', '--seed', '42',
  '--out', path.join(root, 'data', 'synthetic-10000.json')], { stdio: 'inherit' });
const server = await serve(root);
const browser = await launch();
const widths = { wide: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
try {
  for (const [wname, viewport] of Object.entries(widths)) {
    for (const scheme of ['light', 'dark']) {
      const page = await newPage(browser.context, { viewport, colorScheme: scheme });
      await page.goto(`${server.url}?collection=data/synthetic-10000.json`);
      await page.getByTestId('load-progress').waitFor();
      await page.screenshot({ path: path.join(out, `scale-loading-${wname}-${scheme}.png`) });
      await page.waitForFunction(() => document.querySelector('[data-testid=summary]')?.textContent === '10002 meetings', null, { timeout: 60000 });
      await page.locator('.timeline-viewport').evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
      await page.waitForTimeout(300);
      await page.locator('.timeline-viewport').screenshot({ path: path.join(out, `scale-timeline-${wname}-${scheme}.png`) });
      await page.getByTestId('matrix').scrollIntoViewIfNeeded();
      await page.locator('.matrix-section').screenshot({ path: path.join(out, `scale-matrix-${wname}-${scheme}.png`) });
      await page.screenshot({ path: path.join(out, `scale-page-${wname}-${scheme}.png`) });
      if (page.errors.length) console.error(page.errors.join('\n'));
      await page.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
}
