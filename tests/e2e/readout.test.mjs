// End-to-end: the readout view (positions, selected sentence, text as published, neighbours)
// and the formulations view, on the release build served on loopback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';

const site = useSite();

/** Opens the Korea seed readout from the timeline. */
async function openKorea(page) {
  await page.goto(site.server.url);
  await page.getByRole('link', { name: /Kim Gunn of the Republic of Korea/ }).click();
  await page.getByTestId('readout-text').waitFor();
}

test('a position click lands on its sentence', async () => {
  const page = await newPage(site.browser.context, { viewport: { width: 1280, height: 700 } });
  await openKorea(page);
  const position = page.getByTestId('positions').getByRole('link').last();
  await position.click();
  await page.waitForURL(/\?s=\d+/);
  const n = page.url().match(/[?&]s=(\d+)/)[1];
  const sentence = page.locator(`.readout-text [data-sentence="${n}"]`);
  await page.waitForFunction((n) => {
    const el = document.querySelector(`.readout-text [data-sentence="${n}"]`);
    return el && el.classList.contains('is-target') && document.activeElement === el;
  }, n);
  assert.match(await sentence.getAttribute('class'), /is-target/);
  assert.ok(await sentence.isVisible());
  const inView = await sentence.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  assert.ok(inView, 'the target sentence is in the viewport');
  assert.equal(await page.locator('.readout-text .is-target').count(), 1);
  assert.deepEqual(page.errors, []);
});

test('a topic filter in the URL highlights the sentences on that topic', async () => {
  const page = await newPage(site.browser.context);
  await openKorea(page);
  await page.goto(`${page.url()}?topic=south-china-sea`);
  const note = page.getByTestId('topic-note');
  await note.waitFor();
  // The Korea seed has one sentence on the South China Sea, and only it is highlighted.
  assert.match(await note.innerText(), /^Showing 1 statement on South China Sea · clear$/);
  const onTopic = await page.locator('.readout-text .on-topic').allInnerTexts();
  assert.equal(onTopic.length, 1, onTopic.join('\n'));
  assert.match(onTopic[0], /^Instead of hyping up issues such as the South China Sea issue/);
  await note.getByRole('link', { name: 'clear' }).click();
  await note.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.readout-text .on-topic').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the text as published shows the page chrome only when toggled', async () => {
  const page = await newPage(site.browser.context);
  await openKorea(page);
  assert.doesNotMatch(await page.getByTestId('readout-text').innerText(), /Suggest to a friend/);
  await page.getByLabel('Show the text as published').check();
  const source = page.getByTestId('source-text');
  await source.waitFor();
  assert.match(await source.innerText(), /Suggest to a friend/);
  assert.equal(await page.getByTestId('readout-text').count(), 0);
  await page.getByLabel('Show the text as published').uncheck();
  await page.getByTestId('readout-text').waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /Suggest to a friend/);
  assert.deepEqual(page.errors, []);
});

test('previous and next links move between meetings in date order', async () => {
  const page = await newPage(site.browser.context);
  await openKorea(page);
  assert.equal(await page.getByTestId('nav-next').count(), 0, 'the Korea seed is the latest');
  const prev = page.getByTestId('nav-prev');
  assert.match(await page.locator('.nav-prev').innerText(), /27 October 2020/);
  await prev.click();
  await page.waitForFunction(() => /Nguyen Quoc Dung/.test(document.querySelector('h1')?.innerText ?? ''));
  assert.equal(await page.getByTestId('nav-prev').count(), 0, 'the Vietnam seed is the oldest');
  assert.match(await page.locator('.nav-next').innerText(), /9 November 2020/);
  await page.getByTestId('nav-next').click();
  await page.waitForFunction(() => /Kim Gunn/.test(document.querySelector('h1')?.innerText ?? ''));
  assert.deepEqual(page.errors, []);
});

test('a formulation lists the sentences that use it, and back returns to the list', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(`${site.server.url}#/formulations`);
  await page.getByTestId('formulation').first().waitFor();
  const listed = await page.getByTestId('formulation').count();
  const row = page.getByTestId('formulation').filter({ hasText: 'zero-sum game' });
  assert.match(await row.innerText(), /2 meetings/);
  await row.getByRole('link', { name: 'zero-sum game' }).click();
  const uses = page.getByTestId('formulation-use');
  await uses.first().waitFor();
  assert.match(page.url(), /#\/formulations\?phrase=zero-sum/);
  assert.equal(await uses.count(), 2);
  const marks = await page.locator('[data-testid=formulation-use] mark').allInnerTexts();
  assert.equal(marks.length, 2);
  for (const m of marks) assert.match(m, /zero-sum game/i);
  const meetings = await page.locator('[data-testid=formulation-use] a').evaluateAll(
    (links) => new Set(links.map((a) => a.getAttribute('href').split('?')[0])).size,
  );
  assert.equal(meetings, 2);
  await page.goBack();
  await page.getByTestId('formulations').waitFor();
  await page.getByTestId('formulation').filter({ hasText: 'zero-sum game' }).waitFor();
  assert.equal(await page.getByTestId('formulation').count(), listed, 'the whole list is back');
  assert.deepEqual(page.errors, []);
});

test('the formulation filter narrows the list and says when nothing matches', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(`${site.server.url}#/formulations`);
  await page.getByTestId('formulation').first().waitFor();
  await page.getByLabel('Filter phrases').fill('zero-sum');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=formulation]').length === 1);
  assert.match(await page.getByTestId('formulation').innerText(), /zero-sum game/);
  await page.getByLabel('Filter phrases').fill('no such phrase here');
  const empty = page.getByTestId('formulations-empty');
  await empty.waitFor();
  assert.equal(await empty.innerText(), 'No phrase contains \u201Cno such phrase here\u201D. Try a shorter word, or clear the filter.');
  assert.equal(await page.getByTestId('formulation').count(), 0);
  assert.deepEqual(page.errors, []);
});
