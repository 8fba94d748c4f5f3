// Helpers shared by the build steps and their tests: find the inline scripts and styles of an
// HTML file, hash them as a Content-Security-Policy source ('sha256-...'), read the policy.
import crypto from 'node:crypto';

/** The sha256 CSP source of a script or style text, hashed exactly as the browser hashes it. */
export function cspHash(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline (no `src`) script elements: their attributes and their text. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1]))
    .map((m) => ({ tag: m[0], attrs: m[1], text: m[2] }));
}

/** Inline style elements' texts. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
}

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The policy of the CSP meta element, or null. */
export function cspOf(html) {
  return html.match(CSP_META)?.[1] ?? null;
}

/** `html` with the CSP meta's policy replaced by `policy`. */
export function withCsp(html, policy) {
  if (!CSP_META.test(html)) throw new Error('no Content-Security-Policy meta element');
  return html.replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

/** The policy as a map from directive to its list of sources. */
export function parseCsp(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
