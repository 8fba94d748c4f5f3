// End-to-end: the timeline, its filters, search and matrix on the release build, and the URL
// that carries all of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';

const site = useSite();

async function open(url = site.server.url) {
  const page = await newPage(site.browser.context);
  await page.goto(url);
  await page.getByTestId('timeline').waitFor();
  return page;
}

const cardTitles = (page) => page.getByTestId('meeting-card').locator('h3').allInnerTexts();

test('the two seeds appear in date order, grouped by month, with the gap between them', async () => {
  const page = await open();
  const titles = await cardTitles(page);
  assert.equal(titles.length, 2);
  assert.match(titles[0], /Nguyen Quoc Dung of Vietnam/);
  assert.match(titles[1], /Kim Gunn of the Republic of Korea/);
  const months = await page.locator('.month-heading').allInnerTexts();
  assert.deepEqual(months.map((m) => m.toLowerCase()), ['october 2020', 'november 2020']);
  assert.match(await page.getByTestId('timeline').innerText(), /13 days later/);
  assert.deepEqual(page.errors, []);
});

test('filtering by a topic only one seed raises leaves that one meeting, and back undoes it', async () => {
  const page = await open();
  await page.getByTestId('facet-topics').getByLabel('ASEAN centrality').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-card]').length === 1);
  assert.match((await cardTitles(page))[0], /Vietnam/);
  assert.equal(await page.getByTestId('summary').innerText(), '1 of 2 meetings');
  assert.match(page.url(), /topic=asean-centrality/);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-card]').length === 2);
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-card]').length === 1);
  assert.deepEqual(page.errors, []);
});

test('a search for unilateralism finds sentences in both meetings with the word highlighted', async () => {
  const page = await open();
  await page.getByLabel('Search the sentences').fill('unilateralism');
  const hits = page.getByTestId('search-hit');
  await hits.first().waitFor();
  const texts = await hits.allInnerTexts();
  assert.ok(texts.some((t) => /Kim Gunn of the Republic of Korea/.test(t)), texts.join('\n'));
  assert.ok(texts.some((t) => /Nguyen Quoc Dung of Vietnam/.test(t)), texts.join('\n'));
  // Two sentences of the Vietnam seed, one of the Korea seed, each with the word marked.
  assert.equal(texts.length, 3, texts.join('\n'));
  assert.equal(await page.getByTestId('search-heading').innerText(), '3 sentences match');
  const marks = await page.locator('[data-testid=search-hit] mark').allInnerTexts();
  assert.equal(marks.length, 3, marks.join(','));
  assert.ok(marks.every((m) => m.toLowerCase() === 'unilateralism'), marks.join(','));
  // The address follows the results after the next paint.
  await page.waitForFunction(() => /q=unilateralism/.test(location.href));
  assert.deepEqual(page.errors, []);
});

test('a copied URL restores the same filters, search and view in a new page', async () => {
  const page = await open();
  await page.getByTestId('facet-countries').getByLabel('Vietnam').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=meeting-card]').length === 1);
  await page.getByLabel('Search the sentences').fill('zero-sum');
  await page.getByTestId('search-hit').first().waitFor();
  await page.waitForFunction(() => /q=zero-sum/.test(location.href));
  const link = page.url();
  const fresh = await open(link);
  await fresh.getByTestId('search-hit').first().waitFor();
  assert.equal(await fresh.getByTestId('meeting-card').count(), 1);
  assert.ok(await fresh.getByTestId('facet-countries').getByLabel('Vietnam').isChecked());
  assert.equal(await fresh.getByLabel('Search the sentences').inputValue(), 'zero-sum');
  assert.equal(await fresh.getByTestId('search-hit').count(), await page.getByTestId('search-hit').count());
  assert.deepEqual(fresh.errors, []);
});

test('the matrix shows topics by meeting and a cell opens that meeting on that topic', async () => {
  const page = await open();
  const matrix = page.getByTestId('matrix');
  const row = matrix.locator('tr', { has: page.locator('th', { hasText: /^South China Sea$/ }) });
  // One statement in each meeting on the South China Sea; on the Indo-Pacific strategy, one in
  // the Korea meeting (the second column) and none in the Vietnam one.
  const counts = await row.locator('a.cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-count')));
  assert.deepEqual(counts, ['1', '1']);
  const indo = matrix.locator('tr', { has: page.locator('th', { hasText: /Indo-Pacific/ }) });
  const indoCells = await indo.locator('td').evaluateAll((cells) => cells.map((c) => c.querySelector('a.cell')?.getAttribute('data-count') ?? (c.classList.contains('cell-empty') ? 'empty' : '?')));
  assert.deepEqual(indoCells, ['empty', '1']);
  await row.locator('a.cell').first().click();
  await page.getByTestId('readout-text').waitFor();
  assert.match(page.url(), /#\/readout\/[0-9a-f]+\?topic=south-china-sea/);
  assert.deepEqual(page.errors, []);
});

test('a search typed just before a filter click stays in the history entry that back returns to', async () => {
  const page = await open();
  await page.getByLabel('Search the sentences').fill('unilateralism');
  // At once, before the address has caught up with the typing.
  await page.getByTestId('facet-countries').getByLabel('Vietnam').check();
  await page.waitForFunction(() => /country=Vietnam/.test(location.href) && /q=unilateralism/.test(location.href));
  await page.goBack();
  await page.waitForFunction(() => !/country=/.test(location.href));
  assert.match(page.url(), /q=unilateralism/);
  assert.equal(await page.getByLabel('Search the sentences').inputValue(), 'unilateralism');
  assert.equal(await page.getByTestId('facet-countries').getByLabel('Vietnam').isChecked(), false);
  assert.deepEqual(page.errors, []);
});
