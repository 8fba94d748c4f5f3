// Chinese search in the browser (issue 16): loads a synthetic Chinese collection with
// ?collection= into the release build, waits until it is analysed, then types each query into
// the search box and times it to the results heading being shown and to the next frame (the
// same measure as scripts/bench-browser.mjs). Prints a Markdown table for BENCHMARKS.md.
//   cargo run --release --example synth -- --lang zh --count 10000 --seed 42 --out dist/data/zh-10000.json
//   node scripts/bench-search-zh.mjs dist data/zh-10000.json [tries]
import os from 'node:os';
import { serve } from '../tests/e2e/server.mjs';
import { launchBrowser, median, probes } from './bench-page.mjs';

const [site, collection, triesArg = '5'] = process.argv.slice(2);
if (!site || !collection) throw new Error('usage: node scripts/bench-search-zh.mjs SITE COLLECTION [tries]');
const TRIES = Number(triesArg);
const QUERIES = ['南海', '合作', '海', '人类命运共同体', '"一带一路"', '多边主义 南海'];

const server = await serve(site);
const browser = await launchBrowser({ offline: true });
const ms = (x) => `${Math.round(x)} ms`;

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probes, 180000);
  await page.goto(`${server.url}?collection=${collection}`);
  // Loaded: the summary counts more than the two bundled readouts and no load is in progress.
  const loaded = await page.evaluate(() => window.__when(() => {
    const summary = document.querySelector('[data-testid=summary]')?.textContent ?? '';
    return Number(summary.replace(/\D/g, '')) > 100 && !document.querySelector('[data-testid=load-progress]');
  }));
  const summary = await page.evaluate(() => document.querySelector('[data-testid=summary]').textContent);
  const longDuringLoad = await page.evaluate(() => window.__long.map((l) => l.duration));
  console.log('# Chinese search in the browser');
  console.log();
  console.log(`- date: ${new Date().toISOString()}; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`- Chromium ${browser.version()} headless; ${collection}: ${summary}, analysed ${ms(loaded)} after navigation; longest task during the load ${ms(Math.max(0, ...longDuringLoad))}`);
  console.log();
  console.log('| query | to results shown (median) | to next frame (median) | results heading |');
  console.log('| --- | --- | --- | --- |');
  for (const q of QUERIES) {
    const tries = [];
    let heading = '';
    for (let k = 0; k < TRIES; k++) {
      tries.push(await page.evaluate(async (q) => {
        const input = document.querySelector('#search');
        const t0 = performance.now();
        const done = window.__when(() => document.querySelector('[data-testid=search-heading]'), 30000);
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await done;
        const t2 = await window.__frame();
        return { dom: t1 - t0, frame: t2 - t0 };
      }, q));
      heading = await page.evaluate(() => document.querySelector('[data-testid=search-heading]').textContent);
      await page.evaluate(async () => {
        const input = document.querySelector('#search');
        const done = window.__when(() => !document.querySelector('[data-testid=search-heading]'), 30000);
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await done;
      });
    }
    console.log(`| ${q.replace(/\|/g, '\\|')} | ${ms(median(tries.map((t) => t.dom)))} | ${ms(median(tries.map((t) => t.frame)))} | ${heading} |`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
