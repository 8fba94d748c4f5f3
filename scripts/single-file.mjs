// Turns a release build (dist/) into one self-contained HTML file that works when opened
// straight from disk (file://), with no server:
//   node scripts/single-file.mjs [dist] [out-file]     (default dist-single/readout-lens.html)
// scripts/single-file.sh runs the release build first. Each style sheet becomes a <style>, the
// favicon a data URL, and the wasm-bindgen module and Trunk's start-up code one inline module
// that gets the wasm from a gzip+base64 string (file:// forbids fetching it) and unpacks it with
// the browser's DecompressionStream; the crash banner's script (web/crash.js) goes first in it.
// The service worker is left out (file:// has none), and so is the worker that fetches a linked
// collection. The page gets its own Content-Security-Policy allowing exactly its inline script
// and style by hash.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { cspHash, cspOf, withCsp, inlineScripts } from './lib/html.mjs';

const [dist = 'dist', out = 'dist-single/readout-lens.html'] = process.argv.slice(2);
let html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const read = (rel) => fs.readFileSync(path.join(dist, rel.replace(/^\.\//, '')));

/** Removes the one element `re` matches, and returns its first capture; fails if it is missing. */
function take(re, what) {
  const m = html.match(re);
  if (!m) throw new Error(`single-file: ${what} not found in ${dist}/index.html`);
  html = html.replace(m[0], '');
  return m[1];
}

// Every style sheet becomes a <style> in its place, so the cascade order is kept.
const styles = [];
for (const link of html.match(/<link rel="stylesheet" href="[^"]+"[^>]*\/?>/g) ?? []) {
  const css = read(link.match(/href="([^"]+)"/)[1]).toString('utf8');
  if (/<\/style/i.test(css)) throw new Error('single-file: closing tag inside a style sheet');
  styles.push(css);
  html = html.replace(link, () => `<style>${css}</style>`);
}
if (!styles.length) throw new Error(`single-file: no style sheet in ${dist}/index.html`);
const icon = take(/<link rel="icon" href="([^"]+)"[^>]*\/?>/, 'favicon');
take(/<script src="(\.\/sw-register-[^"]+)"[^>]*><\/script>/, 'service worker registration');
// The banner for an internal error (web/crash.js) runs inside the one inline script below.
const crash = read(take(/<script src="(\.\/crash-[^"]+)"[^>]*><\/script>/, 'crash banner')).toString('utf8');
// A linked collection (`?collection=`) needs a site, which a file opened from disk is not.
take(/<script src="(\.\/collection-fetch-[^"]+)"[^>]*><\/script>/, 'collection fetch worker');
take(/<link rel="modulepreload" href="([^"]+)"[^>]*>/, 'module preload');
take(/<link rel="preload" href="([^"]+)"[^>]*>/, 'wasm preload');

// Trunk's start-up module imports the bindings and passes the wasm path to `init`.
const start = inlineScripts(html).find((s) => /import init/.test(s.text));
if (!start) throw new Error('single-file: Trunk start-up script not found');
const jsFile = start.text.match(/from '([^']+\.js)'/)[1];
const wasmFile = start.text.match(/module_or_path: '([^']+\.wasm)'/)[1];
const bindings = read(jsFile).toString('utf8');
// The module ends with `export { initSync, __wbg_init as default };`, or in a minified release
// build with the same list under short names (`export{J as initSync,$ as default};`).
const exportLine = /export\s*\{([^}]*)\};?\s*$/;
const exported = bindings.match(exportLine)?.[1].split(',').map((e) => e.trim().split(/\s+as\s+/));
const init = exported?.find(([, name]) => name === 'default')?.[0];
if (!init || !exported.some(([local, name]) => (name ?? local) === 'initSync')) throw new Error('single-file: unexpected wasm-bindgen module shape');
if (/\bimport\s.*\bfrom\s*['"]/.test(bindings)) throw new Error('single-file: the bindings import other files (snippets), which cannot be inlined here');
const wasmGz = zlib.gzipSync(read(wasmFile), { level: 9 }).toString('base64');

const script = `${crash}
${bindings.replace(exportLine, '')}
// Readout Lens single file: the wasm module is below, gzipped and base64-encoded.
const packed = Uint8Array.from(atob('${wasmGz}'), (c) => c.charCodeAt(0));
const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
const started = await ${init}({ module_or_path: await new Response(unpacked).arrayBuffer() });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: started } }));
`;
// `</script` inside the text would end the element early; the bindings never contain it.
if (/<\/script/i.test(script)) throw new Error('single-file: closing tag inside the inlined script');
html = html.replace(start.tag, () => `<script type="module">${script}</script>`);
const iconData = `data:image/svg+xml;base64,${read(icon).toString('base64')}`;
html = html.replace('</head>', () => `<link rel="icon" href="${iconData}" />\n</head>`);

// No origin to trust on file://: only this page's own script and style, by hash.
if (!cspOf(html)) throw new Error('single-file: no Content-Security-Policy in the build');
html = withCsp(html, [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${cspHash(script)}`,
  `style-src ${[...new Set(styles.map(cspHash))].join(' ')}`,
  'img-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; '));

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
const raw = Buffer.byteLength(html);
const gz = zlib.gzipSync(html, { level: 9 }).length;
console.log(`single-file: ${out}: ${raw.toLocaleString('en')} B raw, ${gz.toLocaleString('en')} B gzip -9`);
