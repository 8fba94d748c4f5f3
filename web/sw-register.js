// Registers the service worker (web/sw.js) of the hosted build, so the app works offline after
// the first visit. A file rather than an inline script, so the Content-Security-Policy needs no
// hash for it. Relative URL: the worker's scope is the folder the app is served from.
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker.register('./sw.js').catch((err) => {
    // Offline support is an extra: the app works without it.
    console.warn('Readout Lens: offline support unavailable:', err);
  });
}
