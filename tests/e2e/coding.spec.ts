// Coding in the reader: keyboard-only span coding with undo/redo that survives reloads, stance with actor and target,
// and offsets that hold across paragraphs, curly quotes and emoji.
import { expect, test } from './fixtures';
import { articleId, callApi, sentenceIndex } from './pages/api';
import { CodingPage } from './pages/coding-page';
import { LibraryPage } from './pages/library-page';

const MULROY = 'It could complicate the Israelis\' ability to get their citizens back if not tightly coordinated';

test('keyboard alone: sentence by sentence to Mulroy’s warning, code it, reload, undo and redo', async ({ app, served }) => {
  const lib = await new LibraryPage(app).ready();
  const coding = new CodingPage(app);
  await coding.loadTemplate('Policy Frames Codebook');

  const id = await articleId(served, /A Risky Gamble/);
  const target = await sentenceIndex(served, id, MULROY);
  await lib.open(/A Risky Gamble/);

  // From here on only the keyboard: Code view, J to the sentence, the code's key.
  await app.keyboard.press('Control+2');
  await expect(coding.reader).toBeFocused();
  await coding.press('j', target.index + 1);
  await expect(coding.selectionText).toContainText(MULROY);
  await expect(coding.activeVariable()).toContainText('Frame');
  const key = await coding.keyOf('Security and defense');
  await app.keyboard.press(key);

  const item = coding.marginItem('Frame: Security and defense');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('It could complicate');
  await expect(coding.highlight('It could complicate').first()).toHaveAttribute('title', /Frame: Security and defense/);

  const stored = await callApi(served, 'codings.list', { articleId: id });
  expect(stored.map((c) => [c.start, c.end])).toEqual([[target.start, target.end]]);

  // M opens the memo of the coding just made; it saves as you type; Escape hands the keys back to the reader.
  await app.keyboard.press('m');
  await expect(coding.page.getByTestId('coding-memo')).toBeFocused();
  await app.keyboard.type('Warning about coordination with Israel.');
  await app.keyboard.press('Escape');
  await expect(coding.reader).toBeFocused();
  await expect(item.getByTestId('memo-flag')).toBeVisible();

  await app.reload();
  await expect(coding.marginItem('Frame: Security and defense')).toHaveCount(1);
  await expect(coding.marginItem('Frame: Security and defense').getByTestId('memo-flag')).toHaveAttribute('title', 'Warning about coordination with Israel.');
  // Undo first takes back the memo, then the coding.
  await app.keyboard.press('Control+z');
  await expect(coding.notice).toHaveText(/^Undid: Edit memo of Frame coding #\d+$/);
  await expect(coding.highlight('It could complicate').first()).toBeVisible();

  await app.keyboard.press('Control+z');
  await expect(coding.notice).toHaveText('Undid: Code Frame: Security and defense');
  await expect(coding.marginItems).toHaveCount(0);
  await expect(coding.highlight('It could complicate')).toHaveCount(0);
  await app.reload();
  await expect(coding.margin).toBeVisible();
  await expect(coding.marginItems).toHaveCount(0);
  expect(await callApi(served, 'codings.list', { articleId: id })).toEqual([]);

  await app.keyboard.press('Control+Shift+z');
  await expect(coding.notice).toHaveText('Redid: Code Frame: Security and defense');
  await expect(coding.marginItem('Frame: Security and defense')).toHaveCount(1);
  await expect(coding.highlight('It could complicate').first()).toBeVisible();
});

test('keyboard alone: a stance with actor and target picked by type-ahead', async ({ app, served }) => {
  const lib = await new LibraryPage(app).ready();
  const coding = new CodingPage(app);
  await coding.loadTemplate('Framebench Stance and Tone');

  const sentence = 'That terse line came from the Israeli Prime Minister\'s office';
  const id = await articleId(served, /A Risky Gamble/);
  const target = await sentenceIndex(served, id, sentence);
  await lib.open(/A Risky Gamble/);

  await app.keyboard.press('Control+2');
  await coding.press('j', target.index + 1);
  await expect(coding.selectionText).toContainText(sentence);
  await expect(coding.activeVariable()).toHaveAttribute('data-variable', 'Stance');
  await app.keyboard.press(await coding.keyOf('Oppose'));

  await expect(coding.composer).toBeVisible();
  const actor = coding.composer.getByRole('combobox', { name: 'Actor' });
  await expect(actor).toBeFocused();
  await app.keyboard.type('Israeli gov');
  await expect(coding.composer.getByRole('option', { selected: true })).toHaveText(/Israeli government/);
  await app.keyboard.press('Enter');
  const targetBox = coding.composer.getByRole('combobox', { name: 'Target' });
  await expect(targetBox).toBeFocused();
  await app.keyboard.type('direct talks');
  await app.keyboard.press('Enter');

  const item = coding.marginItem('Stance: Oppose');
  await expect(item).toContainText('Israeli government → U.S. direct talks with Hamas');
  await expect(coding.reader).toBeFocused();

  const [actors, targets, codebook, codings] = await Promise.all([
    callApi(served, 'actors.list', {}),
    callApi(served, 'targets.list', {}),
    callApi(served, 'codebook.get', {}),
    callApi(served, 'codings.list', { articleId: id }),
  ]);
  const stance = codebook.find((v) => v.name === 'Stance')!;
  const oppose = stance.codes.find((c) => c.label === 'Oppose')!;
  expect(codings).toHaveLength(1);
  expect(codings[0]).toMatchObject({
    variableId: stance.id,
    codeId: oppose.id,
    start: target.start,
    end: target.end,
    actorId: actors.find((a) => a.name === 'Israeli government')!.id,
    targetId: targets.find((t) => t.name === 'U.S. direct talks with Hamas')!.id,
  });
});

test('a mouse selection across a paragraph break with curly quotes and emoji maps to exact body offsets', async ({ app, served }) => {
  const text = [
    'Offsets under stress',
    '',
    'The envoy said “talks 🕊️ will go on” before leaving.',
    '',
    'Families 👩‍👩‍👧 waited in ‘quiet’ hope all night.',
  ].join('\n');
  const report = await callApi(served, 'import.text', { text, defaults: { outlet: 'Test Desk' } });
  const id = report.files[0]!.articleIds[0]!;
  await callApi(served, 'codebook.loadTemplate', { template: 'policy-frames' });
  const article = await callApi(served, 'articles.get', { id });
  const start = article.body.indexOf('“talks');
  const end = article.body.indexOf('👩‍👩‍👧') + '👩‍👩‍👧'.length;
  expect(start).toBeGreaterThan(0);

  await app.goto(`${served.url}#/code/${id}`);
  const coding = new CodingPage(app);
  await expect(coding.body).toContainText('waited in ‘quiet’ hope');

  // Select from the curly quote in the first paragraph to just after the family emoji in the second, as a mouse drag would.
  await coding.body.evaluate(
    (root, [from, to]) => {
      const point = (offset: number) => {
        for (const seg of root.querySelectorAll<HTMLElement>('[data-start]')) {
          const s = Number(seg.dataset.start);
          const e = Number(seg.dataset.end);
          if (offset >= s && offset <= e && seg.firstChild) return { node: seg.firstChild, at: offset - s };
        }
        throw new Error(`no segment at ${offset}`);
      };
      const a = point(from);
      const b = point(to);
      const range = document.createRange();
      range.setStart(a.node, a.at);
      range.setEnd(b.node, b.at);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [start, end],
  );
  await expect(coding.selectionText).toContainText('“talks 🕊️ will go on” before leaving.');
  await expect(coding.selectionText).toContainText('Families 👩‍👩‍👧');
  await app.keyboard.press(await coding.keyOf('Economic'));
  await expect(coding.marginItem('Frame: Economic')).toHaveCount(1);

  const [stored] = await callApi(served, 'codings.list', { articleId: id });
  expect([stored!.start, stored!.end]).toEqual([start, end]);
  // The highlighted text is exactly that stretch of the body, less the paragraph break.
  const shown = (await coding.body.locator('.seg.is-coded').allTextContents()).join('');
  expect(shown).toBe(article.body.slice(start, end).replace(/\n\s*\n/, ''));
});
