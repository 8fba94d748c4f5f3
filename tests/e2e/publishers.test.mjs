// End-to-end: readouts of other governments beside China's. A State Department readout and a
// Japanese one (fictional, written for the tests: tests/fixtures/import/README.md) are pasted;
// each card and readout page says who published it, its own officials take that country and
// the publisher's colour, the Publishers filter keeps one government's readouts, and a text that
// does not say who issued it takes the "Published by" setting, keeps it across a reload, and
// follows a corrected publisher. Each test deletes what it imported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';
import { paste, waitForCards } from './actions.mjs';

const site = useSite();
const fixture = (name) => fs.readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const STATE = fixture('state-department-call.txt');
const JAPAN = fixture('japan-telephone-talk.txt');
/** Written for this test: nothing in it says which government issued it. */
const UNTOLD = 'Minister Ada Vale met Minister Tomas Brell of Norway on 2 June 2023.\n\n'
  + 'Ada Vale said that fisheries cooperation matters.\n';

/** The meeting card whose title matches `title`. */
function card(page, title) {
  return page.getByTestId('meeting-card').filter({ has: page.getByRole('link', { name: title }) });
}

/** Each participant of a card as "Name (Country)" with its swatch's speaker class. */
async function participants(cardLocator) {
  return cardLocator.locator('.participant').evaluateAll((els) => els.map((el) => [
    el.textContent.replace(/^ · /, ''),
    [...el.querySelector('.swatch').classList].find((c) => c.startsWith('sp-')),
  ]));
}

async function deleteImported(page) {
  await page.goto(`${site.server.url}#/library`);
  await page.getByRole('button', { name: 'Delete all imported' }).click();
  await page.getByTestId('confirm-delete-all').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.innerText === '0');
}

test('readouts of the State Department and of Japan say who published them, their own officials in the publisher colour, and filter by publisher', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  // "Published by" stays China: the texts tell their publishers themselves.
  let dialog = await paste(page, STATE);
  assert.equal(await dialog.getByTestId('summary-publisher').innerText(), 'United States');
  assert.equal(await dialog.getByTestId('summary-participants').innerText(),
    'Dana R. Harlan (United States) · Sari Wulandari (Indonesia)');
  dialog = await paste(page, JAPAN);
  assert.equal(await dialog.getByTestId('summary-publisher').innerText(), 'Japan');
  assert.equal(await dialog.getByTestId('parse-warnings').locator('li').count(), 0);
  await page.keyboard.press('Escape');
  await waitForCards(page, 4);

  const us = card(page, /Secretary Harlan's Call/);
  assert.equal(await us.getByTestId('card-publisher').innerText(), 'Published by United States');
  assert.equal(await us.locator('.lane-name').innerText(), 'Indonesia');
  assert.deepEqual(await participants(us), [
    ['Dana R. Harlan (United States)', 'sp-home'],
    ['Sari Wulandari (Indonesia)', 'sp-a'],
  ]);
  const jp = card(page, /Japan-Australia Foreign Ministers/);
  assert.equal(await jp.getByTestId('card-publisher').innerText(), 'Published by Japan');
  assert.deepEqual(await participants(jp), [
    ['Takeda Hiroshi (Japan)', 'sp-home'],
    ['Claire Dunmore (Australia)', 'sp-a'],
  ]);
  // China's own readouts keep China's officials in the publisher colour.
  const korea = card(page, /Kim Gunn/);
  assert.equal(await korea.getByTestId('card-publisher').innerText(), 'Published by China');
  assert.equal((await participants(korea))[0][1], 'sp-home');

  // The readout page: the publisher plainly, and the Secretary's sentences in the publisher's
  // colour, the Indonesian minister in the first counterpart's.
  await us.getByRole('link', { name: /Secretary Harlan's Call/ }).click();
  await page.getByTestId('readout-text').waitFor();
  assert.equal(await page.getByTestId('readout-publisher').innerText(), 'Published by United States');
  const sentence = (text) => page.getByTestId('readout-text').locator('[data-sentence]', { hasText: text });
  assert.match(await sentence('The Secretary welcomed').getAttribute('class'), /\bsp-home\b/);
  assert.match(await sentence('She reaffirmed').getAttribute('class'), /\bsp-home\b/);
  assert.match(await sentence('They agreed to stay').getAttribute('class'), /\bsp-joint\b/);
  const legend = await page.getByRole('list', { name: 'Speakers' }).locator('li').evaluateAll((lis) => lis.map((li) => [
    li.textContent, [...li.querySelector('.swatch').classList].find((c) => c.startsWith('sp-')),
  ]));
  assert.deepEqual(legend.slice(0, 2), [['Dana R. Harlan (United States)', 'sp-home'], ['Sari Wulandari (Indonesia)', 'sp-a']]);

  // The Publishers filter: counts, then only Japan's readout, in the address too.
  await page.goto(site.server.url);
  await waitForCards(page, 4);
  const facet = page.getByTestId('facet-publishers');
  const rows = await facet.locator('.facet-row').evaluateAll((rs) => rs.map((r) => [
    r.querySelector('.facet-label').textContent, r.querySelector('.facet-count').textContent,
  ]));
  assert.deepEqual(rows, [['China', '2'], ['Japan', '1'], ['United States', '1']]);
  await facet.getByLabel('Japan').check();
  await page.waitForURL(/[?&]publisher=Japan\b/);
  await waitForCards(page, 1);
  assert.match(await page.getByTestId('meeting-card').innerText(), /Japan-Australia/);
  await page.reload();
  await waitForCards(page, 1);
  assert.ok(await facet.getByLabel('Japan').isChecked());

  await deleteImported(page);
  assert.deepEqual(page.errors, []);
});

test('a text that does not say who published it takes the "Published by" setting, keeps it after a reload, and a corrected publisher moves its own official', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  const dialog = await paste(page, UNTOLD, { publisher: 'denmark' });
  assert.equal(await dialog.getByTestId('summary-publisher').innerText(),
    'Denmark (the setting at import: the text does not say)');
  assert.match(await dialog.getByTestId('parse-warnings').innerText(), /does not say who published it/);
  assert.equal(await dialog.getByTestId('summary-participants').innerText(), 'Ada Vale (Denmark) · Tomas Brell (Norway)');
  // The setting stays for the next import of this session.
  assert.equal(await dialog.getByLabel('Published by').inputValue(), 'denmark');
  await page.keyboard.press('Escape');

  await page.reload();
  await waitForCards(page, 3);
  const untold = card(page, /Ada Vale/);
  assert.equal(await untold.getByTestId('card-publisher').innerText(), 'Published by Denmark');
  assert.deepEqual(await participants(untold), [['Ada Vale (Denmark)', 'sp-home'], ['Tomas Brell (Norway)', 'sp-a']]);

  // Correct the publisher on the readout page: its own official's country follows.
  await untold.getByRole('link', { name: /Ada Vale/ }).click();
  await page.getByTestId('readout-text').waitFor();
  assert.equal(await page.getByTestId('readout-publisher').innerText(),
    'Published by Denmark (not stated in the text: the setting at import)');
  await page.getByText('Correct this readout').click();
  const field = page.getByTestId('correct-publisher');
  assert.equal(await field.inputValue(), 'Denmark');
  await field.fill('iceland');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=readout-publisher]')?.innerText === 'Published by Iceland');
  assert.equal(await page.getByTestId('corrections-status').innerText(), 'Saved.');
  assert.equal(await page.locator('.readout-header [data-testid=corrected-mark]').count(), 1);
  assert.match(await page.getByRole('list', { name: 'Speakers' }).innerText(), /Ada Vale \(Iceland\)/);

  await page.goto(site.server.url);
  await waitForCards(page, 3);
  assert.deepEqual(await participants(card(page, /Ada Vale/)), [['Ada Vale (Iceland)', 'sp-home'], ['Tomas Brell (Norway)', 'sp-a']]);
  assert.equal(await card(page, /Ada Vale/).getByTestId('card-publisher').innerText(), 'Published by Iceland');
  await page.reload();
  await waitForCards(page, 3);
  assert.equal(await card(page, /Ada Vale/).getByTestId('card-publisher').innerText(), 'Published by Iceland');

  // The export carries the setting and the correction.
  await page.goto(`${site.server.url}#/library`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.version, 2);
  const saved = exported.readouts.find((r) => r.text.startsWith('Minister Ada Vale'));
  assert.equal(saved.publisher, 'Denmark');
  assert.equal(saved.corrections.publisher, 'Iceland');

  await deleteImported(page);
  assert.deepEqual(page.errors, []);
});
