// End-to-end: Chinese readouts, as a China watcher brings them in. Paste readouts in Chinese
// (fictional, written for the tests: tests/fixtures/zh/) and open one saved in GBK; see who met,
// who said what, the points and the topics; search 南海; open a Chinese formulation; compare a
// Chinese readout with an English one; correct the language. Runs on the release build.
// Every test starts from a fresh browser profile (site.mjs) and pastes the readouts it needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPage } from './browser.mjs';
import { useSite } from './site.mjs';
import { paste, waitForCards } from './actions.mjs';

const site = useSite();
const zh = (name) => fs.readFileSync(new URL(`../fixtures/zh/tuning/${name}`, import.meta.url), 'utf8');

/** A page on the timeline with the fixtures `names` pasted, one after the other. */
async function withPasted(names, options = {}) {
  const page = await newPage(site.browser.context, options);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  for (const [k, name] of names.entries()) {
    const dialog = await paste(page, zh(name));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await waitForCards(page, 3 + k);
  }
  return page;
}

/** The id of the readout whose card title matches `re`. */
async function idOf(page, re) {
  const hrefs = await page.locator('[data-testid=meeting-card] h3 a').evaluateAll((as) =>
    as.map((a) => [a.innerText, a.getAttribute('href')]));
  const hit = hrefs.find(([t]) => re.test(t));
  assert.ok(hit, `no card matches ${re}`);
  return hit[1].match(/#\/readout\/([0-9a-f]+)/)[1];
}

test('a pasted Chinese page copy shows its participants, date and language', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  const dialog = await paste(page, zh('web-page-copy.txt'));
  const summary = dialog.getByTestId('parse-summary');
  assert.equal(await summary.getByTestId('summary-date').innerText(), '22 July 2019');
  assert.match(await summary.getByTestId('summary-participants').innerText(), /沈秋月 \(China\).*拉蒙·阿瓜维瓦 \(Philippines\)/);
  assert.match(await summary.getByTestId('summary-speakers').innerText(), /^6 of 7 sentences attributed$/);
  await page.keyboard.press('Escape');
  await waitForCards(page, 3);
  const card = page.getByTestId('meeting-card').filter({ hasText: '沈秋月同菲律宾' });
  assert.equal(await card.getByTestId('card-language').innerText(), '中文');
  assert.equal(await card.locator('h3 a').getAttribute('lang'), 'zh');
  assert.deepEqual(page.errors, []);
});

test('the Chinese readout page shows speakers, points, topics and the text without chrome', async () => {
  const page = await withPasted(['talks-points-yishi.txt']);
  await page.getByRole('link', { name: '温立舟同葡萄牙外长法尔康举行会谈' }).click();
  const text = page.getByTestId('readout-text');
  await text.waitFor();
  assert.equal(await text.getAttribute('lang'), 'zh');
  assert.equal(await page.getByTestId('readout-language').innerText(), 'Chinese (中文)');
  const labels = await text.locator('.speaker-label').allTextContents();
  assert.deepEqual(labels, ['温立舟', '鲁伊·法尔康', 'Both sides']);
  const points = await page.locator('.points li').allInnerTexts();
  assert.equal(points.length, 3);
  assert.match(points[0], /一是加强高层交往/);
  assert.match(points[2], /三是密切人文交流/);
  // No space is set between Chinese sentences.
  assert.doesNotMatch(await text.innerText(), /。 /);
  assert.deepEqual(page.errors, []);
});

test('searching 南海 finds the Chinese sentences that say it, highlighted', async () => {
  const page = await withPasted(['web-page-copy.txt']);
  await page.goto(`${site.server.url}#/?q=${encodeURIComponent('南海')}`);
  const hits = page.getByTestId('search-hit');
  await hits.first().waitFor();
  // One sentence of the pasted readout says 南海, twice; the English seeds never do.
  const texts = await hits.allInnerTexts();
  assert.equal(texts.length, 1, texts.join('\n'));
  assert.match(texts[0], /中方愿同菲方一道，妥善处理南海问题，推进“南海行为准则”磋商。/);
  const marks = await page.locator('[data-testid=search-hit] mark').allInnerTexts();
  assert.deepEqual(marks, ['南海', '南海']);
  assert.deepEqual(page.errors, []);
});

test('on a phone, a search hit\'s long Chinese title wraps inside itself, with no separator left at a line\'s end', async () => {
  const page = await withPasted(['web-page-copy.txt'], { viewport: { width: 390, height: 844 } });
  await page.goto(`${site.server.url}#/?q=${encodeURIComponent('南海')}`);
  const meta = page.locator('[data-testid=search-hit] .hit-meta');
  await meta.first().waitFor();
  // Each " · " starts on the line where what follows it starts: a separator alone at the end
  // of a line (the speaker, then " ·", then the title on a line of its own) fails this.
  const lines = await meta.first().evaluate((p) => {
    const top = (node, at) => {
      const r = document.createRange();
      if (node.nodeType === Node.TEXT_NODE) r.setStart(node, at === 'end' ? node.length - 1 : 0);
      else r.setStart(node.firstChild, 0);
      r.setEnd(r.startContainer, r.startOffset + 1);
      return Math.round(r.getClientRects()[0].top);
    };
    const nodes = [...p.childNodes].filter((n) => n.nodeType !== Node.TEXT_NODE || n.textContent.trim());
    return nodes.flatMap((n, i) => (n.nodeType === Node.TEXT_NODE && n.textContent.trim() === '·' && nodes[i + 1]
      ? [[top(n, 'end'), top(nodes[i + 1], 'start'), nodes[i + 1].textContent.slice(0, 12)]]
      : []));
  });
  assert.equal(lines.length, 2, JSON.stringify(lines));
  for (const [sep, next, what] of lines) assert.equal(sep, next, `the separator before "${what}" ends a line`);
  // And the title did wrap: the line is taller than one line of text.
  const height = await meta.first().evaluate((p) => p.getBoundingClientRect().height);
  assert.ok(height > 30, `one line only (${height} px): the test no longer shows wrapping`);
  assert.deepEqual(page.errors, []);
});

test('a phrase three Chinese readouts share is a formulation, listed apart from a longer one two share', async () => {
  // The three say 共同关心的国际和地区问题; the talks and the ambassador meeting go on with
  // 交换了意见, and so does the page copy pasted first, which does not say the phrase.
  const page = await withPasted(['web-page-copy.txt', 'talks-points-yishi.txt', 'phone-call-at-request.txt', 'ambassador-meeting.txt']);
  await page.goto(`${site.server.url}#/formulations`);
  const phrase = '共同关心的国际和地区问题';
  const rowOf = (text) => page.getByTestId('formulation')
    .filter({ has: page.locator('a.phrase', { hasText: new RegExp(`^${text}$`) }) });
  const row = rowOf(phrase);
  await row.waitFor();
  assert.equal(await row.locator('.count').innerText(), '3 meetings · 3 uses');
  assert.equal(await rowOf(`${phrase}交换了意见`).locator('.count').innerText(), '2 meetings · 2 uses');
  assert.equal(await rowOf('问题交换了意见').locator('.count').innerText(), '3 meetings · 3 uses');
  await row.locator('a.phrase').click();
  const uses = page.getByTestId('formulation-use');
  await uses.first().waitFor();
  assert.equal(await uses.count(), 3);
  const marks = await page.locator('[data-testid=formulation-use] mark').allInnerTexts();
  assert.deepEqual(marks, [phrase, phrase, phrase]);
  assert.deepEqual(page.errors, []);
});

test('a Chinese readout and an English one compare side by side, topic by topic', async () => {
  const page = await withPasted(['web-page-copy.txt'], { viewport: { width: 1280, height: 900 } });
  const chinese = await idOf(page, /沈秋月同菲律宾/);
  const english = await idOf(page, /Kim Gunn/);
  await page.goto(`${site.server.url}#/compare?ids=${chinese},${english}`);
  const grid = page.getByTestId('compare-grid');
  await grid.waitFor();
  const heads = await grid.locator('thead th').allInnerTexts();
  assert.ok(heads.some((h) => /沈秋月 \(China\)/.test(h)), heads.join(' | '));
  assert.ok(heads.some((h) => /Kim Gunn/.test(h)), heads.join(' | '));
  const row = grid.locator('tbody tr', { has: page.locator('th', { hasText: 'South China Sea' }) });
  assert.match(await row.innerText(), /南海/);
  assert.deepEqual(page.errors, []);
});

test('the language can be corrected, and the readout is read again', async () => {
  const page = await withPasted(['ambassador-meeting.txt']);
  await page.getByRole('link', { name: '外交部副部长沈秋月会见新加坡驻华大使陈伟良' }).click();
  await page.getByTestId('readout-text').waitFor();
  await page.getByText('Correct this readout').click();
  await page.getByTestId('correct-language').selectOption('en');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=readout-language]')?.innerText === 'English');
  assert.equal(await page.getByTestId('readout-text').getAttribute('lang'), 'en');
  // Set back to Chinese, the correction goes and the mark with it.
  await page.getByTestId('correct-language').selectOption('zh');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=readout-language]')?.innerText === 'Chinese (中文)');
  assert.equal(await page.locator('.readout-header [data-testid=corrected-mark]').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a Chinese file saved in GBK opens as Chinese, with its participants and date', async () => {
  const page = await newPage(site.browser.context);
  await page.goto(site.server.url);
  await waitForCards(page, 2);
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  await dialog.getByRole('tab', { name: 'Open files' }).click();
  const gbk = fs.readFileSync(new URL('../fixtures/zh/gbk/no-headline-gbk.txt', import.meta.url));
  await dialog.getByLabel('Choose files').setInputFiles([{ name: 'no-headline-gbk.txt', mimeType: 'text/plain', buffer: gbk }]);
  await dialog.getByTestId('import-outcome').waitFor();
  assert.equal(await dialog.getByTestId('summary-date').innerText(), '9 January 2024');
  assert.match(await dialog.getByTestId('summary-participants').innerText(), /韩松年 \(China\).*朴敏载 \(Republic of Korea\)/);
  await page.keyboard.press('Escape');
  await waitForCards(page, 3);
  const card = page.getByTestId('meeting-card').filter({ hasText: '韩松年同韩国外交部第一次官朴敏载通电话' });
  assert.equal(await card.getByTestId('card-language').innerText(), '中文');
  assert.deepEqual(page.errors, []);
});
