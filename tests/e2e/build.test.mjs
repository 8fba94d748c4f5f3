// The release output itself, without a browser: the Content-Security-Policy of index.html and of
// the single file allows exactly their inline scripts (by a hash that matches) and nothing
// unsafe; every .gz and .br copy unpacks to its file; sw.js lists exactly this build's files;
// the style sheets are one file, it and the scripts are minified, and integrity hashes match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { cspHash, cspOf, parseCsp, inlineScripts, inlineStyles } from '../../scripts/lib/html.mjs';

const DIST = process.env.DIST ?? 'dist';
const SINGLE = process.env.SINGLE ?? 'dist-single/readout-lens.html';
const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');

/** The policy's directives, after checking what every policy of ours must say. */
function strictPolicy(page) {
  const policy = cspOf(page);
  assert.ok(policy, 'a Content-Security-Policy meta element');
  assert.ok(page.indexOf('http-equiv="Content-Security-Policy"') < page.indexOf('<script'), 'the policy comes before any script');
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\{\{/);
  const csp = parseCsp(policy);
  assert.deepEqual(csp.get('object-src'), ["'none'"]);
  assert.deepEqual(csp.get('base-uri'), ["'none'"]);
  assert.ok(csp.get('script-src').includes("'wasm-unsafe-eval'"));
  return csp;
}

test('index.html allows its inline start-up script by a hash that matches it, and nothing unsafe', () => {
  const csp = strictPolicy(html);
  const scripts = inlineScripts(html);
  assert.equal(scripts.length, 1, 'only Trunk\'s start-up module is inline');
  assert.match(scripts[0].text, /import init/);
  const hashes = csp.get('script-src').filter((s) => s.startsWith("'sha256-"));
  assert.deepEqual(hashes, [cspHash(scripts[0].text)]);
  assert.deepEqual(csp.get('script-src'), ["'self'", "'wasm-unsafe-eval'", ...hashes]);
  assert.deepEqual(csp.get('style-src'), ["'self'"]);
  assert.equal(inlineStyles(html).length, 0);
  assert.doesNotMatch(html, /\sstyle="/, 'no style attributes');
});

test('every compressible file has .gz and .br copies that unpack to the same bytes', () => {
  const files = fs.readdirSync(DIST).filter((f) => /\.(html|js|css|wasm|svg|json)$/.test(f));
  const compressed = files.filter((f) => fs.statSync(path.join(DIST, f)).size >= 1024);
  assert.ok(compressed.some((f) => f.endsWith('.wasm')) && compressed.includes('index.html'), compressed.join(', '));
  for (const f of compressed) {
    const body = fs.readFileSync(path.join(DIST, f));
    assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(DIST, `${f}.gz`))).equals(body), `${f}.gz`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST, `${f}.br`))).equals(body), `${f}.br`);
  }
});

test('sw.js lists every hashed file of the build and has a build id', () => {
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const assets = JSON.parse(sw.match(/const ASSETS = (\[.*\]);/)[1]);
  const hashed = fs.readdirSync(DIST).filter((f) => /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(f)).map((f) => `./${f}`).sort();
  assert.deepEqual(assets, hashed);
  assert.match(sw, /const BUILD = "[0-9a-f]{16}";/);
  for (const a of assets) assert.ok(html.includes(a), `${a} is used by index.html`);
});

test('the single file is self-contained and its policy allows exactly its inline script and style', () => {
  const page = fs.readFileSync(SINGLE, 'utf8');
  const csp = strictPolicy(page);
  const scripts = inlineScripts(page);
  assert.equal(scripts.length, 1);
  assert.equal([...page.matchAll(/<script\b/g)].length, 1, 'no external script');
  assert.deepEqual(csp.get('script-src'), ["'wasm-unsafe-eval'", cspHash(scripts[0].text)]);
  const styles = inlineStyles(page);
  assert.equal(styles.length, fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').match(/rel="stylesheet"/g).length, 'every style sheet inlined');
  assert.deepEqual(csp.get('style-src'), [...new Set(styles.map(cspHash))]);
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  const refs = [...page.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(refs.filter((r) => !r.startsWith('data:')), [], 'no reference to another file');
});

test('the release build links one minified style sheet and minified scripts, each with a true integrity hash', () => {
  // style/main.css, import.css and meetings.css, joined in their order (scripts/lib/minify.mjs).
  assert.equal(html.match(/rel="stylesheet"/g).length, 1, 'one style sheet');
  const assets = fs.readdirSync(DIST).filter((f) => /\.(js|css)$/.test(f) && f !== 'sw.js');
  assert.ok(assets.some((f) => f.endsWith('.css')) && assets.some((f) => /^readout-lens-.*\.js$/.test(f)), assets.join(', '));
  for (const f of assets) {
    const body = fs.readFileSync(path.join(DIST, f), 'utf8');
    // The sources are commented and indented; minified, no line starts with spaces and no
    // block comment is left.
    assert.doesNotMatch(body, /\/\*|\n {2}/, `${f} is minified`);
  }
  const elements = [...html.matchAll(/<(?:link|script)\b[^>]*(?:href|src)="\.\/([^"]+)"[^>]*integrity="([^"]+)"/g)];
  assert.ok(elements.length >= assets.length, `${elements.length} elements with an integrity hash`);
  for (const [, file, integrity] of elements) {
    const digest = crypto.createHash('sha384').update(fs.readFileSync(path.join(DIST, file))).digest('base64');
    assert.equal(integrity, `sha384-${digest}`, file);
  }
});
