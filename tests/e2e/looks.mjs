// What every screenshot script shares: serve a build, then open one page for each width
// (1280 and 390 px) and colour scheme (light, dark) and let the script walk the views on it.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage } from './browser.mjs';

const WIDTHS = { wide: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/**
 * Serves `dist` and calls `visit(page, shot, url)` once per width and scheme. `shot(name,
 * options)` writes `out/<name>-<width>-<scheme>.png` (full page unless `options.fullPage` is
 * false; `options.locator` shoots one element instead). Page errors are printed, not thrown, so
 * a person still gets the pictures.
 */
export async function screenshotEachLook(dist, out, visit) {
  fs.mkdirSync(out, { recursive: true });
  const server = await serve(dist);
  const browser = await launch();
  try {
    for (const [wname, viewport] of Object.entries(WIDTHS)) {
      for (const scheme of ['light', 'dark']) {
        const page = await newPage(browser.context, { viewport, colorScheme: scheme });
        const shot = (name, { fullPage = true, locator } = {}) => {
          const file = path.join(out, `${name}-${wname}-${scheme}.png`);
          return locator ? locator.screenshot({ path: file }) : page.screenshot({ path: file, fullPage });
        };
        await visit(page, shot, server.url);
        if (page.errors.length) console.error(page.errors.join('\n'));
        await page.close();
      }
    }
    console.log(`screenshots in ${out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
