// The codebook view: build a variable with two codes, code with one, merge it into the other, and a guarded delete.
import { expect, test } from './fixtures';
import { articleId, callApi } from './pages/api';
import { CodebookPage } from './pages/codebook-page';
import { CodingPage } from './pages/coding-page';
import { LibraryPage } from './pages/library-page';

test('merge two codes: the coding follows into the surviving code', async ({ app, served }) => {
  const lib = await new LibraryPage(app).ready();
  const codebook = new CodebookPage(app);
  const coding = new CodingPage(app);

  await codebook.open();
  await codebook.addVariable('Blame');
  await codebook.addCode('Blame', 'Administration');
  await codebook.addCode('Blame', 'White House');
  await expect(codebook.variable('Blame').getByTestId('cb-code')).toHaveCount(2);

  await coding.view('Library').click();
  await lib.open(/A Risky Gamble/);
  await coding.view('Code').click();
  await coding.reader.focus();
  await app.keyboard.press('j');
  await expect(coding.activeVariable()).toHaveAttribute('data-variable', 'Blame');
  await app.keyboard.press(await coding.keyOf('Administration'));
  await expect(coding.marginItem('Blame: Administration')).toHaveCount(1);

  await codebook.open();
  await codebook.selectCode('Blame', 'Administration');
  await codebook.editor.getByLabel('Merge into').selectOption({ label: 'White House' });
  await codebook.editor.getByRole('button', { name: 'Merge…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Merge codes' });
  await expect(dialog).toContainText('Merge “Administration” into “White House”');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(codebook.code('Blame', 'Administration')).toHaveCount(0);
  await expect(codebook.code('Blame', 'White House')).toContainText('1×');

  await coding.view('Code').click();
  await expect(coding.marginItem('Blame: White House')).toHaveCount(1);
  await expect(coding.marginItem('Blame: Administration')).toHaveCount(0);
  const id = await articleId(served, /A Risky Gamble/);
  const [stored] = await callApi(served, 'codings.list', { articleId: id });
  const blame = (await callApi(served, 'codebook.get', {})).find((v) => v.name === 'Blame')!;
  expect(stored!.codeId).toBe(blame.codes.find((c) => c.label === 'White House')!.id);
});

test('deleting a used code asks first, with the number of codings', async ({ app, served }) => {
  const lib = await new LibraryPage(app).ready();
  const codebook = new CodebookPage(app);
  const coding = new CodingPage(app);
  await callApi(served, 'codebook.loadTemplate', { template: 'generic-news-frames' });
  await app.reload();
  await lib.ready();

  await lib.open(/A Risky Gamble/);
  await coding.view('Code').click();
  await coding.reader.focus();
  const key = await coding.keyOf('Conflict');
  await app.keyboard.press('j');
  await app.keyboard.press(key);
  await app.keyboard.press('j');
  await app.keyboard.press(key);
  await expect(coding.marginItem('Generic frame: Conflict')).toHaveCount(2);

  await codebook.open();
  await codebook.selectCode('Generic frame', 'Conflict');
  await codebook.editor.getByRole('button', { name: 'Delete code' }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete code' });
  await expect(dialog.getByTestId('delete-code-message')).toContainText('“Conflict” is used by 2 codings');

  // Cancel keeps everything.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(codebook.code('Generic frame', 'Conflict')).toBeVisible();

  await codebook.editor.getByRole('button', { name: 'Delete code' }).click();
  await dialog.getByRole('button', { name: 'Delete code and 2 codings' }).click();
  await expect(dialog).toBeHidden();
  await expect(codebook.code('Generic frame', 'Conflict')).toHaveCount(0);
  const id = await articleId(served, /A Risky Gamble/);
  expect(await callApi(served, 'codings.list', { articleId: id })).toEqual([]);

  // And an unused code goes without asking.
  await codebook.selectCode('Generic frame', 'Morality');
  await codebook.editor.getByRole('button', { name: 'Delete code' }).click();
  await expect(codebook.code('Generic frame', 'Morality')).toHaveCount(0);
  await expect(app.getByRole('dialog')).toHaveCount(0);
});

test('the codebook is searchable by name and definition', async ({ app, served }) => {
  await new LibraryPage(app).ready();
  await callApi(served, 'codebook.loadTemplate', { template: 'policy-frames' });
  await app.reload();
  const codebook = new CodebookPage(app);
  await codebook.open();
  await expect(app.getByTestId('cb-variable')).toHaveCount(4);
  const search = app.getByRole('searchbox', { name: 'Search codebook' });
  // A phrase from one variable's rules finds that variable alone.
  await search.fill('hostage count');
  await expect(app.getByTestId('cb-variable')).toHaveCount(1);
  await expect(codebook.variable('Frame')).toBeVisible();
  // Words from code descriptions find the codes, under their variable.
  await search.fill('pro / neutral');
  await expect(app.getByTestId('cb-variable')).toHaveCount(1);
  await expect(codebook.variable('Tone').getByTestId('cb-code')).toHaveCount(2);
  await search.fill('');
  await expect(app.getByTestId('cb-variable')).toHaveCount(4);
});

test('actors: mention counts arrive apart from the registry, and follow a new alias', async ({ app, served }) => {
  await new LibraryPage(app).ready();
  const codebook = new CodebookPage(app);
  await codebook.open();
  await app.getByRole('tab', { name: /Actors/ }).click();
  const counts = new Map((await callApi(served, 'actors.mentions', {})).map((r) => [r.id, r.mentions]));
  const mulroy = (await callApi(served, 'actors.list', {})).find((a) => a.name === 'Mick Mulroy')!;
  expect(counts.get(mulroy.id)).toBeGreaterThan(0);

  const row = app.getByTestId('actors-table').getByRole('row', { name: /Mick Mulroy/ });
  await expect(row.locator('td.num')).toHaveText(String(counts.get(mulroy.id)));
  await row.click();
  await expect(app.getByTestId('actor-editor')).toContainText(`Actor · ${counts.get(mulroy.id)} mentions`);

  // "Pentagon official" is how one outlet names him: as an alias, its mentions count for him.
  await app.getByLabel('New alias').fill('Pentagon official');
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('Aliases')).toContainText('Pentagon official');
  const after = (await callApi(served, 'actors.mentions', {})).find((r) => r.id === mulroy.id)!.mentions;
  expect(after).toBeGreaterThan(counts.get(mulroy.id)!);
  await expect(row.locator('td.num')).toHaveText(String(after));
  await expect(app.getByTestId('actor-editor')).toContainText(`Actor · ${after} mentions`);
});
