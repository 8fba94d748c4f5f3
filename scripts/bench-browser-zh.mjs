// Browser benchmark of Chinese readouts at scale (issue 16): loads 10,000 synthetic Chinese and
// 10,000 mixed (English and Chinese in turn) readouts from a linked collection into the release
// build and prints, per corpus, the time from the collection's arrival to the loaded, analysed
// timeline (parsed, topics, index, formulations) and the long tasks meanwhile, plus a search for
// 南海. Writes the collections with the synth example first:
//   cargo build --release --example synth
//   node scripts/bench-browser-zh.mjs DIST [count] [runs]
//   cargo build --release --bin readout   (counts the meetings the timeline must show)
// DIST is a release build (trunk build --release); the collections are written into it and
// removed afterwards. Numbers are medians of the runs.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/e2e/server.mjs';
import { collectionArrived, launchBrowser, median, probes } from './bench-page.mjs';

const [dist = 'dist', countArg = '10000', runsArg = '3'] = process.argv.slice(2);
const COUNT = Number(countArg);
const RUNS = Number(runsArg);
const target = process.env.CARGO_TARGET_DIR ?? 'target';
const synth = path.join(target, 'release', 'examples', 'synth');
// LANGS=en,zh,mixed adds the English corpus, for a comparison on the same machine and load.
const LANGS = (process.env.LANGS ?? 'zh,mixed').split(',');
const files = {};
// The timeline counts meetings, not readouts: a mixed corpus holds some English and Chinese
// versions of one meeting, which group into one card. The command line's grouping (the same
// core code) says how many to wait for; the two bundled seeds are two more.
const meetings = {};
for (const lang of LANGS) {
  files[lang] = `bench-${lang}-${COUNT}.json`;
  execFileSync(synth, ['--lang', lang, '--count', String(COUNT), '--seed', '42', '--out', path.join(dist, files[lang])], { stdio: 'inherit' });
  const grouped = execFileSync(path.join(target, 'release', 'readout'), ['meetings', path.join(dist, files[lang])], { maxBuffer: 1 << 30 });
  meetings[lang] = JSON.parse(grouped).length + 2;
}

const server = await serve(dist);
const browser = await launchBrowser();

console.log(`| corpus (${COUNT.toLocaleString('en')} readouts) | collection arrived → loaded and analysed | → formulations done | long tasks over 50 ms (all runs) | longest task | search 南海 |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const lang of LANGS) {
  const loads = []; const finals = []; const longs = []; const startup = []; const searches = [];
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(probes, 300000);
    // When the app first showed its timeline (the bundled readouts): a long task before it is
    // the app starting (module instantiation, first render), not the collection's load, and is
    // reported apart. The worker can deliver the collection before the app has started.
    await page.addInitScript(() => {
      const obs = new MutationObserver(() => {
        if (document.querySelector('[data-testid=summary]')) { window.__started = performance.now(); obs.disconnect(); }
      });
      obs.observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${server.url}?collection=${files[lang]}`);
    const want = `${meetings[lang]} meetings`;
    const t = await page.evaluate(async (want) => {
      const loaded = await window.__when(() => document.querySelector('[data-testid=summary]')?.textContent === want);
      const done = await window.__when(() => !document.querySelector('[data-testid=load-progress]'));
      return { loaded, done };
    }, want);
    const arrived = (await page.evaluate(collectionArrived, files[lang])) ?? 0;
    loads.push(t.loaded - arrived);
    finals.push(t.done - arrived);
    const started = await page.evaluate(() => window.__started ?? 0);
    for (const l of await page.evaluate((a) => window.__long.filter((l) => l.start >= a - 1), arrived)) {
      (l.start < started ? startup : longs).push(l);
    }
    searches.push(await page.evaluate(async () => {
      const i = document.querySelector('#search');
      const t0 = performance.now();
      i.value = '南海';
      i.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await window.__when(() => !!document.querySelector('[data-testid=search-heading]'));
      return t1 - t0;
    }));
    await context.close();
  }
  const over = longs.filter((l) => l.duration > 100).map((l) => `${Math.round(l.duration)} ms`);
  const longest = Math.max(0, ...longs.map((l) => l.duration));
  const early = startup.length ? ` (and ${startup.length} while the app was still starting, longest ${Math.round(Math.max(...startup.map((l) => l.duration)))} ms)` : '';
  console.log(`| ${{ en: 'English', zh: 'Chinese', mixed: 'mixed' }[lang]} | **${Math.round(median(loads))} ms** | ${Math.round(median(finals))} ms | ${longs.length} (over 100 ms: ${over.join(', ') || 'none'})${early} | ${Math.round(longest)} ms | ${Math.round(median(searches))} ms |`);
}
await browser.close();
await server.close();
for (const f of Object.values(files)) fs.rmSync(path.join(dist, f));
