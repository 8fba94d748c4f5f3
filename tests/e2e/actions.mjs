// What several end-to-end files do the same way: paste a readout through the import dialog and
// wait for the timeline to show a number of meetings.

/** Opens the import dialog (unless it is open), sets "Published by" when `publisher` is given,
 * pastes `text`, adds it and waits for the outcome; returns the dialog. */
export async function paste(page, text, { publisher } = {}) {
  const dialog = page.getByRole('dialog', { name: 'Import readouts' });
  if (!(await dialog.isVisible())) await page.getByTestId('import-open').click();
  await dialog.getByRole('tab', { name: 'Paste text' }).click();
  if (publisher) await dialog.getByLabel('Published by').fill(publisher);
  await dialog.getByLabel('Readout text').fill(text);
  await dialog.getByRole('button', { name: 'Add readout' }).click();
  await dialog.getByTestId('import-outcome').waitFor();
  return dialog;
}

/** Waits until the timeline shows exactly `n` meeting cards. */
export async function waitForCards(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=meeting-card]').length === n, n);
}

/** Waits until the browser's store holds at least `n` readouts. The app writes imported
 * readouts after the page shows them; a navigation before the writes end would lose the last
 * ones (the app opened the store at start-up, so it exists with its object store). */
export async function waitForStored(page, n) {
  await page.waitForFunction((n) => new Promise((resolve) => {
    const open = indexedDB.open('readout-lens');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('readouts')) {
        db.close();
        resolve(false);
        return;
      }
      const count = db.transaction('readouts').objectStore('readouts').count();
      count.onsuccess = () => { db.close(); resolve(count.result >= n); };
      count.onerror = () => { db.close(); resolve(false); };
    };
    open.onerror = () => resolve(false);
  }), n, { polling: 100 });
}
