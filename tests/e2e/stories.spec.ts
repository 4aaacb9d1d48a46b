// Stories: create, add the open article, filter by the story, rename, remove and delete.
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { StoriesPanel } from './pages/stories-panel';
import { sampleArticles } from './pages/sample-corpus';

test('create a story, add an article, filter, rename and delete it', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const stories = new StoriesPanel(app);
  const before = await stories.items.count();

  await stories.create('Hostage diplomacy');
  await expect(stories.items).toHaveCount(before + 1);
  await expect(stories.count('Hostage diplomacy')).toHaveText('0');

  // Open the second article and add it with the keyboard shortcut.
  const title = (await lib.row(1).getByTestId('row-title').textContent()) ?? '';
  await lib.row(1).click();
  await expect(lib.readerTitle).toHaveText(title);
  await app.keyboard.press('a');
  const picker = app.getByRole('dialog', { name: 'Add to story' });
  await picker.getByRole('combobox', { name: 'Story' }).fill('Hostage');
  await picker.getByRole('combobox', { name: 'Story' }).press('Enter');
  await expect(picker).toBeHidden();
  await expect(stories.count('Hostage diplomacy')).toHaveText('1');
  await expect(lib.reader.getByTestId('story-chip').filter({ hasText: 'Hostage diplomacy' })).toBeVisible();

  // Filter by it.
  await stories.item('Hostage diplomacy').getByRole('button', { pressed: false }).first().click();
  await expect(lib.rows).toHaveCount(1);
  await expect(lib.rows.first().getByTestId('row-title')).toHaveText(title);

  // Rename it; the filter and the chip follow.
  await stories.rename('Hostage diplomacy', 'Hostage talks');
  await expect(stories.item('Hostage talks')).toBeVisible();
  await expect(stories.item('Hostage diplomacy')).toHaveCount(0);
  await expect(lib.reader.getByTestId('story-chip').filter({ hasText: 'Hostage talks' })).toBeVisible();
  await expect(lib.rows).toHaveCount(1);

  // Delete it; the library shows everything again.
  await stories.delete('Hostage talks');
  await expect(stories.item('Hostage talks')).toHaveCount(0);
  await expect(stories.items).toHaveCount(before);
  await expect(lib.rows).toHaveCount(sampleArticles().length);
  await expect(lib.reader.getByTestId('story-chip').filter({ hasText: 'Hostage talks' })).toHaveCount(0);
});

test('remove an article from a story from the reader', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const stories = new StoriesPanel(app);
  const sampleStory = (await stories.items.first().getByTestId('story-name').textContent()) ?? '';
  const total = sampleArticles().length;
  await expect(stories.count(sampleStory)).toHaveText(String(total));

  await lib.row(0).click();
  await lib.reader.getByRole('button', { name: `Remove from story ${sampleStory}` }).click();
  await expect(stories.count(sampleStory)).toHaveText(String(total - 1));
  await expect(lib.reader.getByTestId('story-chip')).toHaveCount(0);
});

test('several selected articles go into a new story at once', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const stories = new StoriesPanel(app);
  await lib.row(0).click();
  await lib.list.press('Shift+ArrowDown');
  await lib.list.press('Shift+ArrowDown');
  await expect(lib.list.locator('[aria-selected="true"]')).toHaveCount(3);
  await app.getByRole('button', { name: 'Add to story…' }).click();
  const picker = app.getByRole('dialog', { name: 'Add to story' });
  await expect(picker).toContainText('3 articles');
  await picker.getByRole('combobox', { name: 'Story' }).fill('Three of a kind');
  await picker.getByRole('option', { name: /Create story/ }).click();
  await expect(stories.count('Three of a kind')).toHaveText('3');
});
