// What the browser benchmarks share: headless Chromium launched with the end-to-end tests'
// flags, the probes installed in every page before its scripts, and the median of the runs.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';

/** Headless Chromium; `offline` makes every host name but 127.0.0.1 fail to resolve, so a
 * request that leaves the machine fails (and can be counted) instead of timing the network. */
export function launchBrowser({ offline = false } = {}) {
  const args = offline ? [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

/**
 * Installed with `page.addInitScript(probes, timeout)`: `window.__long` collects the long tasks
 * ({ start, duration }); `window.__when(test, timeout)` resolves with the time at which `test()`
 * first holds, checked now and after every DOM change, and rejects after `timeout` ms (the
 * argument is its default); `window.__frame()` resolves with the time of the next frame.
 */
export function probes(defaultTimeout) {
  window.__long = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* not supported */ }
  window.__when = (test, timeout = defaultTimeout) => new Promise((resolve, reject) => {
    const check = () => { try { return test(); } catch { return false; } };
    if (check()) { resolve(performance.now()); return; }
    const obs = new MutationObserver(() => {
      if (check()) { obs.disconnect(); clearTimeout(timer); resolve(performance.now()); }
    });
    obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => { obs.disconnect(); reject(new Error('timeout')); }, timeout);
  });
  window.__frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
}

/** One init script of the probes and then `more` (a function run after them, which may use
 * `__when`): Playwright does not say in which order separate init scripts run. */
export const probesThen = (timeout, more) => `(${probes})(${timeout});(${more})();`;

/** The median of `xs` (the lower middle of an even count). */
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

/** Run in the page with `page.evaluate(collectionArrived, file)`: when the last byte of the
 * linked collection named `file` arrived, on the page's clock. The app fetches it in a worker
 * (web/collection-fetch.js), which marks the time as "collection-arrived"; a build that fetches
 * on the page has it in the page's resource timing instead. */
export function collectionArrived(file) {
  const own = performance.getEntriesByType('resource').find((e) => e.name.includes(file));
  return own?.responseEnd ?? performance.getEntriesByName('collection-arrived').pop()?.startTime ?? null;
}
