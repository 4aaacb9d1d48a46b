// Import: files through the dialog, the per-file report (imported, duplicate, failed), then finding the new article.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPage } from './pages/library-page';
import { sampleArticles } from './pages/sample-corpus';

const UNIQUE = 'quillfeather';
const OUTLET = 'Harbour Lantern Gazette';

function writeArticle(dir: string, name: string, title: string, word: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    `# ${title}\n\nNegotiators met again on Tuesday, and the ${word} proposal was discussed at length by both delegations.\n\nA second round is expected next week, officials said.\n`,
  );
  return file;
}

test('imports a file, reports a duplicate and a failure, and the article can be found', async ({ app, served }) => {
  const lib = await new LibraryPage(app).ready();
  const total = sampleArticles().length;
  const article = writeArticle(served.dir, 'harbour-talks.md', 'Harbour talks resume', UNIQUE);

  const dialog = await new ImportDialog(app).open();
  await dialog.outlet.fill(OUTLET);
  await dialog.importFiles([article]);
  await expect(dialog.reportRows).toHaveCount(1);
  await expect(dialog.reportRow('harbour-talks.md')).toHaveAttribute('data-status', 'imported');
  await expect(dialog.reportRow('harbour-talks.md')).toContainText('Imported');
  await expect(app.getByTestId('project-count')).toContainText(`${total + 1} articles`);

  // The same file again is a duplicate.
  await dialog.importFiles([article]);
  await expect(dialog.reportRows).toHaveCount(1);
  await expect(dialog.reportRow('harbour-talks.md')).toHaveAttribute('data-status', 'duplicate');
  await expect(dialog.reportRow('harbour-talks.md')).toContainText('Duplicate');

  // An empty file and a binary file fail with a reason; a good file in the same batch still imports.
  const empty = path.join(served.dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const binary = path.join(served.dir, 'photo.md');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  const second = writeArticle(served.dir, 'second.txt', 'Second harbour story', 'marrowbell');
  await dialog.importFiles([empty, binary, second]);
  await expect(dialog.reportRows).toHaveCount(3);
  for (const [name, reason] of [
    ['empty.txt', /empty/i],
    ['photo.md', /binary/i],
  ] as const) {
    const row = dialog.reportRow(name);
    await expect(row).toHaveAttribute('data-status', 'failed');
    await expect(row).toContainText('Failed');
    await expect(row.getByTestId('report-message')).toHaveText(reason);
  }
  await expect(dialog.reportRow('second.txt')).toHaveAttribute('data-status', 'imported');
  await expect(dialog.summary).toContainText('2 failed');
  await expect(app.getByTestId('project-count')).toContainText(`${total + 2} articles`);
  await dialog.close();

  // The new outlet is a filter now, and the article is searchable and readable.
  await expect(lib.outletCheckbox(OUTLET)).toBeVisible();
  await lib.searchFor(UNIQUE);
  await expect(lib.rows).toHaveCount(1);
  await expect(lib.rows.first().getByTestId('row-outlet')).toHaveText(OUTLET);
  await lib.rows.first().click();
  await expect(lib.readerTitle).toHaveText('Harbour talks resume');
  await expect(lib.readerOutlet).toHaveText(OUTLET);
  await expect(lib.reader.getByTestId('reader-body')).toContainText(UNIQUE);
});

test('pasted text imports with the given title, outlet and story', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const dialog = await new ImportDialog(app).open();
  await dialog.dialog.getByRole('tab', { name: 'Paste text' }).click();
  await dialog.dialog.getByRole('textbox', { name: 'Title' }).fill('Pasted dispatch');
  await dialog.dialog.getByRole('textbox', { name: 'Article text' }).fill('Envoys exchanged drafts about the lanternfish corridor late on Monday.\n\nNo agreement was announced.');
  await dialog.outlet.fill('Clipboard Courier');
  await dialog.story.fill('Pasted pieces');
  await dialog.submit.click();
  await expect(dialog.reportRows).toHaveCount(1);
  await expect(dialog.reportRows.first()).toHaveAttribute('data-status', 'imported');
  await dialog.close();

  await expect(app.getByTestId('story-item').filter({ hasText: 'Pasted pieces' }).getByTestId('story-count')).toHaveText('1');
  await lib.searchFor('lanternfish');
  await expect(lib.summary).toHaveText('1 result for “lanternfish”');
  await lib.rows.first().click();
  await expect(lib.readerTitle).toHaveText('Pasted dispatch');
  await expect(lib.readerOutlet).toHaveText('Clipboard Courier');
  await expect(lib.reader.getByTestId('story-chip')).toHaveText(['Pasted pieces']);
});

test('files dropped on the window open the import dialog, staged', async ({ app }) => {
  await new LibraryPage(app).ready();
  await app.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['# Dropped note\n\nA short dropped article about the pier.'], 'dropped-note.md', { type: 'text/markdown' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const dialog = new ImportDialog(app);
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.dialog.getByTestId('staged-files')).toContainText('dropped-note.md');
  await dialog.submit.click();
  await expect(dialog.reportRow('dropped-note.md')).toHaveAttribute('data-status', 'imported');
});

test('Ctrl+I opens the import dialog and Escape closes it', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  await lib.list.focus();
  await app.keyboard.press('Control+i');
  const dialog = new ImportDialog(app);
  await expect(dialog.dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
});
