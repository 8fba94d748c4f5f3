// End-to-end: a collection loaded from a link in the query string (same site only, with a clear
// message otherwise), and the windowed timeline at 1,000 readouts. The collections are synthetic,
// written for these tests by `cargo run --example synth` into a copy of the build.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';

function synth(count, seed, out) {
  execFileSync('cargo', ['run', '--quiet', '--example', 'synth', '--', '--count', String(count), '--seed', String(seed), '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// A copy of the build with the collections next to it, as a site would host them.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-lens-scale-'));
fs.cpSync(process.env.DIST ?? 'dist', root, { recursive: true });
fs.mkdirSync(path.join(root, 'data'));
synth(12, 3, path.join(root, 'data', 'small.json'));
synth(1000, 7, path.join(root, 'data', 'thousand.json'));
fs.writeFileSync(path.join(root, 'data', 'not-json.json'), '<html>not a collection</html>');
fs.writeFileSync(path.join(root, 'data', 'wrong.json'), JSON.stringify({ format: 'something-else', version: 1, readouts: [] }));
const site = useSite(root);
after(() => fs.rmSync(root, { recursive: true, force: true }));

async function open(query) {
  const page = await newPage(site.browser.context, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.url}${query}`);
  await page.getByTestId('timeline').waitFor();
  return page;
}

/** Waits until the summary says `n` meetings and no load is in progress. */
async function loaded(page, n) {
  await page.waitForFunction((n) => document.querySelector('[data-testid=summary]')?.textContent === `${n} meetings`
    && !document.querySelector('[data-testid=load-progress]'), n, { timeout: 30000 });
}

test('a collection linked in the query string is loaded next to the bundled readouts', async () => {
  const page = await open('?collection=data/small.json');
  await loaded(page, 14);
  const titles = await page.getByTestId('meeting-card').locator('h3').allInnerTexts();
  assert.equal(titles.length, 14);
  assert.ok(titles.some((t) => /Nguyen Quoc Dung/.test(t)), 'the bundled seeds stay');
  const synthetic = await page.getByTestId('meeting-card').filter({ hasText: /Rin|Zor|Vel|Quin|Tav|Mor|Lix|Bren|Sul|Dar|Nox|Pell/ }).count();
  assert.ok(synthetic >= 12, `${synthetic} synthetic meetings shown`);
  await page.getByLabel('Search the sentences').fill('"synthetic readout no"');
  await page.getByTestId('search-hit').first().waitFor();
  assert.match(await page.getByTestId('summary').innerText(), /^12 of 14 meetings$/);
  assert.deepEqual(page.errors, []);
});

test('a linked collection is fetched by a worker, off the page, and marked when it arrived', async () => {
  const page = await newPage(site.browser.context, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.url}?collection=data/small.json`);
  await loaded(page, 14);
  // Loaded, yet not in the page's own resource timing: fetched by the worker, which reported
  // when it arrived.
  const timing = await page.evaluate(() => ({
    onPage: performance.getEntriesByType('resource').filter((e) => e.name.includes('small.json')).length,
    marks: performance.getEntriesByName('collection-arrived').length,
  }));
  assert.deepEqual(timing, { onPage: 0, marks: 1 }, 'the page itself did not fetch the collection');
  assert.deepEqual(page.errors, []);
});

test('without the worker script the page fetches the collection itself', async () => {
  const page = await newPage(site.browser.context, { viewport: { width: 1280, height: 900 } });
  await page.route(/collection-fetch-[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(`${site.server.url}?collection=data/small.json`);
  await loaded(page, 14);
  const onPage = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('small.json')).length);
  assert.equal(onPage, 1);
  // The refused script is reported, as a failed request and on the console.
  const others = page.errors.filter((e) => !/collection-fetch|^console: Failed to load resource: net::ERR_FAILED$/.test(e));
  assert.deepEqual(others, []);
});

test('a collection on another site is refused with a message and the bundled readouts still show', async () => {
  const page = await open('?collection=https://example.org/collection.json');
  const notice = page.getByTestId('load-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /another site than this page/);
  assert.equal(await page.getByTestId('summary').innerText(), '2 meetings');
  assert.deepEqual(page.errors, []);
});

test('a missing, non-JSON or foreign file gives a message saying what is wrong', async () => {
  for (const [file, why] of [['missing.json', /server answered 404/], ['not-json.json', /is not valid JSON/], ['wrong.json', /not a Readout Lens collection/]]) {
    const page = await open(`?collection=data/${file}`);
    const notice = page.getByTestId('load-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), why, file);
    assert.equal(await page.getByTestId('summary').innerText(), '2 meetings');
    const unexpected = page.errors.filter((e) => !/404/.test(e));
    assert.deepEqual(unexpected, [], file);
    await page.close();
  }
});

test('at 1,000 readouts the timeline keeps the page small and scrolls to the later meetings', async () => {
  const page = await open('?collection=data/thousand.json');
  await loaded(page, 1002);
  const cards = () => page.getByTestId('meeting-card').count();
  assert.ok(await cards() < 40, `${await cards()} cards in the page`);
  const dates = () => page.locator('[data-testid=meeting-card] time').allInnerTexts();
  assert.match((await dates())[0], /2015$/);
  const viewport = page.locator('.timeline-viewport');
  for (let i = 0; i < 5; i++) {
    await viewport.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.waitForTimeout(100);
  }
  const last = await dates();
  assert.match(last.at(-1), /2024$/, last.join(', '));
  assert.ok(await cards() < 40, `${await cards()} cards in the page after scrolling`);
  assert.ok(await page.locator('[data-testid=timeline] *').count() < 1200, 'the DOM stays small');
  // The year menu jumps into the middle of the list.
  await page.getByLabel('Jump to').selectOption({ label: '2019' });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=meeting-card] time')].some((t) => /2019$/.test(t.textContent)));
  // The matrix bins 1,000 meetings by quarter, and a period heading zooms in.
  const matrix = page.getByTestId('matrix');
  assert.equal(await matrix.getAttribute('data-bin'), 'quarter');
  await matrix.locator('a.col-zoom').first().click();
  await page.waitForFunction(() => /of 1002 meetings/.test(document.querySelector('[data-testid=summary]').textContent));
  assert.match(page.url(), /from=2015-01-01&to=2015-03-31/);
  assert.deepEqual(page.errors, []);
});

test('tabbing through the windowed timeline keeps going past the rows first drawn', async () => {
  const page = await open('?collection=data/thousand.json');
  await loaded(page, 1002);
  await page.locator('[data-testid=meeting-card] h3 a').first().focus();
  const focusedDate = () => page.evaluate(() => document.activeElement.closest('[data-testid=meeting-card]')?.querySelector('time')?.textContent ?? null);
  const focusedTitle = () => page.evaluate(() => document.activeElement.closest('[data-testid=meeting-card]')?.querySelector('h3')?.textContent ?? null);
  const first = await focusedDate();
  // Each card has a title link, topic chips and a Compare link: 150 tabs cross dozens of cards,
  // far beyond the dozen drawn at first.
  const visited = new Set();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    visited.add(await focusedTitle());
  }
  const inTimeline = await page.evaluate(() => !!document.activeElement.closest('.timeline-viewport'));
  assert.ok(inTimeline, 'focus is still in the timeline');
  assert.ok(!visited.has(null), 'every tab stop was in a meeting card');
  assert.ok(visited.size > 25, `${visited.size} cards visited`);
  const later = await focusedDate();
  assert.ok(later && later !== first, `${first} -> ${later}`);
  assert.ok(await page.getByTestId('meeting-card').count() < 40);
  assert.deepEqual(page.errors, []);
});

test('with 1,000 meetings the comparison lists a filtered choice, not every meeting', async () => {
  const page = await open('?collection=data/thousand.json');
  await loaded(page, 1002);
  const ids = await page.getByTestId('meeting-card').locator('h3 a')
    .evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href').split('/').pop()));
  await page.goto(`${site.server.url}?collection=data/thousand.json#/compare?ids=${ids.join(',')}`);
  const select = page.getByTestId('add-meeting');
  await select.waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=load-progress]')
    && /of 1000 shown/.test(document.querySelector('.meeting-select-hint')?.textContent ?? ''), null, { timeout: 30000 });
  // 150 meetings and the empty choice; the hint says how many match in all.
  assert.equal(await select.locator('option').count(), 151);
  assert.match(await page.locator('.meeting-select-hint').innerText(), /^150 of 1000 shown; type to narrow\.$/);
  await page.getByTestId('add-meeting-filter').fill('Republic of Korea');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=add-meeting] option').length < 151);
  const labels = await select.locator('option').allInnerTexts();
  assert.ok(labels.length > 1, 'some meetings match');
  assert.ok(labels.slice(1).every((l) => /republic of korea/i.test(l)), labels.slice(1, 4).join(' | '));
  await select.selectOption({ index: 1 });
  await page.waitForFunction(() => /ids=[^,]+,[^,]+,[^,&]+/.test(location.hash));
  assert.deepEqual(page.errors, []);
});

test('a search over 1,000 readouts lists its hits a page at a time, and a filter narrows them', async () => {
  const page = await open('?collection=data/thousand.json');
  await loaded(page, 1002);
  await page.getByLabel('Search the sentences').fill('cooperation');
  const heading = page.getByTestId('search-heading');
  await heading.waitFor();
  const total = Number((await heading.innerText()).match(/^(\d+) sentences match; the first 50 are listed$/)?.[1]);
  assert.ok(total > 100, `${total} sentences match`);
  const hits = page.getByTestId('search-hit');
  assert.equal(await hits.count(), 50);
  const more = page.getByTestId('search-more');
  assert.equal(await more.innerText(), `List 50 more of the ${total - 50} left`);
  const first50 = await hits.locator('.hit-text').allTextContents();
  // From the keyboard: focus goes to the first hit added, where reading goes on.
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=search-hit]').length === 100);
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll('[data-testid=search-hit]')[50]);
  assert.match(await heading.innerText(), new RegExp(`^${total} sentences match; the first 100 are listed$`));
  // The first page stays as it was; every hit highlights the word.
  assert.deepEqual((await hits.locator('.hit-text').allTextContents()).slice(0, 50), first50);
  const marks = await hits.locator('mark').allTextContents();
  assert.ok(marks.length >= 100 && marks.every((m) => /^cooperation$/i.test(m)), marks.slice(0, 3).join(', '));
  // Ticking a country narrows the hits and their count; a new search starts at 50 again.
  await page.locator('[data-testid=facet-countries] input[type=checkbox]').first().check();
  await page.waitForFunction((total) => {
    const m = document.querySelector('[data-testid=search-heading]')?.textContent.match(/^(\d+) sentences? match/);
    return m && Number(m[1]) < total;
  }, total);
  assert.match(await page.getByTestId('summary').innerText(), /^\d+ of 1002 meetings$/);
  await page.getByLabel('Search the sentences').fill('dialogue');
  await page.waitForFunction(() => /^\d+ sentences? match/.test(document.querySelector('[data-testid=search-heading]')?.textContent ?? '')
    && !/cooperation/i.test(document.querySelector('[data-testid=search-hit] mark')?.textContent ?? 'cooperation'));
  assert.ok(await hits.count() <= 50);
  assert.deepEqual(page.errors, []);
});
