// End-to-end: the release build in dist/, served by a plain static server on loopback, driven
// in headless Chromium the way a person uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';

const site = useSite();

test('the home page lists both bundled readouts with their dates, oldest first', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  const cards = page.getByTestId('meeting-card');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 2);
  const first = await cards.nth(0).innerText();
  const second = await cards.nth(1).innerText();
  assert.match(first, /27 October 2020/);
  assert.match(first, /Nguyen Quoc Dung/);
  assert.match(second, /9 November 2020/);
  assert.match(second, /Vice Foreign Minister Luo Zhaohui Holds a Video Conference with Deputy Foreign Minister Kim Gunn/);
  assert.equal(await page.getByTestId('summary').innerText(), '2 meetings');
  assert.deepEqual(page.errors, []);
});

test('a readout opens from the list, shows its attributed text, and back returns to the list', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await page.getByRole('link', { name: /Kim Gunn of the Republic of Korea/ }).click();
  await page.getByTestId('readout-text').waitFor();
  assert.match(page.url(), /#\/readout\/[0-9a-f]+$/);
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  assert.match(heading, /Holds a Video Conference with Deputy Foreign Minister Kim Gunn/);
  const text = await page.getByTestId('readout-text').innerText();
  assert.match(text, /Kim Gunn spoke highly of China's contribution/);
  assert.doesNotMatch(text, /Suggest to a friend/);
  await page.goBack();
  await page.getByTestId('meeting-card').first().waitFor();
  assert.equal(await page.getByTestId('meeting-card').count(), 2);
  assert.deepEqual(page.errors, []);
});

test('a deep link to a readout loads directly in a fresh page', async () => {
  const first = await newPage(site.browser.context);
  await first.goto(site.server.url);
  await first.getByRole('link', { name: /Kim Gunn of the Republic of Korea/ }).click();
  await first.getByTestId('readout-text').waitFor();
  const link = first.url();
  const fresh = await newPage(site.browser.context);
  await fresh.goto(link);
  await fresh.getByTestId('readout-text').waitFor();
  assert.match(await fresh.getByRole('heading', { level: 1 }).innerText(), /Kim Gunn/);
  assert.deepEqual(fresh.errors, []);
});
