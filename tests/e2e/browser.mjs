// Headless Chromium for the end-to-end tests, with the flags this machine needs (TOOLCHAIN.md),
// and a page that records every page error, console error, failed request and
// Content-Security-Policy violation so a test can fail on them.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One headless Chromium for many tests: its `fresh()` gives a new browser context, which is a
 * fresh profile of its own (empty IndexedDB, no service worker, no cache, no cookies) at the
 * cost of a tab, not of a browser start (about 2 s on a loaded machine).
 */
export async function launchShared() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    async fresh() {
      const context = await browser.newContext();
      return { context, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

/** Reports every CSP violation of the page to the test through a bound function. */
function listenForCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}${e.sample ? ` (${e.sample})` : ''}`);
  });
}

/**
 * A new page whose `errors` array collects page errors, console errors, failed requests, HTTP
 * error responses and CSP violations (the listener is installed before any script of the page runs).
 */
export async function newPage(context, options = {}) {
  const page = await context.newPage();
  page.errors = [];
  await page.exposeFunction('__reportCspViolation', (v) => page.errors.push(`csp: ${v}`));
  await page.addInitScript(listenForCspViolations);
  if (options.viewport) await page.setViewportSize(options.viewport);
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console: ${m.text()}`); });
  page.on('requestfailed', (r) => page.errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`http ${r.status()}: ${r.url()}`); });
  return page;
}

/** CSP violations recorded on the context's pages since the last call (each is reported once). */
export function cspViolations(context) {
  const found = [];
  for (const page of context.pages()) {
    const errors = page.errors ?? [];
    found.push(...errors.slice(page.cspReported ?? 0).filter((e) => e.startsWith('csp: ')));
    page.cspReported = errors.length;
  }
  return found;
}
