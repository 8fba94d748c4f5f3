// Browser benchmark (issue 8), run by scripts/bench.sh, which prepares WORK:
//   WORK/site/            the release build, with data/synthetic-1000.json and -10000.json
//   WORK/timelinejs/      TimelineJS from npm (installed at bench time) and tl-*.json events
// Serves WORK on loopback, drives headless Chromium with Playwright and prints Markdown tables:
// transfer size, first paint with the bundled readouts, and at 1,000 and 10,000 readouts the
// load, first paint, filter, search, comparison, scrolling and heap figures; then TimelineJS on
// the same meetings. Every request that is not to loopback fails (no host name resolves but
// 127.0.0.1) and is counted; requests are not intercepted, which would add a round trip
// through Playwright to each one and delay every page's first paint.
//   node scripts/bench-browser.mjs WORK [runs]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/e2e/server.mjs';
import { collectionArrived, launchBrowser, median, probesThen } from './bench-page.mjs';

const [work, runsArg = '5'] = process.argv.slice(2);
if (!work) throw new Error('usage: node scripts/bench-browser.mjs WORK [runs]');
const RUNS = Number(runsArg);
const SIZES = [1000, 10000];

const server = await serve(work);
const base = server.url; // http://127.0.0.1:PORT/
const browser = await launchBrowser({ offline: true });

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const ms = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;

// Run in every page before its scripts, after bench-page.mjs's probes (long tasks, `__when`,
// `__frame`): the wasm instance, and the times of the first card and its paint.
const MARKS = () => {
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  window.__marks = {};
  const watch = (name, test) => window.__when(test).then(async (t) => {
    window.__marks[name] = t;
    window.__marks[`${name}Paint`] = await window.__frame();
  }, () => {});
  watch('card', () => document.querySelector('[data-testid=meeting-card]'));
};

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requested = [];
  const blocked = [];
  page.on('request', (r) => {
    requested.push(r.url());
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1') blocked.push(url.href);
  });
  await page.addInitScript(probesThen(120000, MARKS));
  page.blocked = blocked;
  page.requested = requested;
  page.done = () => context.close();
  return page;
}

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  await cdp.detach();
  return { js: usage.usedSize, wasm };
}

/** Frame times while `step(i)` scrolls something once per animation frame, for `frames` frames. */
async function scrollFrames(page, selector, axis, frames = 180, px = 60) {
  return page.evaluate(async ({ selector, axis, frames, px }) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const times = [];
    let last = await window.__frame();
    for (let i = 0; i < frames; i++) {
      if (axis === 'y') el.scrollTop += px; else el.scrollLeft += px;
      const now = await window.__frame();
      times.push(now - last);
      last = now;
    }
    return times;
  }, { selector, axis, frames, px });
}

function frameSummary(times) {
  if (!times) return 'n/a';
  const over = times.filter((t) => t > 1000 / 60 + 1).length;
  return `median ${median(times).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms, ${over}/${times.length} frames over 17.7 ms`;
}

/** Time from an action to the condition holding, then to the next frame. */
async function latency(page, action, condition, arg) {
  return page.evaluate(async ({ action, condition, arg }) => {
    const act = new Function('arg', action);
    const cond = new Function('arg', condition);
    const t0 = performance.now();
    const done = window.__when(() => cond(arg), 30000);
    act(arg);
    const t1 = await done;
    const t2 = await window.__frame();
    return { dom: t1 - t0, frame: t2 - t0 };
  }, { action: action.toString(), condition: condition.toString(), arg });
}

function sizes(root, files) {
  const rows = [];
  for (const f of files) {
    const body = fs.readFileSync(path.join(root, f));
    rows.push({
      file: f,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

const out = [];
const say = (line = '') => { out.push(line); console.log(line); };

// ---- Machine ----
const commit = (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(); } catch { return '?'; } })();
say(`# Browser benchmark`);
say();
say(`- date: ${new Date().toISOString()}`);
say(`- machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, ${mb(os.totalmem())} RAM, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
say(`- browser: Chromium ${browser.version()} headless (--disable-gpu), viewport 1280x900, served on loopback`);
say(`- commit: ${commit}; runs per figure: ${RUNS} (median shown)`);
say();

// ---- Transfer size ----
const site = path.join(work, 'site');
const appFiles = fs.readdirSync(site).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
const app = sizes(site, appFiles);
say('## App transfer size (files the page loads, compressed as a server would: gzip -9, brotli 11)');
say();
say('| file | raw | gzip | brotli |');
say('| --- | --- | --- | --- |');
for (const r of app) say(`| ${r.file.replace(/-[0-9a-f]{8,16}(?=[._])/, '')} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.br)} |`);
const total = (k) => app.reduce((s, r) => s + r[k], 0);
say(`| **total** | ${kb(total('raw'))} | **${kb(total('gzip'))}** | **${kb(total('br'))}** |`);
say();

// ---- First paint with the bundled readouts ----
const firstPaint = [];
const fcp = [];
for (let i = 0; i < RUNS; i++) {
  const page = await newPage();
  await page.goto(`${base}site/`);
  await page.waitForFunction(() => window.__marks.cardPaint);
  firstPaint.push(await page.evaluate(() => window.__marks.cardPaint));
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  if (paint != null) fcp.push(paint);
  await page.done();
}
say('## Bundled readouts (2): navigation to timeline visible');
say();
say(`| figure | median | min | max |`);
say(`| --- | --- | --- | --- |`);
say(`| first meeting card painted (first frame after it is in the DOM) | **${ms(median(firstPaint))}** | ${ms(Math.min(...firstPaint))} | ${ms(Math.max(...firstPaint))} |`);
say(`| first contentful paint | ${ms(median(fcp))} | ${ms(Math.min(...fcp))} | ${ms(Math.max(...fcp))} |`);
say();

// ---- 1,000 and 10,000 readouts ----
const results = {};
for (const n of SIZES) {
  const runs = [];
  for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
    const page = await newPage();
    await page.goto(`${base}site/?collection=data/synthetic-${n}.json`);
    const want = `${n + 2} meetings`;
    const loaded = await page.evaluate(async (want) => {
      const t = await window.__when(() => document.querySelector('[data-testid=summary]')?.textContent === want);
      const paint = await window.__frame();
      const formulations = await window.__when(() => !document.querySelector('[data-testid=load-progress]'));
      return { loaded: t, paint, formulations };
    }, want);
    const fetched = await page.evaluate(collectionArrived, `synthetic-${n}.json`);
    const long = await page.evaluate(() => window.__long);
    const during = long.filter((l) => l.start >= (fetched ?? 0) - 1);
    const memory = await heap(page);
    const r = { ...loaded, fetched, long: during, memory };
    if (i === 0) {
      // Interaction figures once per size (each is itself a median of several tries).
      const country = async (check) => latency(page,
        'document.querySelector("[data-testid=facet-countries] input[type=checkbox]").click()',
        'return document.querySelector("[data-testid=summary]").textContent !== arg', want);
      const filt = [];
      for (let k = 0; k < 3; k++) {
        filt.push(await country(true));
        const back = await latency(page,
          'document.querySelector("[data-testid=facet-countries] input[type=checkbox]").click()',
          'return document.querySelector("[data-testid=summary]").textContent === arg', want);
        filt.push(back);
      }
      r.filter = filt;
      const search = {};
      for (const q of ['vietnam', 'cooperation', 'maritime coop', '"the two countries should"']) {
        const tries = [];
        for (let k = 0; k < 3; k++) {
          tries.push(await latency(page,
            'const i = document.querySelector("#search"); i.value = arg; i.dispatchEvent(new Event("input", { bubbles: true }));',
            'return !!document.querySelector("[data-testid=search-heading]")',
            q));
          await latency(page,
            'const i = document.querySelector("#search"); i.value = ""; i.dispatchEvent(new Event("input", { bubbles: true }));',
            'return !document.querySelector("[data-testid=search-heading]")', '');
        }
        search[q] = tries;
      }
      r.search = search;
      r.timelineScroll = await scrollFrames(page, '.timeline-viewport', 'y');
      r.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      r.cards = await page.evaluate(() => document.querySelectorAll('[data-testid=meeting-card]').length);
      r.matrixScrollBinned = await scrollFrames(page, '.matrix-scroll', 'x', 120, 40);
      r.matrixBin = await page.evaluate(() => document.querySelector('[data-testid=matrix]')?.dataset.bin);
      r.matrixColumns = await page.evaluate(() => document.querySelector('[data-testid=matrix]')?.dataset.columns);
      const perMeeting = await latency(page,
        'const s = document.querySelector("[data-testid=matrix-bin]"); s.value = "meeting"; s.dispatchEvent(new Event("change", { bubbles: true }));',
        'return document.querySelector("[data-testid=matrix]")?.dataset.bin === "each meeting"', '');
      r.perMeeting = perMeeting;
      r.matrixScroll = await scrollFrames(page, '.matrix-scroll', 'x', 180, 60);
      r.matrixCells = await page.evaluate(() => document.querySelectorAll('[data-testid=matrix] td').length);
      const ids = await page.evaluate(() => [...document.querySelectorAll('[data-testid=meeting-card] h3 a')].slice(0, 3).map((a) => a.getAttribute('href').split('/').pop()));
      r.compare = await latency(page, 'location.hash = "#/compare?ids=" + arg.join(",")',
        'return document.querySelector("[data-testid=compare-grid]")', ids);
      r.blocked = page.blocked.length;
    }
    runs.push(r);
    await page.done();
  }
  results[n] = runs;
}

for (const n of SIZES) {
  const runs = results[n];
  const first = runs[0];
  const long = runs.flatMap((r) => r.long);
  const maxLong = Math.max(0, ...long.map((l) => l.duration));
  say(`## ${n.toLocaleString('en')} synthetic readouts loaded with ?collection= (${runs.length} runs)`);
  say();
  say('| figure | result |');
  say('| --- | --- |');
  say(`| collection fetched (navigation to response end) | ${ms(median(runs.map((r) => r.fetched)))} |`);
  say(`| loaded and analysed: parsed, analysed, indexed, timeline updated (from navigation) | **${ms(median(runs.map((r) => r.loaded)))}** (${ms(median(runs.map((r) => r.loaded - r.fetched)))} after the fetch) |`);
  say(`| first timeline paint with the ${n.toLocaleString('en')} meetings (from navigation) | ${ms(median(runs.map((r) => r.paint)))} |`);
  say(`| formulations found too (progress bar gone) | ${ms(median(runs.map((r) => r.formulations)))} (${ms(median(runs.map((r) => r.formulations - r.fetched)))} after the fetch) |`);
  say(`| long tasks (over 50 ms) from the fetch to the end of the load, all runs | ${long.length} in ${runs.length} runs; longest **${ms(maxLong)}**; over 100 ms: ${long.filter((l) => l.duration > 100).map((l) => ms(l.duration)).join(', ') || 'none'} |`);
  const f = first.filter;
  say(`| filter: tick / untick a country (to DOM updated; to next frame) | median ${ms(median(f.map((x) => x.dom)))}; ${ms(median(f.map((x) => x.frame)))} (max ${ms(Math.max(...f.map((x) => x.frame)))}) |`);
  for (const [q, tries] of Object.entries(first.search)) {
    say(`| search ${q.replace(/\|/g, '\\|')} (to results shown; to next frame) | ${ms(median(tries.map((x) => x.dom)))}; ${ms(median(tries.map((x) => x.frame)))} |`);
  }
  say(`| 3-column comparison rendered (hash change to grid; to next frame) | ${ms(first.compare.dom)}; ${ms(first.compare.frame)} |`);
  say(`| timeline scroll, 180 frames of 60 px | ${frameSummary(first.timelineScroll)} |`);
  say(`| DOM while scrolling | ${first.domNodes.toLocaleString('en')} elements in the page, ${first.cards} meeting cards |`);
  say(`| matrix, automatic grain | ${first.matrixColumns} columns by ${first.matrixBin}; horizontal scroll: ${frameSummary(first.matrixScrollBinned)} |`);
  say(`| matrix, one column per meeting | switch ${ms(first.perMeeting.frame)}; ${first.matrixCells.toLocaleString('en')} cells drawn; scroll: ${frameSummary(first.matrixScroll)} |`);
  say(`| JS heap after GC / wasm memory | **${mb(median(runs.map((r) => r.memory.js)))}** / ${mb(median(runs.map((r) => r.memory.wasm)))} |`);
  say(`| requests blocked (not loopback) | ${first.blocked} |`);
  say();
}

// ---- TimelineJS on the same meetings ----
const tl = path.join(work, 'timelinejs');
if (fs.existsSync(tl)) {
  // The same page for every size: fetches tl-N.json (events written by scripts/bench.sh from
  // the command line's parse of the same collection) and hands it to TimelineJS.
  fs.writeFileSync(path.join(tl, 'page.html'), `<!doctype html>
<html><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
const n = new URLSearchParams(location.search).get('n');
fetch('tl-' + n + '.json').then((r) => r.json()).then((data) => {
  window.timeline = new TL.Timeline('timeline-embed', data, { script_path: new URL('node_modules/@knight-lab/timelinejs/dist/js/', location.href).href });
});
</script></body></html>
`);
  const dist = 'node_modules/@knight-lab/timelinejs/dist';
  const tlFiles = sizes(tl, [`${dist}/js/timeline.js`, `${dist}/css/timeline.css`]);
  const tlTotal = (k) => tlFiles.reduce((s, r) => s + r[k], 0);
  say('## TimelineJS 3.9.11 (npm `@knight-lab/timelinejs`, installed at bench time), same meetings');
  say();
  say(`Transfer size (timeline.js + timeline.css): ${kb(tlTotal('raw'))} raw, **${kb(tlTotal('gzip'))} gzip**, ${kb(tlTotal('br'))} brotli (Readout Lens: ${kb(total('gzip'))} gzip, ${kb(total('br'))} brotli; TimelineJS only draws the timeline, with no parsing, analysis, search, matrix or comparison).`);
  say();
  say('| meetings | TimelineJS: navigation to first slide painted | Readout Lens: navigation to timeline painted | TimelineJS longest task | TimelineJS JS heap | TimelineJS requests blocked (not loopback) |');
  say('| --- | --- | --- | --- | --- | --- |');
  for (const [label, n] of [['2 (bundled)', 2], ...SIZES.map((s) => [s.toLocaleString('en'), s])]) {
    const paints = [];
    let longest = 0;
    let mem = null;
    let failed = null;
    let blockedTl = 0;
    for (let i = 0; i < (n > 2 ? 1 : RUNS); i++) {
      const page = await newPage();
      try {
        await page.goto(`${base}timelinejs/page.html?n=${n}`);
        const t = await page.evaluate(async (n) => {
          await window.__when(() => document.querySelector('.tl-headline') && document.querySelector('.tl-timemarker'), n > 1000 ? 180000 : 60000);
          return window.__frame();
        }, n);
        paints.push(t);
        longest = Math.max(longest, ...(await page.evaluate(() => window.__long.map((l) => l.duration))));
        mem = await heap(page);
        blockedTl = page.blocked.length;
      } catch (e) {
        failed = e.message.split('\n')[0];
      }
      await page.done();
    }
    const ours = n === 2 ? median(firstPaint) : median(results[n].map((r) => r.paint));
    say(`| ${label} | ${paints.length ? `**${ms(median(paints))}**` : `did not render (${failed})`} | ${ms(ours)} | ${ms(longest)} | ${mem ? mb(mem.js) : 'n/a'} | ${blockedTl} |`);
  }
  say();
}

fs.writeFileSync(path.join(work, 'results.md'), out.join('\n') + '\n');
console.error(`(tables also written to ${path.join(work, 'results.md')})`);
await browser.close();
await server.close();
