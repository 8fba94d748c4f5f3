// Service worker of the hosted build: the app keeps working offline after the first visit.
// scripts/post-build.mjs writes dist/sw.js from this file, filling in BUILD (a hash of the
// asset names) and ASSETS (the hashed files of this build). Hashed files never change, so they
// are served from the cache first; index.html is fetched from the network first so that a new
// build is picked up on the next visit, with the cached copy as the offline fallback. A new
// build changes this file, the browser installs it, and it deletes the previous build's cache.
// Collections linked with `?collection=` (JSON files of the site) are fetched from the network
// first and kept in a cache of their own, which builds leave alone, so a linked collection opens
// offline too; the page that installs the worker has its collection cached at activation.
const BUILD = '__BUILD__';
const ASSETS = __ASSETS__;
const CACHE = `readout-lens-${BUILD}`;
const DATA = 'readout-lens-data';
const SCOPE = new URL('./', self.location).href;
const INDEX = new URL('index.html', SCOPE).href;
const HASHED = new Set(ASSETS.map((a) => new URL(a, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // `reload` skips the HTTP cache, so an old index.html cannot be paired with new assets.
    await cache.addAll([INDEX, ...HASHED].map((url) => new Request(url, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('readout-lens-') && key !== CACHE && key !== DATA) await caches.delete(key);
    }
    await self.clients.claim();
    // The collection the installing page was opened with was fetched before this worker ran.
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      const link = new URL(client.url).searchParams.get('collection');
      const url = link && collectionUrl(new URL(link, client.url));
      if (url) {
        try { await networkFirst(new Request(url), DATA); } catch { /* offline: next time */ }
      }
    }
  })());
});

/** `url` without its fragment, if it is a JSON file of this site under the app's folder. */
function collectionUrl(url) {
  url.hash = '';
  return url.href.startsWith(SCOPE) && url.pathname.endsWith('.json') ? url.href : null;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (HASHED.has(url.href)) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (request.mode !== 'navigate' && collectionUrl(new URL(url))) {
    event.respondWith(networkFirst(request, DATA));
    return;
  }
  url.search = '';
  // Only the app's own page; other pages that share the folder are left to the network.
  if (request.mode === 'navigate' && (url.href === SCOPE || url.href === INDEX)) {
    event.respondWith(networkFirst(request, CACHE, INDEX));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** From the network, kept in `cacheName` under `key`; the kept copy when offline. */
async function networkFirst(request, cacheName, key = request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (offline) {
    const hit = await cache.match(key);
    if (hit) return hit;
    throw offline;
  }
}
