// The setup every end-to-end file shares: serve the release build (DIST, default dist/) on
// loopback and launch headless Chromium before the file's tests, close both after.
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

/** Registers the hooks; the returned object's `server` and `browser` are set once they run. */
export function useSite(dist = process.env.DIST ?? 'dist') {
  const site = {};
  before(async () => {
    site.server = await serve(dist);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
