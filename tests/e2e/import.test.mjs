// End-to-end: bringing your own readouts in (paste, open files, drop files), keeping them in the
// browser across reloads and tabs, correcting them, and exporting and importing everything.
// Runs on the release build; the fixtures in tests/fixtures/import/ are fictional, written for
// these tests. Every test starts from a fresh browser profile (site.mjs) and imports what it
// needs itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';
import { paste, waitForCards, waitForStored } from './actions.mjs';

const site = useSite();
const fixture = (name) => fs.readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const PASTED = fixture('pasted-talks.txt').toString();
/** The collection version this build writes (`COLLECTION_VERSION` in src/core/collection.rs). */
const COLLECTION_VERSION = 2;

/** Opens the import dialog and opens `files` ({ name, mimeType, buffer }) from it. */
async function openFiles(page, files) {
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByRole('tab', { name: 'Open files' }).click();
  await dialog.getByLabel('Choose files').setInputFiles(files);
  await dialog.getByTestId('import-outcome').waitFor();
  return dialog;
}

async function cardTitles(page) {
  await page.getByTestId('meeting-card').first().waitFor();
  return page.locator('[data-testid=meeting-card] h3 a').allInnerTexts();
}

/** A page on the timeline with the pasted talks (Elsa Marrow, 14 May 2021) imported. */
async function withPastedTalks() {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  await paste(page, PASTED);
  await page.keyboard.press('Escape');
  await waitForCards(page, 3);
  return page;
}

/** Opens the pasted talks' page and unfolds the corrections form. */
async function correctTalks(page) {
  await page.getByRole('link', { name: /Elsa Marrow/ }).click();
  await page.getByTestId('readout-text').waitFor();
  await page.getByText('Correct this readout').click();
}

async function saveCorrections(page) {
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=corrections-status]')?.innerText === 'Saved.');
}

test('a pasted readout shows how it parsed and appears on the timeline, in date order', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  const dialog = await paste(page, PASTED);
  assert.equal(await dialog.getByRole('status').first().innerText(), 'Added 1 readout.');
  const summary = dialog.getByTestId('parse-summary');
  assert.equal(await summary.getByTestId('summary-date').innerText(), '14 May 2021');
  assert.equal(await summary.getByTestId('summary-participants').innerText(), 'Wen Haoyu (China) · Elsa Marrow (Iceland)');
  // Six sentences: the opening one is narration, the other five have a speaker.
  assert.equal(await summary.getByTestId('summary-speakers').innerText(), '5 of 6 sentences attributed');
  // The parser tells the publisher, China, from the text itself: nothing to check.
  assert.equal(await summary.getByTestId('summary-publisher').innerText(), 'China');
  assert.deepEqual(await dialog.getByTestId('parse-warnings').locator('li').allInnerTexts(), []);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await waitForCards(page, 3);
  const titles = await cardTitles(page);
  assert.match(titles[0], /Nguyen Quoc Dung of Vietnam/);
  assert.match(titles[1], /Kim Gunn of the Republic of Korea/);
  assert.match(titles[2], /Wen Haoyu Holds Talks with Foreign Minister Elsa Marrow/, 'May 2021 is the latest');
  assert.deepEqual(page.errors, []);
});

test('a pasted readout is still there after a reload and in a new page', async () => {
  const page = await withPastedTalks();
  await page.reload();
  await waitForCards(page, 3);
  assert.match((await cardTitles(page))[2], /Elsa Marrow/);
  const other = await newPage(site.browser.context);
  await other.goto(`${site.server.url}#/library`);
  await other.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '1');
  assert.match(await other.getByTestId('library-item').innerText(), /Wen Haoyu Holds Talks with Foreign Minister Elsa Marrow of Iceland/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors, []);
});

test('a reload before the import is saved asks first; staying keeps the readout, and it is stored', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  // The app has opened its store. Hold the store with a transaction of the test's own, so the
  // app's write waits behind it: the save is certain to be under way at the reload.
  await waitForStored(page, 0);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('readout-lens');
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction('readouts', 'readwrite').objectStore('readouts');
      const spin = () => {
        if (window.__release) db.close();
        else store.count().onsuccess = spin;
      };
      spin();
      resolve();
    };
    open.onerror = () => reject(open.error);
  }));
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    // Stay on the page the first time, as a person told that changes may be lost would.
    return dialogs.length === 1 ? dialog.dismiss() : dialog.accept();
  });
  await paste(page, PASTED);
  await page.keyboard.press('Escape');
  await waitForCards(page, 3);
  await page.evaluate(() => location.reload()).catch(() => {});
  assert.deepEqual(dialogs, ['beforeunload'], 'the page asks before it reloads');
  await waitForCards(page, 3);
  await page.evaluate(() => { window.__release = true; });
  await waitForStored(page, 1);
  // Saved: the next reload does not ask, and the readout is there.
  await page.reload();
  await waitForCards(page, 3);
  assert.match((await cardTitles(page))[2], /Elsa Marrow/);
  assert.deepEqual(dialogs, ['beforeunload']);
  assert.deepEqual(page.errors, []);
});

test('correcting the date moves the readout on the timeline, is marked, and persists', async () => {
  const page = await withPastedTalks();
  await correctTalks(page);
  await page.getByTestId('correct-date').fill('2020-10-01');
  await saveCorrections(page);
  await page.getByTestId('corrected-mark').first().waitFor();
  assert.equal(await page.locator('.readout-header time').innerText(), '1 October 2020');
  assert.equal(await page.locator('.readout-header time').getAttribute('datetime'), '2020-10-01');
  await page.getByRole('link', { name: 'All readouts' }).click();
  await waitForCards(page, 3);
  assert.match((await cardTitles(page))[0], /Elsa Marrow/, 'now the oldest meeting');
  await page.reload();
  await waitForCards(page, 3);
  await page.waitForFunction(() => /Elsa Marrow/.test(document.querySelector('[data-testid=meeting-card] h3')?.innerText));
  // Emptying the date says the readout has none: it moves to the undated end, still marked.
  await correctTalks(page);
  assert.equal(await page.getByTestId('correct-date').inputValue(), '2020-10-01');
  await page.getByTestId('correct-date').fill('');
  await saveCorrections(page);
  await page.locator('.readout-header .undated').waitFor();
  assert.equal(await page.locator('.readout-header .undated').innerText(), 'Undated');
  // One mark, beside the date (shown in capitals by the style sheet).
  assert.deepEqual(await page.locator('.readout-header [data-testid=corrected-mark]').allTextContents(), ['corrected']);
  await page.getByRole('link', { name: 'All readouts' }).click();
  await waitForCards(page, 3);
  assert.match((await cardTitles(page)).at(-1), /Elsa Marrow/, 'undated meetings come last');
  assert.deepEqual(page.errors, []);
});

test('the speaker of a sentence can be corrected and the sentence is marked', async () => {
  const page = await withPastedTalks();
  await correctTalks(page);
  const sentences = page.locator('.readout-text [data-sentence]');
  const last = await sentences.count() - 1;
  assert.equal(last, 5, 'six sentences');
  await page.getByTestId('correct-sentence').selectOption(String(last));
  await page.getByTestId('correct-speaker').selectOption({ label: 'Elsa Marrow' });
  await saveCorrections(page);
  const sentence = page.locator(`.readout-text [data-sentence="${last}"]`);
  await page.waitForFunction((i) => document.querySelector(`.readout-text [data-sentence="${i}"]`)?.classList.contains('corrected'), last);
  assert.equal(await sentence.getAttribute('title'), 'Elsa Marrow (speaker corrected by hand)');
  assert.equal(await page.locator('.readout-text .corrected').count(), 1, 'only that sentence');
  assert.deepEqual(page.errors, []);
});

test('files open from the dialog and drop onto any page, each with its parse summary', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(`${site.server.url}#/formulations`);
  const dialog = await openFiles(page, [
    { name: 'phone-call.md', mimeType: 'text/markdown', buffer: fixture('phone-call.md') },
  ]);
  assert.equal(await dialog.getByRole('status').first().innerText(), 'Added 1 readout.');
  assert.equal(await dialog.getByTestId('summary-date').innerText(), '2 June 2021');
  assert.equal(await dialog.getByTestId('summary-participants').innerText(), 'Pan Lirong (China) · Tomas Vidal (Chile)');
  await page.keyboard.press('Escape');

  // Drop: the overlay shows while files are dragged over the page, then the dialog reports.
  const transfer = await page.evaluateHandle((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'undated-page.html', { type: 'text/html' }));
    return dt;
  }, fixture('undated-page.html').toString());
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
  await dialog.getByTestId('import-outcome').waitFor();
  assert.equal(await dialog.getByRole('status').first().innerText(), 'Added 1 readout.');
  const added = dialog.getByTestId('added-readout');
  assert.match(await added.innerText(), /Qiao Mingde Meets with Ambassador Hanne Kolstad/);
  assert.equal(await added.getByTestId('summary-date').innerText(), 'Undated');
  assert.match(await added.getByTestId('parse-warnings').innerText(), /^No date was found: it is listed with the undated meetings\. Add the date by hand\./);
  assert.equal(await page.evaluate(() => window.__fixtureScriptRan), undefined);
  assert.deepEqual(page.errors, []);
});

test('export everything, delete all imported, import the export: same readouts and corrections', async () => {
  const page = await withPastedTalks();
  // Corrections that travel: the date set and then emptied, and one sentence's speaker.
  await correctTalks(page);
  await page.getByTestId('correct-date').fill('');
  await page.getByTestId('correct-sentence').selectOption('5');
  await page.getByTestId('correct-speaker').selectOption({ label: 'Elsa Marrow' });
  await saveCorrections(page);
  const dialog = await openFiles(page, [
    { name: 'phone-call.md', mimeType: 'text/markdown', buffer: fixture('phone-call.md') },
    { name: 'undated-page.html', mimeType: 'text/html', buffer: fixture('undated-page.html') },
  ]);
  assert.equal(await dialog.getByRole('status').first().innerText(), 'Added 2 readouts.');
  await page.keyboard.press('Escape');

  await page.goto(`${site.server.url}#/library`);
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '3');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-all').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'readout-lens-collection.json');
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.format, 'readout-lens-collection');
  assert.equal(exported.version, COLLECTION_VERSION);
  assert.deepEqual(exported.readouts.map((r) => r.name).sort(), [
    '2020-10-27-vietnam-nguyen-quoc-dung.txt',
    '2020-11-09-republic-of-korea-kim-gunn.txt',
    'pasted',
    'phone-call.md',
    'undated-page.html',
  ].sort(), 'two bundled, three imported');
  const talks = exported.readouts.find((r) => r.text === PASTED);
  // An emptied date says "no date"; the speaker of sentence 5 is participant 1 (Elsa Marrow).
  assert.deepEqual(talks.corrections, { no_date: true, speakers: { 5: { person: 1 } } });

  await page.getByRole('button', { name: 'Delete all imported' }).click();
  await page.getByTestId('confirm-delete-all').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '0');
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  await page.reload();
  await waitForCards(page, 2);

  await page.goto(`${site.server.url}#/library`);
  await page.getByTestId('import-collection').setInputFiles(await download.path());
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '3');
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-all').click(),
  ]);
  const reexported = JSON.parse(fs.readFileSync(await again.path(), 'utf8'));
  const key = (r) => JSON.stringify([r.name, r.text, r.kind, r.corrections ?? {}]);
  assert.deepEqual(reexported.readouts.map(key).sort(), exported.readouts.map(key).sort());
  await page.goto(site.server.url);
  await waitForCards(page, 5);
  assert.match((await cardTitles(page)).at(-1), /Elsa Marrow/, 'the "no date" correction came back');
  assert.deepEqual(page.errors, []);
});

test('one readout can be deleted from the library; the bundled ones stay', async () => {
  const page = await withPastedTalks();
  const dialog = await openFiles(page, [
    { name: 'phone-call.md', mimeType: 'text/markdown', buffer: fixture('phone-call.md') },
  ]);
  await dialog.getByTestId('added-readout').waitFor();
  await page.keyboard.press('Escape');
  await page.goto(`${site.server.url}#/library`);
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '2');
  await page.getByRole('button', { name: /^Delete Vice Foreign Minister Pan Lirong/ }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '1');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '1');
  assert.equal(await page.getByText(/Pan Lirong/).count(), 0);
  assert.match(await page.getByTestId('library-item').innerText(), /Elsa Marrow/, 'the other one stays');
  await page.goto(site.server.url);
  await waitForCards(page, 3);
  const titles = (await cardTitles(page)).join('\n');
  assert.match(titles, /Nguyen Quoc Dung/);
  assert.match(titles, /Kim Gunn/);
  assert.doesNotMatch(titles, /Pan Lirong/);
  assert.deepEqual(page.errors, []);
});

test('two tabs adding different readouts keep both, and each tab hears of the other', async () => {
  const a = await newPage(site.browser.context);
  const b = await newPage(site.browser.context);
  await a.goto(site.server.url);
  await b.goto(site.server.url);
  await waitForCards(a, 2);
  await waitForCards(b, 2);
  const one = PASTED.replace('Iceland', 'Norway').replace(/Elsa Marrow/g, 'Sigrid Alm');
  const two = PASTED.replace('Iceland', 'Finland').replace(/Elsa Marrow/g, 'Aino Kallas');
  await paste(a, one);
  await paste(b, two);
  await a.keyboard.press('Escape');
  await b.keyboard.press('Escape');
  // Each tab reloads from the store when the other announces its write.
  await waitForCards(a, 4);
  await waitForCards(b, 4);
  const fresh = await newPage(site.browser.context);
  await fresh.goto(site.server.url);
  await waitForCards(fresh, 4);
  const titles = (await cardTitles(fresh)).join('\n');
  assert.match(titles, /Sigrid Alm/);
  assert.match(titles, /Aino Kallas/);
  for (const p of [a, b, fresh]) assert.deepEqual(p.errors, []);
});
