// End-to-end: the side-by-side comparison of the two seeds on the release build: rows,
// silences, shared wording, exports, and the URL that reopens it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';

const site = useSite();
let ids;

/** Readout ids in timeline order: Vietnam (27 Oct 2020), then the Republic of Korea (9 Nov). */
async function readoutIds() {
  if (ids) return ids;
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().waitFor();
  const hrefs = await page.getByTestId('meeting-card').locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  ids = hrefs.map((h) => h.match(/#\/readout\/([0-9a-f]+)/)[1]);
  await page.close();
  return ids;
}

async function openComparison() {
  await readoutIds();
  const page = await newPage(site.browser.context, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.url}#/compare?ids=${ids.join(',')}`);
  await page.getByTestId('compare-grid').waitFor();
  return page;
}

/** The text of each column's cell in the row of `topic`. */
async function rowCells(page, topic) {
  const row = page.getByTestId('compare-grid').locator('tbody tr', { has: page.locator('th', { hasText: topic }) });
  assert.equal(await row.count(), 1, `one row for ${topic}`);
  return row.locator('td').allInnerTexts();
}

test('topics both meetings raise show both, silences show "not mentioned"', async () => {
  const page = await openComparison();
  for (const topic of ['South China Sea', 'Public health, COVID-19 and vaccines', 'Trade, RCEP and regional economic integration']) {
    const cells = await rowCells(page, topic);
    assert.equal(cells.length, 2);
    assert.ok(cells.every((c) => !/not mentioned/.test(c) && /Luo Zhaohui/.test(c)), `${topic}: ${cells.join(' | ')}`);
  }
  const indo = await rowCells(page, 'US Indo-Pacific strategy and the Quad');
  assert.equal(indo[0], 'not mentioned');
  assert.match(indo[1], /Indo-Pacific Strategy/);
  const asean = await rowCells(page, 'ASEAN centrality');
  assert.match(asean[0], /ASEAN's central status/);
  assert.equal(asean[1], 'not mentioned');
  assert.deepEqual(page.errors, []);
});

test('rows are ordered by how much is said on the topic', async () => {
  const page = await openComparison();
  const rows = await page.getByTestId('compare-grid').locator('tbody tr')
    .evaluateAll((trs) => trs.map((r) => [r.querySelector('th').innerText.trim(), r.querySelectorAll('.quotes li').length]));
  const counts = rows.map(([, n]) => n);
  for (let i = 1; i < counts.length; i++) assert.ok(counts[i - 1] >= counts[i], counts.join(','));
  // The most said first: East Asia cooperation (7 and 8 statements) and public health (2 and 8).
  assert.deepEqual(rows.slice(0, 2).map(([label]) => label), ['East Asia cooperation mechanisms', 'Public health, COVID-19 and vaccines']);
});

test('"Regional Comprehensive Economic Partnership" is highlighted as shared in both columns', async () => {
  const page = await openComparison();
  const row = page.getByTestId('compare-grid').locator('tbody tr', { has: page.locator('th', { hasText: 'Trade, RCEP' }) });
  const marks = row.locator('mark.shared', { hasText: 'Regional Comprehensive Economic Partnership' });
  assert.equal(await marks.count(), 2);
  const classes = await marks.evaluateAll((ms) => ms.map((m) => m.className));
  assert.equal(classes[0], classes[1], 'the same colour in both meetings');
});

test('the Markdown and CSV exports contain the rows, and the JSON the comparison', async () => {
  const page = await openComparison();
  const save = async (testid) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return fs.readFileSync(await download.path(), 'utf8');
  };
  const md = await save('export-md');
  assert.match(md, /\| South China Sea \|/);
  assert.match(md, /\| US Indo-Pacific strategy and the Quad \| \*not mentioned\* \|/);
  assert.match(md, /Regional Comprehensive Economic Partnership/);
  const csv = await save('export-csv');
  assert.match(csv.split('\r\n')[0], /^topic_id,topic,meeting_date/);
  assert.match(csv, /south-china-sea,South China Sea,2020-10-27/);
  assert.match(csv, /indo-pacific-strategy[^\r\n]*2020-10-27[^\r\n]*not mentioned/);
  assert.match(csv, /asean-centrality[^\r\n]*2020-11-09[^\r\n]*not mentioned/);
  const json = JSON.parse(await save('export-json'));
  assert.deepEqual(json.columns.map((c) => c.date), ['2020-10-27', '2020-11-09']);
  assert.match(json.columns[0].title, /Nguyen Quoc Dung of Vietnam/);
  assert.match(json.columns[1].title, /Kim Gunn of the Republic of Korea/);
  const row = (id) => json.rows.find((r) => r.topic_id === id);
  // The South China Sea: Luo Zhaohui commits in the first meeting and opposes (the hyping up
  // of the issue) in the second; both raise it.
  const scs = row('south-china-sea');
  assert.deepEqual(scs.cells.map((cell) => cell.map((sp) => [sp.speaker_name, sp.positions.map((p) => p.stance)])),
    [[['Luo Zhaohui', ['commits']]], [['Luo Zhaohui', ['opposes']]]]);
  assert.deepEqual(scs.silent, []);
  assert.deepEqual(row('indo-pacific-strategy').silent, [0]);
  assert.deepEqual(row('asean-centrality').silent, [1]);
  assert.ok(json.shared_formulations.some((f) => f.text === 'zero-sum game'), JSON.stringify(json.shared_formulations));
  assert.deepEqual(page.errors, []);
});

test('the URL reopens the same comparison, and columns can be swapped and removed', async () => {
  const page = await openComparison();
  const fresh = await newPage(site.browser.context);
  await fresh.goto(page.url());
  await fresh.getByTestId('compare-grid').waitFor();
  assert.deepEqual(await rowCells(fresh, 'ASEAN centrality'), await rowCells(page, 'ASEAN centrality'));
  await page.getByRole('button', { name: /Move 27 October 2020 · Vietnam right/ }).click();
  await page.waitForURL(new RegExp(`ids=${ids[1]},${ids[0]}`));
  assert.equal((await rowCells(page, 'ASEAN centrality'))[0], 'not mentioned');
  await page.getByRole('button', { name: /Remove 9 November 2020/ }).click();
  await page.getByTestId('compare-empty').waitFor();
  await page.goBack();
  await page.getByTestId('compare-grid').waitFor();
  assert.deepEqual(page.errors, []);
});

test('meetings are chosen from the timeline', async () => {
  await readoutIds();
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByTestId('meeting-card').first().getByRole('link', { name: 'Compare' }).click();
  await page.getByTestId('add-meeting').selectOption({ index: 1 });
  await page.getByTestId('compare-grid').waitFor();
  assert.match(page.url(), new RegExp(`#/compare\\?ids=${ids[0]},${ids[1]}`));
  assert.deepEqual(page.errors, []);
});

test('"Compare with" on a readout page opens the comparison of the two meetings', async () => {
  await readoutIds();
  const page = await newPage(site.browser.context);
  await page.goto(`${site.server.url}#/readout/${ids[1]}`);
  await page.getByTestId('readout-text').waitFor();
  await page.getByTestId('compare-with').selectOption(ids[0]);
  await page.getByTestId('compare-grid').waitFor();
  assert.match(page.url(), new RegExp(`#/compare\\?ids=${ids[0]},${ids[1]}$`));
  assert.deepEqual(page.errors, []);
});
