// The setup every end-to-end file shares: serve the release build (DIST, default dist/) on
// loopback and launch headless Chromium before the file's tests, close both after. After each
// test, any Content-Security-Policy violation on a page it opened fails that test, so the whole
// suite runs under the policy even where a test does not look at `page.errors` itself.
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, cspViolations } from './browser.mjs';

/** Registers the hooks; the returned object's `server` and `browser` are set once they run. */
export function useSite(dist = process.env.DIST ?? 'dist', prefix = '/') {
  const site = {};
  before(async () => {
    site.server = await serve(dist, prefix);
    site.browser = await launch();
  });
  afterEach(() => {
    if (site.browser) assert.deepEqual(cspViolations(site.browser.context), [], 'CSP violations');
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
