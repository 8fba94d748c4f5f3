// End-to-end security: readouts whose text, headline, participant names, file names and
// corrections carry markup payloads are imported and viewed everywhere (timeline, readout page,
// library, import dialog, comparison). Nothing may execute: every payload would set
// window.__pwned, which must stay untouched, and no element may come out of the payloads.
// Links built from imported data must be http(s) only. The readouts are fictional, written
// for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';

const site = useSite();

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  'javascript:window.__pwned="url"',
  '"><script>window.__pwned = "breakout"</script>',
  "'><img src=x onerror=window.__pwned='single'>",
];
const HOSTILE = [
  `Foreign Minister Ren Ziyan Holds Talks with Foreign Minister Tove Lindqvist ${PAYLOADS[4]} of Sweden`,
  '',
  `On March 9, 2021, Foreign Minister Ren Ziyan held talks with Foreign Minister Tove Lindqvist of Sweden.`,
  '',
  `Ren Ziyan said that the two sides should cooperate ${PAYLOADS[0]} on clean energy ${PAYLOADS[1]} and trade.`,
  '',
  `Tove Lindqvist said that Sweden ${PAYLOADS[2]} values the dialogue. She noted the link ${PAYLOADS[3]} and ${PAYLOADS[5]}.`,
].join('\n');

/** True when no payload ran and no element came out of one. */
async function inert(page) {
  return page.evaluate(() => ({
    pwned: window.__pwned,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => /__pwned/.test(s.textContent)).length,
    badLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(https?:|#|blob:)/i.test(a.getAttribute('href')) && a.getAttribute('href') !== '').map((a) => a.getAttribute('href')),
  }));
}

const CLEAN = { pwned: undefined, handlers: 0, images: 0, scripts: 0, badLinks: [] };

test('hostile text, headline and names are imported and shown as text everywhere', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByLabel('Readout text').fill(HOSTILE);
  await dialog.getByRole('button', { name: 'Add readout' }).click();
  await dialog.getByTestId('added-readout').waitFor();
  assert.match(await dialog.getByTestId('added-readout').innerText(), /"><script>window.__pwned = "breakout"<\/script>/);
  // A file whose name and content carry payloads, and an HTML page with live markup.
  await dialog.getByRole('tab', { name: 'Open files' }).click();
  await dialog.getByLabel('Choose files').setInputFiles([
    { name: `"><img src=x onerror=window.__pwned=1>.txt`, mimeType: 'text/plain', buffer: Buffer.from(HOSTILE.replace('Sweden', 'Norway').replace(/Tove Lindqvist/g, 'Siri Holm')) },
    { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(`<html><body onload="window.__pwned='body'"><h1>Minister Ada Quill Meets Minister Bo Fenn of Estonia</h1><p>On 2 April 2021, Minister Ada Quill met Minister Bo Fenn of Estonia. ${PAYLOADS.join(' ')}</p><p>Bo Fenn said that Estonia welcomes <a href="javascript:window.__pwned='a'">cooperation</a>.</p><iframe src="javascript:window.__pwned='iframe'"></iframe></body></html>`) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=added-readout]').length === 2);
  assert.match(await dialog.innerText(), /Ada Quill/);
  assert.deepEqual(await inert(page), CLEAN);
  await page.keyboard.press('Escape');

  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-card]').length === 5);
  const timeline = await page.locator('main').innerText();
  assert.match(timeline, /Tove Lindqvist "><script>window.__pwned = "breakout"<\/script> of Sweden/);
  assert.deepEqual(await inert(page), CLEAN);

  await page.getByRole('link', { name: /Tove Lindqvist/ }).click();
  await page.getByTestId('readout-text').waitFor();
  const text = await page.getByTestId('readout-text').innerText();
  assert.ok(text.includes(PAYLOADS[0]), 'the script tag is shown as text');
  assert.ok(text.includes(PAYLOADS[1]), 'the img tag is shown as text');
  assert.ok(text.includes(PAYLOADS[3]), 'the javascript: URL is shown as text');
  await page.getByLabel('Show the text as published').check();
  assert.ok((await page.getByTestId('source-text').innerText()).includes(PAYLOADS[2]));
  assert.deepEqual(await inert(page), CLEAN);

  // Corrections carry payloads too: title, participant name and country.
  await page.getByText('Correct this readout').click();
  await page.getByLabel('Title').fill(`${PAYLOADS[4]} corrected title`);
  await page.getByRole('group', { name: 'Participant 1' }).getByLabel('Name').fill(PAYLOADS[1]);
  await page.getByRole('group', { name: 'Participant 1' }).getByLabel('Country').fill(PAYLOADS[2]);
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await page.waitForFunction(() => /corrected title/.test(document.querySelector('h1')?.innerText));
  assert.match(await page.locator('h1').innerText(), /"><script>window.__pwned = "breakout"<\/script> corrected title/);
  assert.deepEqual(await inert(page), CLEAN);

  for (const route of ['#/', '#/library', '#/formulations']) {
    await page.goto(`${site.server.url}${route}`);
    await page.locator('main h1, main [data-testid=meeting-card]').first().waitFor();
    assert.deepEqual(await inert(page), CLEAN, route);
  }
  const ids = await page.evaluate(async () => {
    location.hash = '#/';
    await new Promise((r) => setTimeout(r, 300));
    return [...document.querySelectorAll('[data-testid=meeting-card] h3 a')].map((a) => a.getAttribute('href').split('/').pop());
  });
  await page.goto(`${site.server.url}#/compare?ids=${ids.slice(-3).join(',')}`);
  await page.getByTestId('compare-grid').waitFor();
  assert.deepEqual(await inert(page), CLEAN, 'comparison');
  await page.reload();
  await page.getByTestId('compare-grid').waitFor();
  assert.deepEqual(await inert(page), CLEAN, 'after a reload from the store');
  assert.deepEqual(page.errors, []);
});

test('links built from imported data are http(s) only', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(`${site.server.url}#/library`);
  await page.getByTestId('library').waitFor();
  const readout = (name, country) => ({
    name,
    text: `Minister Cai Wen Meets Minister Lio Brant of ${country}\n\nOn 5 May 2021, Minister Cai Wen met Minister Lio Brant of ${country}.\n\nLio Brant said that ${country} values trade.`,
    kind: 'imported',
    added: 1,
  });
  const collection = {
    format: 'readout-lens-collection',
    version: 1,
    readouts: [
      readout('javascript:window.__pwned="link"', 'Latvia'),
      readout(' JaVaScRiPt:window.__pwned="spaced"', 'Lithuania'),
      readout('data:text/html,<script>window.__pwned="data"</script>', 'Poland'),
      readout('https://example.org/fictional-readout', 'Austria'),
    ],
  };
  await page.getByTestId('import-collection').setInputFiles({
    name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(collection)),
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length >= 6);
  const origins = page.locator('[data-testid=library-item] .origin');
  const links = await origins.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('https://example.org/fictional-readout'), links.join(' '));
  for (const href of links) assert.match(href, /^https?:\/\//);
  const texts = (await origins.allInnerTexts()).join('\n');
  assert.match(texts, /javascript:window.__pwned="link"/, 'shown as text, not as a link');
  assert.deepEqual(await inert(page), CLEAN);
  assert.deepEqual(page.errors, []);
});
