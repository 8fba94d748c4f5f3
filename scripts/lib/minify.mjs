// Release builds' style sheets and scripts, made smaller in place (scripts/post-build.mjs):
// the style sheets become one file, and every style sheet and script is minified; index.html
// then links the one sheet, and its Subresource Integrity hashes stay true for rewritten files.
//
// Why: Trunk 0.21 copies CSS and JS as written, with their comments and indentation, and its own
// `--minify` stops on wasm-bindgen's module ("Failed to minify JS") and rewrites the CSP meta.
// esbuild removes comments and whitespace and shortens local names; it does not change what the
// code does (no bundling, no syntax lowering: its default target is the newest syntax).
// One sheet instead of three is one request instead of three, and compresses as one text: the
// sheets share their class names and properties. The sources stay apart (style/*.css), and the
// order of the link elements, which is the cascade's, is the order of the joined text.
// Measured: 7.7 KB gzip off the app (BENCHMARKS.md, "Minified scripts and style sheets").
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const STYLESHEET = /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\s*/g;

/**
 * Joins the style sheets that `html` links into one file of `dir`, in the links' order, and
 * returns `html` linking that file (in the first sheet's place) instead of them. Its name carries
 * a hash of its text, as Trunk's names do, so a new build is never served an old sheet.
 */
export function joinStyles(dir, html) {
  const links = [...html.matchAll(STYLESHEET)];
  if (links.length < 2) return html;
  const text = links.map(([, file]) => fs.readFileSync(path.join(dir, file), 'utf8')).join('\n');
  const name = `styles-${crypto.createHash('sha256').update(text).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(dir, name), text);
  for (const [, file] of links) fs.rmSync(path.join(dir, file));
  const [first, ...rest] = links.map(([tag]) => tag);
  const indent = first.match(/\s*$/)[0];
  html = html.replace(first, `<link rel="stylesheet" href="./${name}" integrity="${integrity(text)}"/>${indent}`);
  for (const tag of rest) html = html.replace(tag, '');
  return html;
}

/** Files written in the source as they are, compressed by whitespace and comments only. */
const MINIFIED = /\.(css|js)$/;

/**
 * Minifies every .css and .js file of `dir` except those named in `skip`, and returns `html`
 * with the `integrity` of each rewritten file's link or script element recomputed (Trunk wrote
 * it for the file as it was; a browser refuses a file whose hash does not match).
 */
export function minifyAssets(dir, html, skip = []) {
  for (const file of fs.readdirSync(dir)) {
    if (!MINIFIED.test(file) || skip.includes(file)) continue;
    const full = path.join(dir, file);
    const source = fs.readFileSync(full, 'utf8');
    // A module stays a module and a classic script stays classic: esbuild keeps the input's
    // form when no output format is given, and renames top-level names only in a module.
    const { code } = transformSync(source, { loader: file.endsWith('.css') ? 'css' : 'js', minify: true, legalComments: 'none' });
    fs.writeFileSync(full, code);
    html = withIntegrity(html, file, code);
  }
  return html;
}

/** `html` with the integrity attribute of the element that loads `./file` set for `body`. */
function withIntegrity(html, file, body) {
  const tag = new RegExp(`<(?:link|script)\\b[^>]*(?:href|src)="\\./${file.replace(/[.]/g, '\\.')}"[^>]*>`, 'g');
  return html.replace(tag, (element) => element.replace(/integrity="[^"]*"/, `integrity="${integrity(body)}"`));
}

/** The Subresource Integrity value of a file's text, as Trunk writes it (sha384). */
function integrity(body) {
  return `sha384-${crypto.createHash('sha384').update(body, 'utf8').digest('base64')}`;
}
