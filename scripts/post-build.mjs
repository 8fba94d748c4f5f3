// Trunk post_build hook (Trunk.toml), run on the staging folder before it becomes dist/:
// 1. fills the Content-Security-Policy of index.html with the sha256 of every inline script
//    (Trunk's start-up module changes with the file names, so it is hashed on every build);
// 2. under `trunk serve`, moves Trunk's injected live-reload script to a file, because its
//    text is rewritten per request and no build-time hash can match it;
// 3. writes sw.js (from web/sw.js) listing this build's hashed files, with a build id;
// 4. in release builds, writes .gz and .br next to each text or wasm file for servers that
//    serve pre-compressed files (nginx gzip_static / brotli_static);
// 0. before all that, in release builds, joins the style sheets into one, minifies it and the
//    scripts (scripts/lib/minify.mjs) and updates index.html's links and integrity hashes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { cspHash, inlineScripts, cspOf, withCsp } from './lib/html.mjs';

const HASHES_TOKEN = '{{script-hashes}}';
const COMPRESS = /\.(html|js|css|wasm|svg|json|txt)$/;
// Below this size a compressed copy saves less than the request headers cost.
const COMPRESS_MIN_BYTES = 1024;

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook: TRUNK_STAGING_DIR is not set');
const release = process.env.TRUNK_PROFILE === 'release';
const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

// 2. Trunk's live-reload script carries placeholders that `trunk serve` replaces per request.
for (const script of inlineScripts(html)) {
  if (!script.text.includes('{{__TRUNK_ADDRESS__}}')) continue;
  const js = script.text
    .replace(/'\{\{__TRUNK_ADDRESS__\}\}'/, 'window.location.host')
    .replace(/'\{\{__TRUNK_WS_BASE__\}\}'/, "'/'");
  fs.writeFileSync(path.join(staging, 'trunk-autoreload.js'), js);
  html = html.replace(script.tag, '<script src="./trunk-autoreload.js"></script>');
}

// 0. Minified before anything hashes or lists them. esbuild is loaded only here: a debug build
//    (`trunk serve` without --release) runs without it.
if (release) {
  const { joinStyles, minifyAssets } = await import('./lib/minify.mjs');
  html = minifyAssets(staging, joinStyles(staging, html), ['trunk-autoreload.js']);
}

// 1. The policy is written in index.html; only the hashes are filled in here.
const policy = cspOf(html);
if (!policy || !policy.includes(HASHES_TOKEN)) {
  throw new Error(`index.html needs a Content-Security-Policy meta whose script-src holds ${HASHES_TOKEN}`);
}
const hashes = [...new Set(inlineScripts(html).map((s) => cspHash(s.text)))];
html = withCsp(html, policy.replace(HASHES_TOKEN, hashes.join(' ')));
fs.writeFileSync(indexPath, html);

// 3. Every file but index.html (and the worker itself) is content-hashed by Trunk.
const assets = fs.readdirSync(staging)
  .filter((f) => fs.statSync(path.join(staging, f)).isFile())
  .filter((f) => !['index.html', 'sw.js', 'trunk-autoreload.js'].includes(f) && !/\.(gz|br)$/.test(f))
  .sort();
const build = crypto.createHash('sha256').update(assets.join('\n')).update(html).digest('hex').slice(0, 16);
const worker = fs.readFileSync(path.join(source, 'web', 'sw.js'), 'utf8')
  .replace("'__BUILD__'", JSON.stringify(build))
  .replace('__ASSETS__', JSON.stringify(assets.map((a) => `./${a}`)));
fs.writeFileSync(path.join(staging, 'sw.js'), worker);

// 4. Compressed copies, at the highest levels: they are made once per release build.
if (release) {
  for (const file of fs.readdirSync(staging)) {
    const full = path.join(staging, file);
    if (!COMPRESS.test(file) || !fs.statSync(full).isFile()) continue;
    const body = fs.readFileSync(full);
    if (body.length < COMPRESS_MIN_BYTES) continue;
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(body, { level: 9 }));
    fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }));
  }
}
console.log(`post-build: CSP ${hashes.length} inline script hash(es), sw.js build ${build}, ${assets.length} assets${release ? ', .gz and .br written' : ''}`);
