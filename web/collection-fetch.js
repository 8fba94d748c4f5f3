// Fetches a collection linked with `?collection=` in a dedicated worker, so the browser's own
// work on a large body (one 55-110 ms task for 12 MB, more on a busy machine) runs off the
// page; the bytes come back as a transferred ArrayBuffer, not copied. Issue 16, BENCHMARKS.md
// "Browser load at 10,000 readouts".
//
// This one file is both halves. In the page (a deferred script of index.html) it defines
// `readoutLensFetchCollection(url)`, which src/ui/linked.rs calls when it exists (the single-file
// build leaves this script out, and the app then fetches on the page as before). In the worker
// (the same file, started from this script's own address, so it works under any sub-path and is
// cached for offline use by the service worker like every other file of the build) it fetches.
// The answer is `{ status, statusText, body }`, or `{ failed: true }` when the request failed.
if (typeof document === 'undefined') {
  self.onmessage = async ({ data: url }) => {
    let reply;
    try {
      const response = await fetch(url);
      if (response.ok) {
        const body = await response.arrayBuffer();
        const timing = performance.getEntriesByName(url).pop();
        // When the last byte arrived, on the clock every page shares (for the benchmarks).
        const arrived = performance.timeOrigin + (timing ? timing.responseEnd : performance.now());
        reply = { status: response.status, body, arrived };
      } else {
        reply = { status: response.status, statusText: response.statusText };
      }
    } catch {
      reply = { failed: true };
    }
    self.postMessage(reply, reply.body ? [reply.body] : []);
  };
} else {
  const scriptUrl = document.currentScript.src;
  /** Resolves with the worker's answer; rejects if the worker could not start (the caller then
   * fetches on the page). */
  window.readoutLensFetchCollection = (url) => new Promise((resolve, reject) => {
    let worker;
    try {
      worker = new Worker(scriptUrl);
    } catch (err) {
      reject(err);
      return;
    }
    worker.onmessage = ({ data }) => {
      worker.terminate();
      if (data.arrived) {
        // "collection-arrived" marks when the last byte came, as the page's own fetch would
        // have in its resource timing: scripts/bench-browser*.mjs measure the load from it.
        performance.mark('collection-arrived', { startTime: data.arrived - performance.timeOrigin });
      }
      resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('the collection worker did not start'));
    };
    worker.postMessage(url);
  });
}
