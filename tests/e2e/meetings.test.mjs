// End-to-end: one call told three times (China in Chinese and in English, the United States in
// English; fictional, written for the tests in tests/fixtures/meetings/) becomes one meeting:
// one card with its three readouts, the accounts compared, the versions aligned, exports, a
// quote followed to its sentence, and the addresses that reopen each view after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';
import { paste } from './actions.mjs';

const site = useSite();
const dir = new URL('../fixtures/meetings/', import.meta.url);
const CALL = [
  '2021-03-04-china-zh-wang-ming-john-carter.txt',
  '2021-03-04-china-en-wang-ming-john-carter.txt',
  '2021-03-03-united-states-john-carter-wang-ming.txt',
];

/** Opens the app and imports the three readouts of the call (already present ones are kept). */
async function importCall(viewport = { width: 1280, height: 900 }, names = CALL) {
  const page = await newPage(site.browser.context, { viewport });
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByRole('tab', { name: 'Open files' }).click();
  await dialog.getByLabel('Choose files').setInputFiles(
    names.map((name) => ({ name, mimeType: 'text/plain', buffer: fs.readFileSync(new URL(name, dir)) })),
  );
  await dialog.getByTestId('import-outcome').waitFor();
  await page.keyboard.press('Escape');
  return page;
}

/** The card of the call. */
function callCard(page) {
  return page.getByTestId('meeting-card').filter({ hasText: 'John Carter' });
}

test('three readouts of one call make one card that lists them', async () => {
  const page = await importCall();
  await callCard(page).first().waitFor();
  assert.equal(await callCard(page).count(), 1, 'one card for the call');
  // Two bundled meetings and the call: three cards, three meetings counted.
  assert.equal(await page.getByTestId('meeting-card').count(), 3);
  assert.match(await page.getByTestId('summary').innerText(), /^3 meetings$/);
  const reports = callCard(page).getByTestId('meeting-reports');
  assert.match(await reports.innerText(), /3 reports/);
  assert.deepEqual(await reports.locator('li').allInnerTexts(), ['China: English · 中文', 'United States: English']);
  const links = await reports.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 3);
  assert.ok(links.every((h) => /^#\/readout\/[0-9a-f]{16}$/.test(h)), links.join(' '));
  // The reports line names both publishers; no single "Published by" credits the call to one.
  assert.equal(await callCard(page).getByTestId('card-publisher').isVisible(), false);
  assert.doesNotMatch(await callCard(page).innerText(), /Published by/);
  assert.deepEqual(page.errors, []);
});

test('the accounts view shows what each side reports, exports Markdown and CSV, reopens from its address and links quotes to sentences', async () => {
  const page = await importCall();
  await callCard(page).getByRole('link', { name: 'Accounts' }).click();
  await page.getByTestId('accounts-grid').waitFor();
  assert.match(page.url(), /#\/meeting\/[0-9a-f]{16}\/accounts$/);
  const heads = await page.getByTestId('accounts-grid').locator('thead th').allInnerTexts();
  assert.match(heads[1], /^China/);
  assert.match(heads[2], /^United States/);
  const taiwan = page.getByTestId('accounts-grid').locator('tbody tr[data-topic="taiwan"] td');
  assert.equal(await taiwan.nth(1).innerText(), 'not mentioned');
  assert.match(await taiwan.nth(0).innerText(), /John Carter\s+not in the United States' account/);
  assert.match(
    await page.getByTestId('unreported').first().innerText(),
    /China's account quotes John Carter \(United States\) on Taiwan .*the United States' account does not mention Taiwan\./,
  );
  // Each speaker's share of each account, counted by hand in the fixtures: China's account (its
  // English readout) has 10 sentences, Wang Ming 6, John Carter 2, both sides 1 and the opening;
  // the United States' has 7, Carter 4, both sides 1, the opening and the attribution line.
  const shares = await page.getByTestId('share-table').locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  assert.deepEqual(shares, [
    ['Wang Ming (China)', '60.0 % · 6 sentences', '—'],
    ['John Carter (United States)', '20.0 % · 2 sentences', '57.1 % · 4 sentences'],
    ['Both sides', '10.0 % · 1 sentence', '14.3 % · 1 sentence'],
    ['Narration', '10.0 % · 1 sentence', '28.6 % · 2 sentences'],
  ]);
  // The formulations each side uses, per account: [side, phrases...], or the note of none.
  const formulations = await page.locator('.account-formulations').evaluateAll((ss) => ss.map((s) => ({
    account: s.querySelector('h3').textContent,
    sides: [...s.querySelectorAll('.side-formulations')]
      .map((d) => [d.querySelector('.who').textContent, ...[...d.querySelectorAll('li')].map((l) => l.textContent)]),
    note: s.querySelector('.note')?.textContent ?? null,
  })));
  assert.deepEqual(formulations, [
    { account: "China's account", sides: [['China', 'China is ready']], note: null },
    { account: "The United States' account", sides: [], note: 'No recurring formulation.' },
  ]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-md').click()]);
  assert.equal(download.suggestedFilename(), 'accounts.md');
  const md = fs.readFileSync(await download.path(), 'utf8');
  assert.match(md, /^# Accounts of one meeting \(2021-03-03\): China · United States/);
  assert.match(md, /\| Taiwan \| .*John Carter \(supports\): “Carter said that .* \| \*not mentioned\* \|/);
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.equal(csvFile.suggestedFilename(), 'accounts.csv');
  const csv = fs.readFileSync(await csvFile.path(), 'utf8');
  assert.ok(csv.startsWith('topic_id,topic,account,language,speaker,speaker_country,stance,sentence'), csv.slice(0, 120));
  assert.ok(csv.includes('taiwan,Taiwan,United States,en,,,not mentioned,'), 'the US silence on Taiwan is a record');
  assert.equal(await page.getByTestId('export-json').count(), 0, 'JSON is left to the command line');
  // The address reopens the accounts view.
  const url = page.url();
  await page.reload();
  await page.getByTestId('accounts-grid').waitFor();
  assert.equal(page.url(), url);
  assert.equal(await taiwan.nth(1).innerText(), 'not mentioned');
  // The quote of the US Secretary in China's account, followed to its sentence.
  await taiwan.nth(0).locator('.speaker-block', { hasText: 'John Carter' }).getByRole('link', { name: 'in context' }).click();
  await page.waitForURL(/#\/readout\/[0-9a-f]{16}\?s=\d+$/);
  const n = page.url().match(/\?s=(\d+)$/)[1];
  const sentence = page.locator(`.readout-text [data-sentence="${n}"]`);
  await page.waitForFunction((n) => document.querySelector(`.readout-text [data-sentence="${n}"]`)?.classList.contains('is-target'), n);
  assert.match(await sentence.innerText(), /Carter said that the U\.S\. side adheres to the one-China policy/);
  assert.match(await page.getByTestId('meeting-note').innerText(), /One of 3 reports of this meeting/);
  assert.deepEqual(page.errors, []);
});

test('the versions view marks the sentence only in the Chinese version, exports it, prints dark on white and reopens after a reload', async () => {
  const page = await importCall();
  await callCard(page).getByRole('link', { name: 'Versions' }).click();
  await page.getByTestId('versions-table').waitFor();
  const url = page.url();
  assert.match(url, /#\/meeting\/[0-9a-f]{16}\/versions$/);
  assert.match(
    await page.getByTestId('versions-summary').innerText(),
    /10 sentence pairs · 0 sentences only in the English version · 1 sentence only in the Chinese version/,
  );
  const unmatched = page.getByTestId('unmatched-row');
  assert.equal(await unmatched.count(), 1);
  assert.match(await unmatched.innerText(), /Not in the English version\s+\d+ 任何以台制华的图谋都注定失败。\s+Only in the Chinese version/);
  const merged = page.locator('.versions-table tr.merged');
  assert.equal(await merged.count(), 1);
  assert.match(await merged.innerText(), /1 English sentence for 2 Chinese/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-md').click()]);
  const md = fs.readFileSync(await download.path(), 'utf8');
  assert.match(md, /\| \d+ \| — \| 任何以台制华的图谋都注定失败。 \| only in the Chinese version \|/);
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = fs.readFileSync(await csvFile.path(), 'utf8').split(/\r?\n/);
  assert.equal(csv[0], 'row,status,a_language,a_sentences,a_text,b_language,b_sentences,b_text');
  assert.equal(csv.filter((l) => l.includes(',only in ')).join('\n'), '7,only in the Chinese version,en,,,zh,8,任何以台制华的图谋都注定失败。');
  // Printed from a dark screen: dark text on white paper, without the buttons.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const printed = await page.evaluate(() => {
    const rgb = (el) => getComputedStyle(el).color.match(/\d+/g).slice(0, 3).map(Number);
    const summary = document.querySelector('[data-testid=versions-summary]');
    return {
      paper: getComputedStyle(document.body).backgroundColor,
      box: getComputedStyle(summary).backgroundColor.match(/\d+/g).slice(0, 3).map(Number),
      date: rgb(document.querySelector('.meeting-date')),
      buttons: getComputedStyle(document.querySelector('.compare-controls')).display,
    };
  });
  assert.equal(printed.paper, 'rgb(255, 255, 255)');
  assert.ok(Math.min(...printed.box) > 200, `a light box: ${JSON.stringify(printed)}`);
  assert.ok(Math.max(...printed.date) < 150, `grey text dark enough for paper: ${JSON.stringify(printed)}`);
  assert.equal(printed.buttons, 'none');
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await page.reload();
  await page.getByTestId('versions-table').waitFor();
  assert.equal(page.url(), url);
  assert.equal(await page.getByTestId('unmatched-row').count(), 1);
  assert.deepEqual(page.errors, []);
});

test('a meeting page lists the readouts by account, and a readout taken out is its own meeting', async () => {
  const page = await importCall({ width: 390, height: 844 });
  await callCard(page).getByRole('link', { name: '3 reports' }).click();
  await page.getByTestId('meeting-page').waitFor();
  assert.deepEqual(
    await page.locator('.meeting-account h2').allInnerTexts(),
    ["China's account", "The United States' account"],
  );
  assert.equal(await page.getByTestId('meeting-readout').count(), 3);
  await page.getByTestId('meeting-readout').filter({ hasText: 'Secretary Carter' }).getByRole('button', { name: 'Not this meeting' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-readout]').length === 2);
  assert.match(await page.getByTestId('meeting-page').innerText(), /grouped by hand/);
  // Joined again, by hand, then back to the rules.
  await page.getByTestId('meeting-join').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-readout]').length === 3);
  await page.getByTestId('meeting-undo').click();
  await page.waitForFunction(() => !/grouped by hand/.test(document.querySelector('[data-testid=meeting-page]')?.innerText ?? 'grouped by hand'));
  assert.equal(await page.getByTestId('meeting-readout').count(), 3);
  assert.deepEqual(page.errors, []);
});

test('a meeting told by one publisher in two languages offers no accounts to export, and on a phone its versions name both readouts', async () => {
  const talks = ['2021-03-04-china-en-wang-ming-carlos-mendes.txt', '2021-03-04-china-zh-wang-ming-carlos-mendes.txt'];
  const page = await importCall({ width: 390, height: 844 }, talks);
  const card = page.getByTestId('meeting-card').filter({ hasText: 'Carlos Mendes' });
  await card.getByRole('link', { name: 'Versions' }).click();
  await page.getByTestId('versions-table').waitFor();
  // Both titles, each a link to its readout, above the aligned sentences.
  const heads = page.getByTestId('versions-table').locator('thead th');
  assert.ok(await heads.nth(0).isVisible() && await heads.nth(1).isVisible());
  assert.match(await heads.nth(0).innerText(), /^English · Wang Ming Holds Talks with Brazilian Foreign Minister Carlos Mendes$/);
  assert.match(await heads.nth(1).innerText(), /^Chinese · 王明同巴西外长门德斯举行会谈$/);
  assert.ok(await page.getByTestId('export-md').isVisible(), 'the versions export');
  // Its accounts view has one account: it says so, with no buttons that would write an empty comparison.
  await page.goto(page.url().replace(/\/versions$/, '/accounts'));
  await page.getByText('This meeting has one account').waitFor();
  assert.equal(await page.getByTestId('export-md').isVisible(), false);
  assert.equal(await page.getByTestId('export-csv').isVisible(), false);
  assert.deepEqual(page.errors, []);
});

// Written for the tests: fictional officials, in the house styles of the UK Prime Minister's
// office (which names the Prime Minister by title only) and of the White House.
const UK_CALL = `PM call with President Harlan of the United States: 3 March 2025

The Prime Minister spoke to President Dana Harlan of the United States this afternoon.

The leaders discussed the situation in Ukraine. They agreed to stay in touch.`;
const US_CALL = `Readout of President Harlan's Call with Prime Minister Oswin Fairley of the United Kingdom

March 3, 2025

President Dana Harlan spoke today with Prime Minister Oswin Fairley of the United Kingdom. The leaders discussed the war in Ukraine.`;

test('a leader one account names by title only is shown on the card by the name the other account gives', async () => {
  const page = await newPage(site.browser.context, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  await paste(page, UK_CALL);
  await paste(page, US_CALL);
  await page.keyboard.press('Escape');
  const card = page.getByTestId('meeting-card').filter({ hasText: 'Dana Harlan' });
  await card.getByTestId('meeting-reports').waitFor();
  assert.equal(await card.count(), 1, 'one card for the call');
  assert.match(await card.getByTestId('meeting-reports').innerText(), /2 reports/);
  const people = await card.locator('.participant').allInnerTexts();
  assert.deepEqual(people.map((p) => p.replace(/^ · /, '').trim()).sort(), [
    'Dana Harlan (United States)',
    'Oswin Fairley (United Kingdom)',
  ]);
  assert.deepEqual(page.errors, []);
});
