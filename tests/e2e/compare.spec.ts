// Outlet comparison: the sample story side by side with Mulroy's quote linked across columns (mouse and keys), the
// coverage matrix checked against resources/sample/expectations.json, a cell opening its passage, row edits with the
// keyboard and a neutralised CSV, a passage picked side by side attached to a row and detached, wire-copy diffs,
// accepting a suggested story, the stance matrix with its codings and chart exports, and "Open in Code view" landing
// on the passage (from a coding or side by side).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Served } from './fixtures';
import { articleId, callApi, sentenceIndex } from './pages/api';
import { CodingPage } from './pages/coding-page';
import { ComparePage } from './pages/compare-page';
import { sampleArticles } from './pages/sample-corpus';

interface Expectations {
  story: string;
  quotes: { id: string; text: string; speaker: string; articles: string[] }[];
}

const expectations = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../resources/sample/expectations.json', import.meta.url)), 'utf8')) as Expectations;
const MULROY = "It could complicate the Israelis' ability";
const mulroy = expectations.quotes.find((q) => q.id === 'mulroy-complicate')!;

/** The sample story's comparison, with each article's sample file (by title) and whether it carries Mulroy's quote. */
async function story(served: Served) {
  const stories = await callApi(served, 'stories.list', {});
  const found = stories.find((s) => s.name === expectations.story);
  if (!found) throw new Error(`no story “${expectations.story}”`);
  const comparison = await callApi(served, 'compare.story', { storyId: found.id });
  const files = new Map(sampleArticles().map((a) => [a.title, a.file]));
  const fileOf = (id: number) => files.get(comparison.articles.find((a) => a.id === id)!.title)!;
  const carries = (id: number) => mulroy.articles.includes(fileOf(id));
  return { id: found.id, comparison, fileOf, carries };
}

test('side by side: pointing at Mulroy’s quote lights up its counterparts in the other columns; J/K and Tab do it by keyboard', async ({ app, served }) => {
  const { comparison, carries } = await story(served);
  const compare = new ComparePage(app);
  await app.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();

  // G then O opens the view; the story is picked, four columns from four different outlets.
  await app.keyboard.press('g');
  await app.keyboard.press('o');
  await expect(compare.view).toBeVisible();
  await expect(compare.story.locator('option:checked')).toHaveText(new RegExp(`^${expectations.story.replace(/[.()]/g, '\\$&')}`));
  await expect(compare.columns).toHaveCount(4);
  const shown = await compare.columnArticles();
  const outlets = shown.map((id) => comparison.articles.find((a) => a.id === id)!.outletId);
  expect(new Set(outlets).size).toBe(4);

  const carriers = shown.filter(carries);
  const others = shown.filter((id) => !carries(id));
  expect(carriers.length).toBeGreaterThanOrEqual(2);
  expect(others.length).toBeGreaterThanOrEqual(1);
  const origin = compare.columnOf(carriers[0]!);
  await expect(origin.getByTestId('compare-text').locator('.seg.is-aligned').first()).toBeVisible();

  // Hover: the counterparts light up and scroll into view; the columns that do not carry it show none.
  await compare.segment(origin, 'complicate').hover();
  await expect(compare.segment(origin, 'complicate')).toHaveClass(/is-current/);
  await expect(compare.view.getByTestId('active-passage')).toContainText(MULROY);
  await expect(compare.view.getByTestId('active-passage')).toContainText(`in ${mulroy.articles.length} of ${comparison.articles.length} articles`);
  for (const id of carriers.slice(1)) {
    const linked = compare.columnOf(id).locator('.seg.is-linked').filter({ hasText: 'complicate' });
    await expect(linked).toHaveCount(1);
    await expect(linked).toBeInViewport();
    await expect(compare.columnOf(id).getByTestId('column-hit')).toHaveText('carries it');
  }
  for (const id of others) {
    await expect(compare.columnOf(id).locator('.seg.is-linked')).toHaveCount(0);
    await expect(compare.columnOf(id).getByTestId('column-hit')).toHaveText('omits it');
  }

  // Pointing away clears it; the keyboard selects the same passage: J walks the column's aligned passages.
  await app.mouse.move(5, 5);
  await expect(compare.view.locator('.seg.is-linked')).toHaveCount(0);
  await origin.getByTestId('compare-text').focus();
  const active = compare.view.getByTestId('active-passage');
  for (let i = 0; i < 40 && !((await active.textContent()) ?? '').includes(MULROY); i++) await app.keyboard.press('j');
  await expect(active).toContainText(MULROY);
  for (const id of carriers.slice(1)) await expect(compare.columnOf(id).locator('.seg.is-linked').filter({ hasText: 'complicate' })).toHaveCount(1);
  // K goes back a passage, J forward again.
  await app.keyboard.press('k');
  await expect(active).not.toContainText(MULROY);
  await app.keyboard.press('j');
  await expect(active).toContainText(MULROY);

  // Tab moves to the next column, Shift+Tab back; Escape clears the selection.
  const index = shown.indexOf(carriers[0]!);
  await app.keyboard.press('Tab');
  await expect(compare.columns.nth(index + 1).getByTestId('compare-text')).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await expect(origin.getByTestId('compare-text')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(compare.view.locator('.seg.is-linked')).toHaveCount(0);

  // Ctrl+5 also opens the view (from the Library).
  await app.keyboard.press('Control+1');
  await expect(compare.view).toHaveCount(0);
  await app.keyboard.press('Control+5');
  await expect(compare.view).toBeVisible();
});

test('coverage matrix: the Mulroy row is included where expectations.json says and omitted elsewhere; a cell opens its passage side by side', async ({ app, served }) => {
  const { comparison } = await story(served);
  const compare = new ComparePage(app);
  await compare.open('Coverage');
  const row = compare.coverageRow(new RegExp(MULROY));
  await expect(row).toHaveCount(1);

  const carryingOutlets = new Set(sampleArticles().filter((a) => mulroy.articles.includes(a.file)).map((a) => a.outlet));
  for (const outlet of comparison.coverage.outlets) {
    const cell = compare.coverageCell(row, outlet.name);
    if (carryingOutlets.has(outlet.name)) {
      await expect(cell, outlet.name).toHaveAttribute('data-state', 'included');
      await expect(cell).toHaveText(/^[HLB]/);
    } else {
      await expect(cell, outlet.name).toHaveAttribute('data-state', 'omitted');
      await expect(cell).toHaveText('');
    }
  }
  await expect(row.getByTestId('coverage-count')).toContainText(`${carryingOutlets.size}/${comparison.coverage.outlets.length}`);
  // Capitol Dispatch opens with the quote: it is in the lead.
  await expect(compare.coverageCell(row, 'Capitol Dispatch')).toHaveText('L');

  // Sorting: by how many outlets include it (most first), then by label.
  await compare.coverage.getByRole('button', { name: /^Outlets/ }).click();
  const counts = await compare.coverage.getByTestId('coverage-count').evaluateAll((els) => els.map((e) => Number(/^(\d+)/.exec(e.textContent ?? '')![1])));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await compare.coverage.getByRole('button', { name: /^Fact or quote/ }).click();
  const labels = await compare.coverage.getByTestId('coverage-label').allTextContents();
  const bare = (s: string) => s.replace(/^["“]/, '');
  expect(labels.slice(0, 5).map(bare)).toEqual([...labels.slice(0, 5)].map(bare).sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));

  // A cell of an outlet not shown side by side: the view switches, opens the article in a column and highlights the passage.
  const observer = comparison.articles.find((a) => a.outlet === 'Continental Observer')!;
  await compare.coverageCell(row, 'Continental Observer').click();
  await expect(compare.view.getByRole('tab', { name: 'Side by side' })).toHaveAttribute('aria-selected', 'true');
  const column = compare.columnOf(observer.id);
  await expect(column).toHaveCount(1);
  const current = column.locator('.seg.is-current').filter({ hasText: 'complicate' });
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  await expect(column.getByTestId('compare-text')).toBeFocused();
  // The row's other carriers that are shown light up too.
  await expect(compare.view.getByTestId('active-passage')).toContainText(MULROY);
  await expect(compare.columnOf(await articleId(served, /A Risky Gamble/)).locator('.seg.is-linked').filter({ hasText: 'complicate' })).toHaveCount(1);

  // An omitted cell says so instead of jumping.
  await compare.tab('Coverage');
  await compare.coverageCell(compare.coverageRow(new RegExp(MULROY)), 'Gulf Horizon').click();
  await expect(compare.notice).toContainText('Gulf Horizon omits');
});

test('coverage rows: rename (F2), merge (Space, M), reset (R) and add with the keyboard; the CSV export neutralises formulas', async ({ app, served }) => {
  const { id: storyId } = await story(served);
  const compare = new ComparePage(app);
  await compare.open('Coverage');
  const before = await compare.coverageRows.count();

  // Rename the first row to something a spreadsheet would run.
  const first = compare.coverageRows.first();
  await first.getByRole('rowheader').focus();
  await app.keyboard.press('F2');
  const rename = app.getByRole('dialog', { name: 'Rename row' });
  await rename.getByLabel('Row label').fill('=1+2 first fact');
  await rename.getByLabel('Row label').press('Enter');
  await expect(rename).toBeHidden();
  await expect(compare.coverageRow('=1+2 first fact')).toHaveCount(1);
  await expect(compare.coverageRow('=1+2 first fact')).toContainText('renamed');

  const [download] = await Promise.all([app.waitForEvent('download'), compare.view.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^coverage-.+\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/^Fact or quote,The Liberty Ledger: included,The Liberty Ledger: n,The Liberty Ledger: headline,/);
  expect(lines.some((l) => l.startsWith("'=1+2 first fact,"))).toBe(true);
  const mulroyLine = lines.find((l) => l.includes('It could complicate'))!;
  expect(mulroyLine).toBeTruthy();
  expect(lines).toHaveLength(before + 2);

  // Merge the second and third rows: Space selects, arrows move, M merges.
  await compare.coverageRows.nth(1).getByRole('rowheader').focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(compare.view.getByTestId('coverage-summary')).toContainText('2 selected');
  await app.keyboard.press('m');
  const merge = app.getByRole('dialog', { name: 'Merge 2 rows' });
  await merge.getByLabel('Row label').fill('Hostage numbers');
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await expect(compare.coverageRows).toHaveCount(before - 1);
  const merged = compare.coverageRow('Hostage numbers');
  await expect(merged).toContainText('merged');
  const stored = await callApi(served, 'coverage.get', { storyId });
  expect(stored.rows.find((r) => r.label === 'Hostage numbers')?.edit).toBe('merge');

  // R on the merged row resets it: the two computed rows come back.
  await merged.getByRole('rowheader').focus();
  await app.keyboard.press('r');
  await expect(compare.coverageRows).toHaveCount(before);
  await expect(compare.coverageRow('Hostage numbers')).toHaveCount(0);

  // N adds a row of one's own; it starts omitted everywhere. (The grid keeps the keyboard after the reset.)
  await expect(compare.coverage.locator(':focus')).toHaveCount(1);
  await app.keyboard.press('n');
  const add = app.getByRole('dialog', { name: 'Add row' });
  await add.getByLabel('Row label').fill('Casualty figures');
  await add.getByRole('button', { name: 'Add row' }).click();
  await expect(add).toBeHidden();
  const own = compare.coverageRow('Casualty figures');
  await expect(own).toHaveCount(1);
  await expect(own.locator('[data-testid="coverage-cell"][data-state="included"]')).toHaveCount(0);
});

test('coverage rows: a sentence picked side by side is attached to a row with A, and detached again with D', async ({ app, served }) => {
  const { id: storyId, comparison } = await story(served);
  const gulf = comparison.articles.find((a) => a.outlet === 'Gulf Horizon')!;
  const compare = new ComparePage(app);
  await compare.open('Side by side');
  if (!(await compare.columnArticles()).includes(gulf.id)) await compare.view.getByLabel('Article in column 2').selectOption(String(gulf.id));

  // Gulf Horizon leaves Mulroy's warning out; its opening sentence is picked by clicking it.
  await compare.segment(compare.columnOf(gulf.id), 'Qatar has once again shown').click();
  await compare.tab('Coverage');
  await expect(compare.view.getByTestId('coverage-picked')).toContainText('Gulf Horizon');
  const row = compare.coverageRow(new RegExp(MULROY));
  const cell = compare.coverageCell(row, 'Gulf Horizon');
  await expect(cell).toHaveAttribute('data-state', 'omitted');
  const before = Number(/^(\d+)/.exec((await row.getByTestId('coverage-count').textContent()) ?? '')![1]);

  await row.getByRole('rowheader').focus();
  await app.keyboard.press('a');
  await expect(compare.notice).toContainText('Attached the Gulf Horizon passage');
  await expect(compare.notice).toContainText('passage to "It could complicate');
  await expect(cell).toHaveAttribute('data-state', 'included');
  await expect(cell).toHaveText('L');
  await expect(row).toContainText('edited');
  await expect(row.getByTestId('coverage-count')).toContainText(`${before + 1}/`);
  const key = await row.getAttribute('data-key');
  expect((await callApi(served, 'coverage.get', { storyId })).rows.find((r) => r.key === key)?.edit).toBe('edit');
  await compare.coverage.screenshot({ path: '/tmp/coverage-attached.png' });

  // A again: the row has it already, and says so.
  await app.keyboard.press('a');
  await expect(compare.notice).toContainText('already has this Gulf Horizon passage');

  // D on the cell lists its passage; Detach takes it out and the cell is omitted again.
  await cell.focus();
  await app.keyboard.press('d');
  const detach = app.getByRole('dialog', { name: 'Detach a passage' });
  await expect(detach.getByTestId('detach-item')).toHaveCount(1);
  await expect(detach.getByTestId('detach-item')).toContainText('Qatar has once again shown');
  await detach.getByRole('button', { name: 'Detach' }).click();
  await expect(detach).toBeHidden();
  await expect(cell).toHaveAttribute('data-state', 'omitted');
  await expect(row.getByTestId('coverage-count')).toContainText(`${before}/`);
});

test('changes vs wire: a wire copy shows its inserted and dropped words against the base', async ({ app, served }) => {
  const { id: storyId } = await story(served);
  const groups = await callApi(served, 'compare.duplicates', { storyId });
  expect(groups.length).toBeGreaterThan(0);
  const copy = groups[0]!.members.find((m) => !m.isBase && m.edits.some((e) => e.kind === 'insert') && m.edits.some((e) => e.kind === 'delete'))!;
  expect(copy).toBeTruthy();
  const inserted = copy.edits.find((e) => e.kind === 'insert')!.after;
  const dropped = copy.edits.find((e) => e.kind === 'delete' && e.before.trim().length > 8)!.before;

  const compare = new ComparePage(app);
  await compare.open('Side by side');
  if (!(await compare.columnArticles()).includes(copy.articleId)) await compare.view.getByLabel('Article in column 2').selectOption(String(copy.articleId));
  const column = compare.columnOf(copy.articleId);
  await expect(column.getByTestId('wire-note')).toContainText('Wire copy');
  await expect(column.getByTestId('wire-note')).toContainText(`+${copy.wordsAdded}`);
  await expect(column.locator('.seg.is-inserted')).toHaveCount(0);

  await compare.view.getByRole('switch', { name: 'Changes vs wire' }).check();
  await expect(column.locator('.seg.is-inserted').filter({ hasText: inserted.slice(0, 20) })).not.toHaveCount(0);
  await expect(column.locator('del.cmp-del').filter({ hasText: dropped.trim().slice(0, 20) })).not.toHaveCount(0);
  await compare.view.getByRole('switch', { name: 'Changes vs wire' }).uncheck();
  await expect(column.locator('del.cmp-del')).toHaveCount(0);
});

test('suggested stories: a suggestion shows its evidence and is accepted as a story under an edited name', async ({ app, served }) => {
  const compare = new ComparePage(app);
  await compare.open();
  await compare.view.getByRole('button', { name: 'Suggested stories' }).click();
  // The sample's one group is already a story; shown when asked for.
  await expect(compare.suggestions.getByTestId('no-suggestions')).toBeVisible();
  await compare.suggestions.getByRole('checkbox', { name: 'Include groups that are already stories' }).check();
  const suggested = await callApi(served, 'stories.suggest', { includeExisting: true });
  const card = compare.suggestions.getByTestId('story-suggestion').first();
  await expect(card).toContainText('Shared quotes');
  await expect(card).toContainText(suggested[0]!.evidence.quotes[0]!.text);
  await expect(card).toContainText(`${suggested[0]!.articleIds.length} articles`);
  await expect(card).toContainText(`Overlaps “${expectations.story}”`);

  await card.getByLabel('Story name').fill('Doha channel, all outlets');
  await card.getByRole('button', { name: 'Accept as story' }).click();
  await expect(compare.notice).toContainText('Created story “Doha channel, all outlets”');
  await expect(compare.story.locator('option:checked')).toHaveText(/^Doha channel, all outlets/);
  const created = (await callApi(served, 'stories.list', {})).find((s) => s.name === 'Doha channel, all outlets');
  expect(created?.articleCount).toBe(suggested[0]!.articleIds.length);
  await expect(compare.columns.first()).toBeVisible();
});

test('aggregates: one stance coding shows as n=1 in the stance matrix, lists its span, and the chart exports as SVG and PNG', async ({ app, served }) => {
  await callApi(served, 'codebook.loadTemplate', { template: 'stance-and-tone' });
  const codebook = await callApi(served, 'codebook.get', {});
  const stance = codebook.find((v) => v.kind === 'stance')!;
  const support = stance.codes.find((c) => c.label === 'Oppose') ?? stance.codes[0]!;
  const target = (await callApi(served, 'targets.list', {})).find((t) => t.name === 'U.S. direct talks with Hamas')!;
  const actor = (await callApi(served, 'actors.list', {})).find((a) => a.name === 'Mick Mulroy')!;
  const id = await articleId(served, /A Risky Gamble/);
  const sentence = await sentenceIndex(served, id, MULROY);
  await callApi(served, 'codings.create', { articleId: id, variableId: stance.id, codeId: support.id, start: sentence.start, end: sentence.end, actorId: actor.id, targetId: target.id });

  const compare = new ComparePage(app);
  await app.reload();
  await compare.open('Aggregates');
  await compare.measure('Stance').click();
  await compare.aggregates.getByLabel('Target').selectOption({ label: target.name });
  const cell = compare.aggregateCell('Mick Mulroy', 'Capitol Dispatch');
  await expect(cell).toContainText('n=1');
  await expect(cell).toContainText(support.numericCode! > 0 ? `+${support.numericCode}` : support.numericCode! < 0 ? `−${Math.abs(support.numericCode!)}` : '0');
  await expect(compare.aggregates.getByTestId('agg-chart').locator('svg.recharts-surface')).toBeVisible();

  // The cell lists the coding behind it, with its span; it opens in the Code view.
  await cell.getByRole('button').click();
  const codings = compare.aggregates.getByTestId('cell-codings');
  await expect(codings.getByTestId('cell-coding')).toHaveCount(1);
  await expect(codings.getByTestId('cell-coding')).toContainText(MULROY);
  await expect(codings.getByTestId('cell-coding')).toContainText(support.label);

  // Exports: the chart as SVG (a standalone file with its title and legend) and PNG, the table as CSV.
  const block = compare.aggregates.getByTestId('agg-table-block').first();
  const [svg] = await Promise.all([app.waitForEvent('download'), block.getByRole('button', { name: 'Chart SVG' }).click()]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const markup = fs.readFileSync((await svg.path())!, 'utf8');
  expect(markup.startsWith('<svg')).toBe(true);
  expect(markup).toContain('Mick Mulroy');
  expect(markup).toContain('Capitol Dispatch');
  const [png] = await Promise.all([app.waitForEvent('download'), block.getByRole('button', { name: 'Chart PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect(fs.readFileSync((await png.path())!).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const [csv] = await Promise.all([app.waitForEvent('download'), block.getByRole('button', { name: 'Table CSV' }).click()]);
  const table = fs.readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(table[0]).toContain('Capitol Dispatch: mean stance,Capitol Dispatch: n');
  expect(table.find((l) => l.startsWith('Mick Mulroy,'))).toContain(`${support.numericCode},1`);

  await codings.getByRole('button', { name: 'Open in Code view' }).click();
  await expect(app.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText('A Risky Gamble');
});

test('aggregates: "Open in Code view" lands on the coding’s passage, selected and in view; the next coding of the article lands on its own', async ({ app, served }) => {
  await callApi(served, 'codebook.loadTemplate', { template: 'stance-and-tone' });
  const stance = (await callApi(served, 'codebook.get', {})).find((v) => v.kind === 'stance')!;
  const support = stance.codes.find((c) => c.label === 'Support') ?? stance.codes[0]!;
  const target = (await callApi(served, 'targets.list', {})).find((t) => t.name === 'U.S. direct talks with Hamas')!;
  const trump = (await callApi(served, 'actors.list', {})).find((a) => a.name === 'Donald Trump')!;
  const id = await articleId(served, /A Risky Gamble/);
  const body = (await callApi(served, 'articles.get', { id })).body;
  // Two passages of one article, both far enough down that the reader has to scroll to them.
  const ultimatum = await sentenceIndex(served, id, 'hell to pay');
  const rightThing = await sentenceIndex(served, id, 'the right thing for the American people');
  for (const span of [ultimatum, rightThing]) {
    await callApi(served, 'codings.create', { articleId: id, variableId: stance.id, codeId: support.id, start: span.start, end: span.end, actorId: trump.id, targetId: target.id });
  }

  const compare = new ComparePage(app);
  const coding = new CodingPage(app);
  const openFromCell = async (passage: string) => {
    await compare.open('Aggregates');
    await compare.measure('Stance').click();
    await compare.aggregates.getByLabel('Target').selectOption({ label: target.name });
    await compare.aggregateCell('Donald Trump', 'Capitol Dispatch').getByRole('button').click();
    const codings = compare.aggregates.getByTestId('cell-coding');
    await expect(codings).toHaveCount(2);
    await codings.filter({ hasText: passage }).getByRole('button', { name: 'Open in Code view' }).click();
    await expect(coding.reader.getByRole('heading', { level: 1 })).toContainText('A Risky Gamble');
  };
  await app.reload();

  await openFromCell('hell to pay');
  const ultimatumText = body.slice(ultimatum.start, ultimatum.end);
  await expect.poll(() => coding.selectedText()).toBe(ultimatumText);
  await expect(coding.body.locator('.seg.is-selected').first()).toBeInViewport();
  expect(await coding.reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // Selected as if by hand: the panel shows it, and the reader has the keys to code it. The coding is the active one.
  await expect(coding.selectionText).toContainText('hell to pay');
  await expect(coding.reader).toBeFocused();
  await expect(coding.marginItem('hell to pay')).toHaveAttribute('aria-selected', 'true');

  // Back in Compare, the other coding of the same article: the Code view moves to that passage instead.
  await openFromCell('the right thing');
  await expect.poll(() => coding.selectedText()).toBe(body.slice(rightThing.start, rightThing.end));
  await expect(coding.body.locator('.seg.is-selected').first()).toBeInViewport();
  await expect(coding.body.locator('.seg.is-selected', { hasText: 'hell to pay' })).toHaveCount(0);
  await expect(coding.marginItem('the right thing')).toHaveAttribute('aria-selected', 'true');
});

test('side by side: O opens the column’s article in the Code view at the selected passage', async ({ app, served }) => {
  const { comparison } = await story(served);
  const observer = comparison.articles.find((a) => a.outlet === 'Continental Observer')!;
  const compare = new ComparePage(app);
  const coding = new CodingPage(app);
  // The coverage cell selects Continental Observer's Mulroy passage side by side and focuses its column.
  await compare.open('Coverage');
  await compare.coverageCell(compare.coverageRow(new RegExp(MULROY)), 'Continental Observer').click();
  const column = compare.columnOf(observer.id);
  await expect(column.locator('.seg.is-current').filter({ hasText: 'complicate' })).toHaveCount(1);
  await expect(column.getByTestId('compare-text')).toBeFocused();

  await app.keyboard.press('o');
  await expect(coding.reader.getByRole('heading', { level: 1 })).toHaveText(observer.title);
  await expect.poll(() => coding.selectedText()).toContain(MULROY);
  await expect(coding.body.locator('.seg.is-selected').first()).toBeInViewport();
  await expect(coding.selectionText).toContainText('complicate');
});
