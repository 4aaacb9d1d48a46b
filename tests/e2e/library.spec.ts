// Library: the list, keyboard navigation, search with highlights, outlet filters and search errors.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { articlesWithWord, sampleArticles } from './pages/sample-corpus';

test('lists every sample article with its outlet', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const sample = sampleArticles();
  await expect(lib.rows).toHaveCount(sample.length);
  await expect(lib.summary).toHaveText(`${sample.length} articles`);
  await expect(app.getByTestId('project-count')).toContainText(`${sample.length} articles`);
  const titles = await lib.rows.getByTestId('row-title').allTextContents();
  expect(titles.sort()).toEqual(sample.map((a) => a.title).sort());
});

test('`/` focuses the search box without typing the slash', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  await lib.list.focus();
  await app.keyboard.press('/');
  await expect(lib.search).toBeFocused();
  await expect(lib.search).toHaveValue('');
});

test('searching "Mulroy" shows only the articles that mention him, highlighted', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const expected = articlesWithWord('Mulroy');
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(sampleArticles().length);

  await lib.searchFor('Mulroy');
  await expect(lib.summary).toHaveText(`${expected.length} results for “Mulroy”`);
  await expect(lib.rows).toHaveCount(expected.length);
  const titles = await lib.rows.getByTestId('row-title').allTextContents();
  expect(titles.sort()).toEqual(expected.map((a) => a.title).sort());

  for (const row of await lib.rows.all()) {
    await expect(row.getByTestId('row-snippet').locator('mark').first()).toHaveText(/^mulroy$/i);
  }
  // No highlight markers leak into the text.
  expect(await lib.list.textContent()).not.toMatch(/[\uE000\uE001]/);

  // The open article highlights the term in its body too.
  await lib.rows.first().click();
  await expect(lib.reader.getByTestId('reader-body').locator('mark').first()).toHaveText(/^mulroy$/i);
});

test('an outlet filter narrows the list and the search', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const outlet = 'Jerusalem Morning Star';
  const fromOutlet = sampleArticles().filter((a) => a.outlet === outlet);
  expect(fromOutlet.length).toBeGreaterThan(1);

  await lib.outletCheckbox(outlet).check();
  await expect(lib.rows).toHaveCount(fromOutlet.length);
  await expect(lib.summary).toHaveText(`${fromOutlet.length} articles`);
  for (const text of await lib.rows.getByTestId('row-outlet').allTextContents()) expect(text).toBe(outlet);

  const both = articlesWithWord('Mulroy').filter((a) => a.outlet === outlet);
  await lib.searchFor('Mulroy');
  await expect(lib.summary).toHaveText(`${both.length} ${both.length === 1 ? 'result' : 'results'} for “Mulroy”`);
  await expect(lib.rows).toHaveCount(both.length);

  await lib.outletCheckbox(outlet).uncheck();
  await expect(lib.rows).toHaveCount(articlesWithWord('Mulroy').length);
});

test('a date range narrows the list', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const day = '2025-03-06';
  const onDay = sampleArticles().filter((a) => a.date === day);
  const fromDay = sampleArticles().filter((a) => a.date >= day);
  expect(onDay.length).toBeGreaterThan(0);
  expect(fromDay.length).toBeGreaterThan(onDay.length);

  await app.getByLabel('Published from').fill(day);
  await expect(lib.rows).toHaveCount(fromDay.length);
  await app.getByLabel('Published to').fill(day);
  await expect(lib.rows).toHaveCount(onDay.length);
  await expect(lib.summary).toHaveText(`${onDay.length} articles`);
});

test('arrow keys move the selection and Enter opens the article in the reader', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  await expect(lib.reader).toContainText('No article open');

  await app.keyboard.press('Escape'); // back to the list
  await expect(lib.list).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowUp');
  await expect(lib.row(1)).toHaveAttribute('aria-selected', 'true');
  await expect(lib.row(0)).toHaveAttribute('aria-selected', 'false');

  const title = (await lib.row(1).getByTestId('row-title').textContent()) ?? '';
  const outlet = (await lib.row(1).getByTestId('row-outlet').textContent()) ?? '';
  await app.keyboard.press('Enter');
  await expect(lib.readerTitle).toHaveText(title);
  await expect(lib.readerOutlet).toHaveText(outlet);
  const article = sampleArticles().find((a) => a.title === title);
  expect(article?.outlet).toBe(outlet);
  // The body is shown as paragraphs.
  expect(await lib.reader.getByTestId('reader-body').locator('p').count()).toBeGreaterThan(2);
  // Focus stayed in the list, so the next article is one key away.
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(lib.readerTitle).toHaveText((await lib.row(2).getByTestId('row-title').textContent()) ?? '');
});

test('a bad query shows a calm error and the app keeps working', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  await lib.searchFor('"unclosed');
  await expect(lib.searchError).toBeVisible();
  await expect(lib.searchError).toContainText('cannot search');
  await expect(lib.search).toBeVisible();

  await lib.searchFor('Hamas');
  await expect(lib.searchError).toBeHidden();
  await expect(lib.summary).toHaveText(/^\d+ results? for “Hamas”$/);
  await expect(lib.rows.first()).toBeVisible();
  await lib.rows.first().click();
  await expect(lib.readerTitle).not.toBeEmpty();
});

test('a search with no hits says so', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  await lib.searchFor('xylophonequartz');
  await expect(app.getByText('No articles match')).toBeVisible();
  await expect(lib.rows).toHaveCount(0);
});

test('`?` lists the keyboard shortcuts and Escape closes the overlay', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  await lib.list.focus();
  await app.keyboard.press('?');
  const overlay = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Focus the search box');
  await expect(overlay).toContainText('Open the selected article');
  await app.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(lib.list).toBeFocused();
});
