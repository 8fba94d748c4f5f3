// Hostile input for security.test.mjs: markup payloads in the forms of the OWASP XSS filter
// evasion cheat sheet, each of which sets window.__pwned (or the parent's, from a frame) if it
// ever runs, and the checks that a page and an export stay inert. Everything here is written
// for the tests; the officials named in the readouts are fictional.

/** Payloads, by the evasion they try. Each would set `__pwned` to its own tag if it ran. */
export const PAYLOADS = [
  // Script elements, plain, mixed case, broken and nested.
  `<script>window.__pwned='script'</script>`,
  `<ScRiPt>window.__pwned='mixed-case'</sCrIpT>`,
  `<SCRIPT SRC=//xss.invalid/x.js></SCRIPT>`,
  `<<script>window.__pwned='double-open';//<</script>`,
  `<scr<script>ipt>window.__pwned='nested'</scr</script>ipt>`,
  `<script/x>window.__pwned='slash'</script>`,
  `<img """><script>window.__pwned='quotes'</script>">`,
  // Event handlers in many tags.
  `<img src=x onerror="window.__pwned='img'">`,
  `<svg onload="window.__pwned='svg'"></svg>`,
  `<body onload="window.__pwned='body'">`,
  `<input onfocus="window.__pwned='input'" autofocus>`,
  `<details open ontoggle="window.__pwned='details'">`,
  `<video><source onerror="window.__pwned='video'"></video>`,
  `<audio src=x onerror="window.__pwned='audio'">`,
  `<marquee onstart="window.__pwned='marquee'">`,
  `<div onmouseover="window.__pwned='div'">hover</div>`,
  // javascript: and data: URLs, in mixed case, with entities, tabs and colons spelled out.
  `<a href="javascript:window.__pwned='a'">a link</a>`,
  `<a href="JaVaScRiPt:window.__pwned='a-case'">a link</a>`,
  `<a href="jav&#x09;ascript:window.__pwned='a-tab'">a link</a>`,
  `<a href="javascript&colon;window.__pwned='a-colon'">a link</a>`,
  `<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__pwned='dec'>`,
  `<img src=&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__pwned='hex'>`,
  `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=">data</a>`,
  `<form action="javascript:window.__pwned='form'"><button>go</button></form>`,
  `<base href="javascript:window.__pwned='base'//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">`,
  // Frames and plugins: srcdoc, data: documents.
  `<iframe src="javascript:window.__pwned='iframe'"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<object data="data:text/html,<script>parent.__pwned='object'</script>"></object>`,
  `<embed src="data:text/html,<script>parent.__pwned='embed'</script>">`,
  // SVG and MathML.
  `<svg><script>window.__pwned='svg-script'</script></svg>`,
  `<svg><a xlink:href="javascript:window.__pwned='svg-a'"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='math'">`,
  `<math href="javascript:window.__pwned='math-href'">click</math>`,
  // CSS: expression() and url().
  `<div style="width: expression(window.__pwned='expression')">`,
  `<div style="background:url(javascript:window.__pwned='css-url')">`,
  `<style>@import 'javascript:window.__pwned="import"';</style>`,
  `<link rel=stylesheet href="javascript:window.__pwned='link'">`,
  // Breaking out of an attribute or a string.
  `"><script>window.__pwned='breakout'</script>`,
  `'><img src=x onerror=window.__pwned='single'>`,
  `</title><script>window.__pwned='title'</script>`,
  // Null bytes and right-to-left marks.
  `<scr\u0000ipt>window.__pwned='null'</scr\u0000ipt>`,
  `\u202E<img src=x onerror="window.__pwned='rtl'">\u202C`,
  `\u200F<svg/onload=window.__pwned='rlm'>`,
  // Template syntax.
  `{{constructor.constructor('window.__pwned="template"')()}}`,
];

/** Cells a spreadsheet would run as formulas, without the export's leading quote. */
export const FORMULAS = [
  `=HYPERLINK("http://xss.invalid","click")`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
];

/**
 * A fictional readout with payloads in its headline, its opening and its statements: readout `n`
 * carries payloads 9n to 9n + 8, so readouts 0 to 4 carry all 45. Readout 4 has the null byte
 * (a file with one is refused as binary: paste it, or put it in a collection).
 */
export function hostileReadout(n, payloads = PAYLOADS) {
  const [host, guest, country] = [
    ['Ren Ziyan', 'Tove Lindqvist', 'Sweden'],
    ['Cai Wen', 'Lio Brant', 'Latvia'],
    ['Qiao Anmin', 'Siri Holm', 'Norway'],
    ['Mo Lichen', 'Aino Kallas', 'Finland'],
    ['Du Peiran', 'Maret Tamm', 'Estonia'],
  ][n % 5];
  const p = (k) => payloads[(n * 9 + k) % payloads.length];
  return [
    `Foreign Minister ${host} Holds Talks with Foreign Minister ${guest} ${p(0)} of ${country}`,
    '',
    `On March ${n + 1}, 2021, Foreign Minister ${host} held talks with Foreign Minister ${guest} of ${country} ${p(8)}.`,
    '',
    `${host} said that the two sides should deepen green energy cooperation ${p(1)} and trade ${p(2)}.`,
    '',
    `${guest} said that ${country} ${p(3)} values the dialogue and supports multilateralism ${p(4)}. She noted ${p(5)} and ${p(6)}.`,
    '',
    // A statement that starts with a formula: its CSV field must not.
    `${FORMULAS[n % FORMULAS.length]} The two sides agreed to deepen green energy cooperation ${p(7)}.`,
  ].join('\n');
}

/**
 * What a page shows of the payloads, in the page: `__pwned`, and every element, event handler,
 * URL-bearing attribute, style with a URL or expression, and link that is not http(s) or the
 * app's own fragment, in the body. Read by `inert` (below).
 */
function scan() {
  const FORBIDDEN = 'script, iframe, frame, frameset, object, embed, applet, math, marquee, video, audio, source, base, meta, link, style, img, input[autofocus], [srcdoc]';
  const out = { pwned: window.__pwned, elements: [], handlers: [], urls: [], links: [] };
  const short = (s) => s.slice(0, 160);
  for (const el of document.body.querySelectorAll(FORBIDDEN)) out.elements.push(short(el.outerHTML));
  for (const el of document.body.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.handlers.push(short(`<${el.localName} ${a.name}="${a.value}">`));
      if (/^(src|data|action|formaction|background|poster|srcset|dynsrc|lowsrc|xlink:href)$/i.test(a.name)) {
        out.urls.push(short(`<${el.localName} ${a.name}="${a.value}">`));
      }
      if (a.name === 'style' && /url\(|expression|javascript/i.test(a.value)) out.urls.push(short(`style="${a.value}"`));
    }
  }
  for (const el of document.body.querySelectorAll('[href]')) {
    const href = el.getAttribute('href');
    if (!/^(https?:\/\/|#)/i.test(href)) out.links.push(short(`<${el.localName} href="${href}">`));
  }
  return out;
}

export const CLEAN = { pwned: undefined, elements: [], handlers: [], urls: [], links: [] };

/** What `page` shows of the payloads now; `CLEAN` when nothing ran and nothing came out. */
export async function inert(page) {
  return page.evaluate(scan);
}

/** The fields of an RFC 4180 document with CRLF line ends. */
export function readCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  if (field || record.length) { record.push(field); records.push(record); }
  return records;
}
