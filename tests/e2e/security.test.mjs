// End-to-end security: readouts whose text, headline, participant names, file names,
// corrections and collection files carry markup payloads (tests/e2e/hostile.mjs: 45 forms from
// the OWASP XSS filter evasion cheat sheet, and spreadsheet formulas) are imported and viewed in
// every view: timeline and matrix, search, readout pages (text, text as published, corrections
// form), library, import dialog, formulations, comparison, and the comparison's Markdown, CSV and
// JSON exports. Nothing may run (every payload would set window.__pwned), no element, event
// handler or URL may come out of one, and every link must be http(s) or the app's own fragment.
// The site's Content-Security-Policy would block a script that got through; any violation fails
// the test too (site.mjs). The readouts are fictional, written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';
import { paste, waitForCards, waitForStored } from './actions.mjs';
import { CLEAN, FORMULAS, PAYLOADS, hostileReadout, inert, readCsv } from './hostile.mjs';

const site = useSite();

/** Ids of the readouts on the timeline, in its order. */
async function cardIds(page) {
  return page.locator('[data-testid=meeting-card] h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href').match(/#\/readout\/([0-9a-f]+)/)[1]));
}

/** Visits every view of the app for the readouts `ids` and checks each stays inert. */
async function visitEveryView(page, ids) {
  const at = async (fragment, ready) => {
    await page.goto(`${site.server.url}${fragment}`);
    await page.locator(ready).first().waitFor();
    assert.deepEqual(await inert(page), CLEAN, fragment);
  };
  await at('#/', '[data-testid=meeting-card]');
  assert.match(await page.locator('main').innerText(), /__pwned/, 'the payloads reach the timeline as text');
  await at('#/?q=pwned', '[data-testid=search-hit]');
  await at('#/library', '[data-testid=library]');
  await at('#/formulations', '[data-testid=formulation]');
  const phrase = await page.getByTestId('formulation').filter({ hasText: 'green energy cooperation' }).first().getByRole('link').first();
  await phrase.click();
  await page.getByTestId('formulation-use').first().waitFor();
  assert.deepEqual(await inert(page), CLEAN, 'a formulation\'s uses');
  for (const id of ids) {
    await at(`#/readout/${id}?s=2`, '[data-testid=readout-text]');
    await page.getByLabel('Show the text as published').check();
    await page.getByTestId('source-text').waitFor();
    assert.deepEqual(await inert(page), CLEAN, `${id} as published`);
    await page.getByText('Correct this readout').click();
    await page.getByTestId('correct-sentence').waitFor();
    assert.deepEqual(await inert(page), CLEAN, `${id} corrections form`);
  }
  for (let i = 0; i < ids.length; i += 4) {
    const columns = ids.slice(i, i + 4);
    if (columns.length < 2) columns.unshift(ids[0]);
    await at(`#/compare?ids=${columns.join(',')}`, '[data-testid=compare-grid]');
  }
}

/** Downloads the comparison's exports and checks none can run or be run. */
async function checkExports(page) {
  const save = async (testid) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return fs.readFileSync(await download.path(), 'utf8');
  };
  // Markdown: every '<' and '[' is escaped (no tag, no link), but the line breaks the export
  // writes itself.
  const md = await save('export-md');
  assert.match(md, /\\_\\_pwned/, 'the payloads are in the export, as escaped text');
  assert.deepEqual(md.replaceAll('<br>', '').match(/(^|[^\\])[<[][^\n]{0,60}/gm) ?? [], [], 'unescaped markup in the Markdown');
  // CSV: no field starts as a formula; the formulas of the readouts are there, quoted.
  const csv = await save('export-csv');
  const fields = readCsv(csv).flat();
  assert.deepEqual(fields.filter((f) => /^[=+\-@\t\r]/.test(f)), [], 'CSV fields a spreadsheet would run');
  assert.ok(fields.some((f) => f.startsWith("'") && FORMULAS.some((x) => f.includes(x))), 'a formula, kept as text with a leading quote');
  // JSON: parses, and carries the text as strings.
  const json = JSON.parse(await save('export-json'));
  assert.ok(JSON.stringify(json).includes('__pwned'));
  assert.deepEqual(await inert(page), CLEAN, 'after the exports');
}

test('payloads pasted, opened and dropped as text, Markdown and HTML are text in every view', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  const dialog = await paste(page, hostileReadout(4));
  await dialog.getByTestId('added-readout').waitFor();
  assert.ok((await dialog.getByTestId('added-readout').innerText()).includes(PAYLOADS[36]), 'the headline payload shows as text');
  assert.deepEqual(await inert(page), CLEAN, 'import dialog, pasted');
  // A file named with a payload, a Markdown file with links and raw HTML, a live HTML page.
  const markdown = `# ${hostileReadout(1).split('\n')[0]}\n\n${hostileReadout(1).split('\n').slice(2).join('\n')}\n\n`
    + `See [the record](javascript:window.__pwned='md-link') and ![x](javascript:window.__pwned='md-image') `
    + `and <b onmouseover="window.__pwned='md-html'">this</b> and [data](data:text/html,<script>window.__pwned='md-data'</script>).\n`;
  const html = `<html><head><script>window.__pwned='head'</script><base href="javascript:window.__pwned='base'//"></head>`
    + `<body onload="window.__pwned='body'"><h1>${hostileReadout(2).split('\n')[0]}</h1>`
    + hostileReadout(2).split('\n').slice(2).filter(Boolean).map((p) => `<p>${p}</p>`).join('')
    + `<p>${PAYLOADS.filter((p) => !p.includes('\u0000')).join(' ')}</p><iframe srcdoc="<script>parent.__pwned='page-srcdoc'</script>"></iframe></body></html>`;
  await dialog.getByRole('tab', { name: 'Open files' }).click();
  await dialog.getByLabel('Choose files').setInputFiles([
    { name: `"><img src=x onerror=window.__pwned='file'>.txt`, mimeType: 'text/plain', buffer: Buffer.from(hostileReadout(3)) },
    { name: `<svg onload=window.__pwned='md-name'>.md`, mimeType: 'text/markdown', buffer: Buffer.from(markdown) },
    { name: 'javascript:window.__pwned=1.html', mimeType: 'text/html', buffer: Buffer.from(html) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=added-readout]').length === 3);
  assert.deepEqual(await inert(page), CLEAN, 'import dialog, files');
  await page.keyboard.press('Escape');

  // Dropped: a file whose name and text carry payloads.
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], '<iframe srcdoc=x>.txt', { type: 'text/plain' }));
    return dt;
  }, hostileReadout(0));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await dialog.getByTestId('added-readout').waitFor();
  assert.deepEqual(await inert(page), CLEAN, 'import dialog, dropped');
  await page.keyboard.press('Escape');
  await waitForCards(page, 7);
  const hostile = (await cardIds(page)).slice(2);
  assert.equal(hostile.length, 5, 'five hostile readouts, after the two bundled ones (2020)');
  await visitEveryView(page, hostile);
  await checkExports(page);
  assert.deepEqual(page.errors, []);
});

test('payloads in corrections and in a collection file stay text, and links are http(s) only', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(`${site.server.url}#/library`);
  await page.getByTestId('library').waitFor();
  const names = [
    `javascript:window.__pwned='origin'`,
    ` JaVaScRiPt:window.__pwned='spaced'`,
    `data:text/html,<script>window.__pwned='data'</script>`,
    `&#106;avascript:window.__pwned='entity'`,
    'https://example.org/fictional-readout',
  ];
  const readouts = names.map((name, i) => ({
    name,
    text: hostileReadout(i),
    kind: 'imported',
    added: i + 1,
    corrections: {
      // A title that starts with a formula, as a CSV field must not.
      title: `${FORMULAS[i % FORMULAS.length]} ${PAYLOADS[(i * 3) % PAYLOADS.length]} corrected title ${i}`,
      participants: [
        { name: PAYLOADS[(i * 3 + 1) % PAYLOADS.length], role: PAYLOADS[(i * 3 + 2) % PAYLOADS.length], country: 'China' },
        { name: `Guest ${i} ${PAYLOADS[(i * 5) % PAYLOADS.length]}`, role: 'Foreign Minister', country: PAYLOADS[(i * 5 + 1) % PAYLOADS.length] },
      ],
      speakers: { 1: { person: 0 }, 2: { person: 1 } },
    },
  }));
  await page.getByTestId('import-collection').setInputFiles({
    name: `<img src=x onerror=window.__pwned='collection'>.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'readout-lens-collection', version: 2, readouts })),
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 5);
  assert.deepEqual(await inert(page), CLEAN, 'library after the collection');
  // Only the https origin is a link; the others are shown as text.
  const origins = page.locator('[data-testid=library-item] .origin');
  const links = await origins.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['https://example.org/fictional-readout']);
  const texts = (await origins.allInnerTexts()).join('\n');
  for (const name of names.slice(0, 4)) assert.ok(texts.includes(name.trim()), `${name} shown as text`);

  // A correction made in the form, with payloads in the title, a name and a country. (The
  // page is loaded again: the five must be in the store first.)
  await waitForStored(page, 5);
  await page.goto(site.server.url);
  await waitForCards(page, 7);
  const ids = (await cardIds(page)).slice(2);
  await page.goto(`${site.server.url}#/readout/${ids[0]}`);
  await page.getByTestId('readout-text').waitFor();
  await page.getByText('Correct this readout').click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(`${PAYLOADS[38]} corrected in the form`);
  await page.getByRole('group', { name: 'Participant 1' }).getByLabel('Name').fill(PAYLOADS[7]);
  await page.getByRole('group', { name: 'Participant 2' }).getByLabel('Country').fill(PAYLOADS[8]);
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await page.waitForFunction(() => /corrected in the form/.test(document.querySelector('h1')?.innerText));
  assert.ok((await page.locator('h1').innerText()).startsWith(`${PAYLOADS[38]} corrected in the form`));
  assert.deepEqual(await inert(page), CLEAN, 'after the correction');
  await page.reload();
  await page.getByTestId('readout-text').waitFor();
  assert.deepEqual(await inert(page), CLEAN, 'after a reload from the store');
  await visitEveryView(page, ids);
  await checkExports(page);
  assert.deepEqual(page.errors, []);
});
