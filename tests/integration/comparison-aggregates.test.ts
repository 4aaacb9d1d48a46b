// Per-outlet aggregates (frames, tone, stance, quotes) against numbers worked out by hand on a tiny project.
import { describe, expect, it } from 'vitest';
import { createActor, createTarget } from '../../electron/core/coding/actors';
import { createCode, createVariable, getCodebook } from '../../electron/core/coding/codebook';
import { setCurrentCoder } from '../../electron/core/coding/coders';
import { createCoding } from '../../electron/core/coding/codings';
import { loadTemplate } from '../../electron/core/coding/templates';
import { aggregate, cellCodings } from '../../electron/core/comparison/aggregate';
import { ensureOutlet } from '../../electron/core/corpus/outlets';
import { createStory } from '../../electron/core/corpus/stories';
import { toCsvRows, type AggregateTable } from '../../shared/compare/tables';
import { tempProject } from '../helpers/temp-project';

/*
 * The fixture, and what each aggregate must say (worked out by hand):
 *
 * Outlets Alpha, Beta, Gamma. Articles a1 Alpha 01-01, a2 Alpha 01-02, a3 Beta 01-01, a4 Beta 02-01, a5 Gamma 01-03.
 * Story S = a1, a2, a3, a5. Coders X and Y. AFINN (score, comparative) per stored sentence:
 *   a1 (2, .2) (-1, -.1) | a2 (3, .3) | a3 (-4, -.4) (0, 0) | a4 (5, .5) | a5 (1, .1) (1, .1) (-2, -.2)
 *
 * Frame (span): a1 X Econ, X Econ, X Security, Y Econ | a2 X Moral | a3 X Security, X Security, Y Econ | a4 X Econ
 *   project: Alpha Econ 3/5 = .6, Security 1/5 = .2, Moral 1/5 = .2 | Beta Econ 2/4 = .5, Security 2/4 = .5, Moral 0
 *   story S: Beta loses a4: Econ 1/3, Security 2/3 | coder X only: Alpha Econ 2/4, Security 1/4, Moral 1/4; Beta Econ 1/3, Security 2/3
 *   January only (a4 is in February): same as story S for Alpha and Beta.
 * Primary frame (article): a1 X Econ, Y Security | a2 X Econ | a3 X Security | a5 X Security
 *   Alpha: 2 articles coded; Econ 2/2 = 1, Security 1/2 = .5 (coders disagree on a1) | Beta Security 1/1 | Gamma Security 1/1
 * Tone (span, -2..+2 and "n/a" without a number): a1 X +2, X -1, Y n/a | a3 X -2 | a5 X +1, Y +1
 *   coded mean: Alpha (2 - 1) / 2 = .5 (n 2) | Beta -2 (n 1) | Gamma 1 (n 2)
 *   AFINN comparative per sentence: Alpha (.2 - .1 + .3) / 3 = .1333 | Beta (-.4 + 0 + .5) / 3 = .0333 | Gamma 0 / 3 = 0
 *   AFINN article score: Alpha (1 + 3) / 2 = 2 | Beta (-4 + 5) / 2 = .5 | Gamma 0
 * Stance (the Stance template: Support 1, Oppose -1, Neutral 0, Mixed 2, Unclear 9), target "talks":
 *   a1 P Support, P Support, P Unclear, Q Oppose | a2 P Mixed, P Oppose | a3 P Neutral, Q Oppose, Q Oppose | a5 Q Support
 *   (and a1 P Oppose toward "deal", which must not count)
 *   P×Alpha: counts Support 2, Oppose 1, Mixed 1, Unclear 1; mean without Unclear and Mixed (1 + 1 - 1) / 3 = .3333, n 3, 5 codings
 *   Q×Alpha -1 (n 1) | P×Beta 0 (n 1) | Q×Beta -1 (n 2) | Q×Gamma 1 (n 1) | P×Gamma empty
 * Quotes (quote variable): a1 P, P, Q | a3 no actor | a5 Q
 *   Alpha: P 2/3, Q 1/3 | Beta: (no actor) 1/1 | Gamma: Q 1/1
 */
function fixture() {
  const ctx = tempProject();
  const outlet = { Alpha: ensureOutlet(ctx, 'Alpha'), Beta: ensureOutlet(ctx, 'Beta'), Gamma: ensureOutlet(ctx, 'Gamma') };
  const insertArticle = ctx.db.prepare(
    "INSERT INTO articles (title, outlet_id, published_at, body, content_hash, imported_at, word_count) VALUES (?, ?, ?, ?, ?, '2025-01-01', 40)",
  );
  const insertSentences = ctx.db.prepare(
    'INSERT INTO article_sentences (article_id, data, sentences, afinn_score, afinn_comparative_sum) VALUES (?, ?, ?, ?, ?)',
  );
  const article = (name: string, outletId: number, date: string, afinn: [number, number][]) => {
    const id = Number(insertArticle.run(name, outletId, date, `${name} `.repeat(60), name).lastInsertRowid);
    // Stored as [start, end, score, tokens, words]; comparative = score / tokens.
    const data = afinn.map(([score, comparative], i) => [i * 10, i * 10 + 9, score, comparative ? Math.round(score / comparative) : 0, []]);
    const sum = (k: 0 | 1) => afinn.reduce((n, a) => n + a[k], 0);
    insertSentences.run(id, JSON.stringify(data), afinn.length, sum(0), sum(1));
    return id;
  };
  const a1 = article('a1', outlet.Alpha, '2025-01-01', [[2, 0.2], [-1, -0.1]]);
  const a2 = article('a2', outlet.Alpha, '2025-01-02', [[3, 0.3]]);
  const a3 = article('a3', outlet.Beta, '2025-01-01', [[-4, -0.4], [0, 0]]);
  const a4 = article('a4', outlet.Beta, '2025-02-01', [[5, 0.5]]);
  const a5 = article('a5', outlet.Gamma, '2025-01-03', [[1, 0.1], [1, 0.1], [-2, -0.2]]);
  const story = createStory(ctx, 'S', undefined, [a1, a2, a3, a5]);

  const variable = (name: string, unit: 'span' | 'article', kind: 'category' | 'tone' | 'quote', codes: [string, number | null][]) => {
    const v = createVariable(ctx, { name, unit, level: 'nominal', kind });
    return { id: v.id, code: Object.fromEntries(codes.map(([label, numericCode]) => [label, createCode(ctx, v.id, null, { label, numericCode }).id])) };
  };
  const frame = variable('Frame', 'span', 'category', [['Econ', 1], ['Security', 2], ['Moral', 3]]);
  const primary = variable('Primary frame', 'article', 'category', [['Econ', 1], ['Security', 2]]);
  const tone = variable('Span tone', 'span', 'tone', [['-2', -2], ['-1', -1], ['0', 0], ['+1', 1], ['+2', 2], ['n/a', null]]);
  const quote = variable('Quote', 'span', 'quote', [['Direct', 1]]);
  loadTemplate(ctx, 'stance-and-tone');
  const stanceVar = getCodebook(ctx).find((v) => v.name === 'Stance')!;
  const stance = Object.fromEntries(stanceVar.codes.map((c) => [c.label, c.id]));
  const P = createActor(ctx, { name: 'Leavitt', kind: 'person' }).id;
  const Q = createActor(ctx, { name: 'Odeh', kind: 'person' }).id;
  const talks = createTarget(ctx, 'talks').id;
  const deal = createTarget(ctx, 'deal').id;

  const coders = { X: setCurrentCoder(ctx, 'X').id, Y: setCurrentCoder(ctx, 'Y').id };
  const code = (coder: 'X' | 'Y', articleId: number, variableId: number, codeId: number, extra: { actorId?: number; targetId?: number; article?: boolean } = {}) => {
    setCurrentCoder(ctx, coder);
    const span = extra.article ? {} : { start: 0, end: 5 };
    return createCoding(ctx, { articleId, variableId, codeId, ...span, actorId: extra.actorId, targetId: extra.targetId }).id;
  };
  for (const [c, a, k] of [['X', a1, 'Econ'], ['X', a1, 'Econ'], ['X', a1, 'Security'], ['Y', a1, 'Econ'], ['X', a2, 'Moral'], ['X', a3, 'Security'], ['X', a3, 'Security'], ['Y', a3, 'Econ'], ['X', a4, 'Econ']] as const)
    code(c, a, frame.id, frame.code[k]);
  for (const [c, a, k] of [['X', a1, 'Econ'], ['Y', a1, 'Security'], ['X', a2, 'Econ'], ['X', a3, 'Security'], ['X', a5, 'Security']] as const)
    code(c, a, primary.id, primary.code[k], { article: true });
  for (const [c, a, k] of [['X', a1, '+2'], ['X', a1, '-1'], ['Y', a1, 'n/a'], ['X', a3, '-2'], ['X', a5, '+1'], ['Y', a5, '+1']] as const) code(c, a, tone.id, tone.code[k]);
  const stanceIds = (
    [[a1, P, 'Support'], [a1, P, 'Support'], [a1, P, 'Unclear'], [a1, Q, 'Oppose'], [a2, P, 'Mixed'], [a2, P, 'Oppose'], [a3, P, 'Neutral'], [a3, Q, 'Oppose'], [a3, Q, 'Oppose'], [a5, Q, 'Support']] as const
  ).map(([a, actor, k]) => code('X', a, stanceVar.id, stance[k], { actorId: actor, targetId: talks }));
  code('X', a1, stanceVar.id, stance.Oppose, { actorId: P, targetId: deal });
  for (const [a, actor] of [[a1, P], [a1, P], [a1, Q], [a3, undefined], [a5, Q]] as const) code('X', a, quote.id, quote.code.Direct, { actorId: actor });
  return { ctx, outlet, story, frame, primary, tone, stanceVar, talks, coders, P, Q, stanceIds };
}

/** The table as { row label: { column label: [value rounded to 4 places, n] } }. */
function grid(table: AggregateTable): Record<string, Record<string, [number | null, number]>> {
  return Object.fromEntries(
    table.rows.map((r, i) => [r.label, Object.fromEntries(table.columns.map((c, j) => [c.label, [table.cells[i][j].value === null ? null : Math.round(table.cells[i][j].value! * 10000) / 10000, table.cells[i][j].n]]))]),
  );
}

describe('aggregates per outlet', () => {
  it('frames: share of coded spans per code, and share of articles by primary frame', () => {
    const { ctx, story, coders, frame, primary } = fixture();
    const [spans, articles] = aggregate(ctx, { measure: 'frames', variableId: frame.id, articleVariableId: primary.id }).tables;
    expect(grid(spans)).toEqual({
      Econ: { Alpha: [0.6, 3], Beta: [0.5, 2] },
      Security: { Alpha: [0.2, 1], Beta: [0.5, 2] },
      Moral: { Alpha: [0.2, 1], Beta: [0, 0] },
    });
    expect(spans.columns.map((c) => c.n)).toEqual([5, 4]);
    expect(grid(articles)).toEqual({ Econ: { Alpha: [1, 2], Beta: [0, 0], Gamma: [0, 0] }, Security: { Alpha: [0.5, 1], Beta: [1, 1], Gamma: [1, 1] } });
    const inStory = grid(aggregate(ctx, { measure: 'frames', variableId: frame.id, storyIds: [story.id] }).tables[0]);
    expect(inStory.Econ.Beta).toEqual([0.3333, 1]);
    expect(inStory.Security.Beta).toEqual([0.6667, 2]);
    const byX = grid(aggregate(ctx, { measure: 'frames', variableId: frame.id, coderIds: [coders.X] }).tables[0]);
    expect([byX.Econ.Alpha, byX.Security.Alpha, byX.Moral.Alpha, byX.Econ.Beta]).toEqual([[0.5, 2], [0.25, 1], [0.25, 1], [0.3333, 1]]);
    const january = grid(aggregate(ctx, { measure: 'frames', variableId: frame.id, dateFrom: '2025-01-01', dateTo: '2025-01-31' }).tables[0]);
    expect(january).toEqual(inStory);
  });

  it('tone: coded mean beside AFINN per sentence and per article', () => {
    const { ctx, tone } = fixture();
    expect(grid(aggregate(ctx, { measure: 'tone', variableId: tone.id }).tables[0])).toEqual({
      Alpha: { 'Span tone (coded, mean)': [0.5, 2], 'AFINN comparative (mean per sentence)': [0.1333, 3], 'AFINN score (mean per article)': [2, 2] },
      Beta: { 'Span tone (coded, mean)': [-2, 1], 'AFINN comparative (mean per sentence)': [0.0333, 3], 'AFINN score (mean per article)': [0.5, 2] },
      Gamma: { 'Span tone (coded, mean)': [1, 2], 'AFINN comparative (mean per sentence)': [0, 3], 'AFINN score (mean per article)': [0, 1] },
    });
  });

  it('stance: actors × outlets for one target, with the distribution, the mean without missing values, and the codings', () => {
    const { ctx, stanceVar, talks, outlet, P, stanceIds } = fixture();
    const table = aggregate(ctx, { measure: 'stance', variableId: stanceVar.id, targetId: talks }).tables[0];
    expect(grid(table)).toEqual({ Leavitt: { Alpha: [0.3333, 3], Beta: [0, 1], Gamma: [null, 0] }, Odeh: { Alpha: [-1, 1], Beta: [-1, 2], Gamma: [1, 1] } });
    expect(table.cells[0][0].counts).toEqual({ Support: 2, Oppose: 1, Neutral: 0, Mixed: 1, Unclear: 1 });
    expect(table.cells[0][0].codingIds).toEqual([...stanceIds.slice(0, 3), ...stanceIds.slice(4, 6)]);
    expect(table.codingIdsIncluded).toBe(true);
    expect(cellCodings(ctx, { variableId: stanceVar.id, targetId: talks, actorId: P, outletId: outlet.Alpha, offset: 0, limit: 2 })).toMatchObject({ total: 5, items: [{ id: stanceIds[0] }, { id: stanceIds[1] }] });
    expect(aggregate(ctx, { measure: 'stance' }).tables[0].title).toBe('Stance toward "talks": actors × outlets');
  });

  it('quotes: each actor\'s share of the outlet\'s accepted quotes', () => {
    const { ctx } = fixture();
    expect(grid(aggregate(ctx, { measure: 'quotes' }).tables[0])).toEqual({
      Leavitt: { Alpha: [0.6667, 2], Beta: [0, 0], Gamma: [0, 0] },
      Odeh: { Alpha: [0.3333, 1], Beta: [0, 0], Gamma: [1, 1] },
      '(no actor)': { Alpha: [0, 0], Beta: [1, 1], Gamma: [0, 0] },
    });
  });

  it('exports a table as CSV rows, wide and long', () => {
    const { ctx, tone } = fixture();
    const table = aggregate(ctx, { measure: 'tone', variableId: tone.id, outletIds: [] }).tables[0];
    const wide = toCsvRows(table);
    expect(wide[0]).toEqual(['Outlet', 'Span tone (coded, mean): mean', 'Span tone (coded, mean): n', 'AFINN comparative (mean per sentence): mean', 'AFINN comparative (mean per sentence): n', 'AFINN score (mean per article): mean', 'AFINN score (mean per article): n']);
    expect(wide[1]).toEqual(['Alpha', '0.5', '2', '0.1333', '3', '2', '2']);
    const long = toCsvRows(table, 'long');
    expect(long[0]).toEqual(['Outlet', 'Measure', 'mean', 'n']);
    expect(long).toContainEqual(['Beta', 'Span tone (coded, mean)', '-2', '1']);
    expect(long).toHaveLength(1 + 3 * 3);
  });
});
