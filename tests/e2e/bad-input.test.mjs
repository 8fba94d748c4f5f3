// End-to-end: bad input gets a clear message naming the file and the reason, and changes nothing
// else: empty text and files, a file over the size limit (refused before it is read), binary
// files, invalid UTF-8, a duplicate; thousands of files with progress; unreadable stored records;
// a full disk; and a panic shows the banner. Fixtures are generated here and fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, newPage } from './browser.mjs';
import { useSite } from './site.mjs';
import { paste, waitForCards, waitForStored } from './actions.mjs';

const site = useSite();
const PASTED = fs.readFileSync(new URL('../fixtures/import/pasted-talks.txt', import.meta.url));

async function cards(page) {
  return page.locator('[data-testid=meeting-card]').count();
}

async function openFiles(page) {
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByRole('tab', { name: 'Open files' }).click();
  return dialog;
}

test('empty pasted text is refused with a message', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByLabel('Readout text').fill('   \n  ');
  await dialog.getByRole('button', { name: 'Add readout' }).click();
  const problems = dialog.getByTestId('import-problems');
  await problems.waitFor();
  assert.equal(await problems.innerText(), 'The pasted text is empty');
  assert.equal(await dialog.getByRole('status').first().innerText(), 'Nothing was added.');
  await page.keyboard.press('Escape');
  assert.equal(await cards(page), 2);
  assert.deepEqual(page.errors, []);
});

test('empty, oversized, binary, invalid UTF-8 and duplicate files each get their message', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  const dialog = await openFiles(page);
  // Files over the limit are refused from File.size: this one is never read.
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    window.__readSizes = [];
    Blob.prototype.arrayBuffer = function () { window.__readSizes.push(this.size); return read.call(this); };
  });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  await dialog.getByLabel('Choose files').setInputFiles([
    { name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 'a') },
    { name: 'picture.png', mimeType: 'image/png', buffer: png },
    { name: 'talks.txt', mimeType: 'text/plain', buffer: PASTED },
    { name: 'talks-again.html', mimeType: 'text/html', buffer: Buffer.from(`<html><body><pre>${PASTED}</pre></body></html>`) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "readout-lens-collection", "version": 1, "readouts": [') },
    { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "readout-lens-collection", "version": 9, "readouts": []}') },
  ]);
  await dialog.getByTestId('import-outcome').waitFor();
  const problems = await dialog.getByTestId('import-problems').locator('li').allInnerTexts();
  const byFile = Object.fromEntries(problems.map((p) => [p.split(' ')[0], p]));
  assert.equal(byFile['blank.txt'], 'blank.txt is empty');
  assert.equal(byFile['huge.txt'], 'huge.txt is 21 MB; the limit is 20 MB');
  assert.match(byFile["picture.png"], /^picture\.png is a binary file \(PNG( image)?\), not text$/);
  assert.match(byFile['broken.json'], /^broken\.json is not valid JSON/);
  assert.match(byFile['newer.json'], /^newer\.json was made by a newer version of Readout Lens \(collection version 9\)/);
  assert.equal(problems.length, 5, problems.join('\n'));
  const readSizes = await page.evaluate(() => window.__readSizes);
  assert.ok(!readSizes.includes(21 * 1024 * 1024), 'the oversized file was not read');
  // The same readout as .txt and as .html is one readout.
  assert.equal(await dialog.getByRole('status').first().innerText(), 'Added 1 readout.');
  const duplicates = await dialog.getByTestId('import-duplicates').innerText();
  assert.match(duplicates, /^talks-again\.html is already in the library as “Foreign Minister Wen Haoyu Holds Talks/);
  await page.keyboard.press('Escape');
  await waitForCards(page, 3);

  // Importing the same file again adds nothing and says so.
  const again = await openFiles(page);
  await again.getByLabel('Choose files').setInputFiles([{ name: 'talks.txt', mimeType: 'text/plain', buffer: PASTED }]);
  await again.getByTestId('import-duplicates').waitFor();
  assert.equal(await again.getByRole('status').first().innerText(), 'Nothing was added.');
  await page.keyboard.press('Escape');
  assert.equal(await cards(page), 3);
  assert.deepEqual(page.errors, []);
});

test('invalid UTF-8 is read with a note to check it', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  const dialog = await openFiles(page);
  const latin1 = Buffer.concat([
    Buffer.from('Minister Cai Wen Meets Minister Jos'), Buffer.from([0xe9]),
    Buffer.from(' Ferr of Portugal\n\nOn 7 July 2021, Minister Cai Wen met Minister Jos'), Buffer.from([0xe9]),
    Buffer.from(' Ferr of Portugal.\n'),
  ]);
  await dialog.getByLabel('Choose files').setInputFiles([{ name: 'latin1.txt', mimeType: 'text/plain', buffer: latin1 }]);
  await dialog.getByTestId('import-notes').waitFor();
  assert.match(await dialog.getByTestId('import-notes').innerText(), /^latin1\.txt .*UTF-8/);
  assert.match(await dialog.getByTestId('added-readout').innerText(), /José Ferr/);
  await page.keyboard.press('Escape');
  assert.deepEqual(page.errors, []);
});

test('thousands of files are read with progress and the page stays responsive', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  const dialog = await openFiles(page);
  const N = 2000;
  const files = Array.from({ length: N }, (_, i) => ({
    name: `synthetic-${i}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Minister Test${i} Meets Minister Probe${i} of Chile\n\nOn 1 March 2021, Minister Test${i} met Minister Probe${i} of Chile. This synthetic readout number ${i} was generated for the tests.\n`),
  }));
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const p = document.querySelector('[data-testid=import-progress]');
      if (p) window.__progress.push(p.innerText);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByLabel('Choose files').setInputFiles(files);
  await dialog.getByTestId('import-outcome').waitFor({ timeout: 120_000 });
  assert.equal(await dialog.getByRole('status').first().innerText(), `Added ${N.toLocaleString('en')} readouts.`);
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.some((p) => /^Reading [\d,]+ of 2,000 files$/.test(p)), progress.slice(0, 3).join(' | '));
  await page.keyboard.press('Escape');
  await page.goto(`${site.server.url}#/library`);
  // Every file is in the library, each once.
  await page.waitForFunction((n) => document.querySelector('[data-testid=library-count]')?.innerText === n, String(N));
  assert.deepEqual(page.errors, []);
});

test('an unreadable stored record gives a notice and a download; the rest still loads', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  // One readable record first, stored by the app.
  await paste(page, PASTED.toString());
  await page.keyboard.press('Escape');
  await waitForCards(page, 3);
  await waitForStored(page, 1);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('readout-lens');
    open.onsuccess = () => {
      const tx = open.result.transaction('readouts', 'readwrite');
      tx.objectStore('readouts').put({ id: 'damaged-record', v: 1, source: '{"name": "half a rec' });
      tx.objectStore('readouts').put({ id: 'from-the-future', v: 7, source: '{}' });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  await page.reload();
  const notice = page.getByTestId('bad-records');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /damaged-record.*cannot be read/);
  assert.match(text, /from-the-future.*format version 7/);
  // The readable record still loads beside the two bundled readouts.
  await waitForCards(page, 3);
  assert.match(await page.getByTestId('timeline').innerText(), /Elsa Marrow/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: /damaged-record/ }).click(),
  ]);
  const raw = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(raw, { id: 'damaged-record', v: 1, source: '{"name": "half a rec' });
  assert.deepEqual(page.errors, []);
});

test('a full disk gives a clear message and keeps what was stored', async () => {
  // A browser profile of its own, so the quota applies to a small, known store.
  const browser = await launch();
  try {
    const first = await newPage(browser.context);
    await first.goto(site.server.url);
    await first.getByTestId('meeting-card').first().waitFor();
    await first.getByTestId('import-open').click();
    await first.getByLabel('Readout text').fill(PASTED.toString());
    await first.getByRole('button', { name: 'Add readout' }).click();
    await first.goto(`${site.server.url}#/library`);
    await first.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '1');
    await first.close();
    // Chromium reads the quota when the site's storage is opened again, once no page holds it.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const page = await newPage(browser.context);
    const cdp = await browser.context.newCDPSession(page);
    const origin = new URL(site.server.url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await page.goto(`${site.server.url}#/library`);
    await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '1');
    // Large enough to need new space on disk; a file, as filling a textarea with this much text
    // stalls headless Chromium.
    const filler = Array.from({ length: 4000 }, (_, i) => `Rita Vella said that point ${i} of this synthetic test text matters.`).join('\n\n');
    const big = `${PASTED.toString().replace(/Iceland/g, 'Malta').replace(/Elsa Marrow/g, 'Rita Vella')}\n\n${filler}`;
    const dialog = await openFiles(page);
    await dialog.getByLabel('Choose files').setInputFiles([{ name: 'malta.txt', mimeType: 'text/plain', buffer: Buffer.from(big) }]);
    await dialog.getByTestId('import-outcome').waitFor();
    await page.keyboard.press('Escape');
    const problem = page.getByTestId('storage-problem');
    await problem.waitFor();
    assert.match(await problem.innerText(), /storage for this site is full: 1 change could not be saved.*Everything saved before is kept/);
    assert.equal(await page.getByTestId('library-count').innerText(), '2', 'still shown until the page closes');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = await newPage(browser.context);
    await after.goto(`${site.server.url}#/library`);
    // What was stored before the disk filled up is all there.
    await after.getByTestId('library-item').filter({ hasText: 'Elsa Marrow' }).waitFor();
    assert.deepEqual(first.errors, []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(after.errors, []);
  } finally {
    await browser.close();
  }
});

test('a panic shows the banner instead of a frozen page, and is logged', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(`${site.server.url}?diagnostic=panic`);
  const banner = page.getByTestId('panic-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /Something went wrong\. Your data is safe; reload the page\./);
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).count(), 1);
  // The release build stops at once (no message is formatted); web/crash.js logs the trap.
  assert.ok(page.errors.some((e) => /Readout Lens stopped on an internal error: RuntimeError/.test(e)), page.errors.join('\n'));
  assert.equal(await banner.getByRole('button', { name: 'Reload' }).count(), 1);
  // Opened again without the diagnostic, the app starts as usual.
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  assert.equal(await page.getByTestId('panic-banner').count(), 0);
});
