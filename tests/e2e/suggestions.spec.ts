// Suggestions: walk the attributed quotes with the keyboard, accept one (it becomes a Quotation coding with its
// speaker), reject another, and read the tone hints with their scored words.
import { expect, test } from './fixtures';
import { articleId, callApi } from './pages/api';
import { CodingPage } from './pages/coding-page';
import { LibraryPage } from './pages/library-page';
import { SuggestionsPanel } from './pages/suggestions-panel';

test('accept a quote attribution, reject another, and see tone hints with scored words', async ({ app, served }) => {
  const lib = await new LibraryPage(app).ready();
  const coding = new CodingPage(app);
  const suggestions = new SuggestionsPanel(app);
  const id = await articleId(served, /A Risky Gamble/);
  const analysis = await callApi(served, 'analysis.article', { articleId: id });
  const mulroy = analysis.quotes.find((q) => q.text.includes('It could complicate'));
  expect(mulroy?.speaker?.actorId).toBeTruthy();
  const other = analysis.quotes.find((q) => q !== mulroy && q.status === 'pending')!;
  expect(other).toBeTruthy();

  await lib.open(/A Risky Gamble/);
  await app.keyboard.press('Control+2');
  await expect(coding.reader).toBeFocused();
  await app.keyboard.press('s');
  await expect(suggestions.list).toBeFocused();
  await expect(suggestions.quotes).toHaveCount(analysis.quotes.length);

  await suggestions.walkTo('It could complicate');
  await expect(suggestions.active).toContainText('Mick Mulroy');
  // The tone hint lists the AFINN words with their scores.
  await expect(suggestions.active.getByTestId('tone-words')).toContainText(/ability \+2/);
  await expect(suggestions.active.getByTestId('tone-suggested')).toContainText('AFINN sum');
  await app.keyboard.press('a');
  await expect(suggestions.quote('It could complicate')).toHaveAttribute('data-status', 'accepted');

  const item = coding.marginItem('Quotation: Direct quote');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Mick Mulroy');
  await expect(coding.highlight('It could complicate').first()).toHaveAttribute('title', /Quotation: Direct quote/);

  await suggestions.walkTo(other.text.slice(0, 30));
  await app.keyboard.press('r');
  await expect(suggestions.quotes.filter({ hasText: other.text.slice(0, 30) })).toHaveAttribute('data-status', 'rejected');

  const after = await callApi(served, 'analysis.article', { articleId: id });
  expect(after.quotes.find((q) => q.key === mulroy!.key)?.status).toBe('accepted');
  expect(after.quotes.find((q) => q.key === other.key)?.status).toBe('rejected');
  const codings = await callApi(served, 'codings.list', { articleId: id });
  expect(codings).toHaveLength(1);
  expect(codings[0]).toMatchObject({ start: mulroy!.start, end: mulroy!.end, actorId: mulroy!.speaker!.actorId });
});

test('the selection’s tone hint shows AFINN score, words with scores and the suggested value with its rule', async ({ app }) => {
  const lib = await new LibraryPage(app).ready();
  const coding = new CodingPage(app);
  await lib.open(/A Risky Gamble/);
  await app.keyboard.press('Control+2');
  await app.keyboard.press('j');
  await app.keyboard.press('Shift+j');
  await expect(coding.toneHint).toContainText(/AFINN [+−]?\d/);
  await expect(coding.toneHint.getByTestId('tone-words')).toContainText(/\w+ [+−]\d/);
  await expect(coding.toneHint.getByTestId('tone-suggested')).toContainText(/Suggests [+−]?\d/);
  // Never applied by itself: no coding exists until the analyst acts.
  await expect(coding.marginItems).toHaveCount(0);
});
