// The setup every end-to-end file shares: serve the release build (DIST, default dist/) on
// loopback and start headless Chromium for the file's tests, and give EACH TEST a browser
// context of its own, a fresh profile (empty IndexedDB, no service worker, no cache), closed
// after it: a test sets up what it needs and never sees what another left, so any test, and any
// file, passes alone and in any order.
// After each test, any Content-Security-Policy violation on a page it opened fails that test,
// so the whole suite runs under the policy even where a test does not look at `page.errors`.
import { before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launchShared, cspViolations } from './browser.mjs';

/** Registers the hooks; the returned object's `server` is set for the file, `browser` (its
 * `context`) per test. */
export function useSite(dist = process.env.DIST ?? 'dist', prefix = '/') {
  const site = {};
  let chromium;
  before(async () => {
    site.server = await serve(dist, prefix);
    chromium = await launchShared();
  });
  beforeEach(async () => {
    site.browser = await chromium.fresh();
  });
  afterEach(async () => {
    const browser = site.browser;
    site.browser = undefined;
    try {
      if (browser) assert.deepEqual(cspViolations(browser.context), [], 'CSP violations');
    } finally {
      await browser?.close();
    }
  });
  after(async () => {
    await chromium?.close();
    await site.server?.close();
  });
  return site;
}
