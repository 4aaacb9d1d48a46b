import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCode, createVariable, getCodebook, updateCode } from '../../electron/core/coding/codebook';
import { setCurrentCoder } from '../../electron/core/coding/coders';
import { createCoding, insertCoding, listCodings } from '../../electron/core/coding/codings';
import { importSources } from '../../electron/core/corpus/import-service';
import { listArticles } from '../../electron/core/corpus/articles';
import { createHandlers } from '../../electron/core/handlers';
import { redo, undo } from '../../electron/core/history/history';
import { closeProject, openProject, type ProjectContext } from '../../electron/core/project/context';
import { ProjectSession } from '../../electron/core/project/session';
import { listDisagreements, settle, unsettle } from '../../electron/core/reliability/consensus';
import { mergeProject } from '../../electron/core/reliability/merge';
import { reliabilityReport, scopeArticles } from '../../electron/core/reliability/report';
import { createSample, drawSample } from '../../electron/core/reliability/samples';
import { consensusCoder, reliabilityCoders, setBlind } from '../../electron/core/reliability/team';
import { NONE, unitsFor } from '../../electron/core/reliability/units';
import type { Code, Variable } from '../../shared/domain/coding';
import { cohensKappa, fleissKappa, krippendorffAlpha, mulberry32, pairwise, percentAgreement, type ReliabilityData } from '../../shared/stats';
import { createDispatcher } from '../../shared/api/dispatch';
import { count, reopen, source, tempDir, tempProject } from '../helpers/temp-project';

function twoCoderProject() {
  const ctx = tempProject({ sample: true });
  const primary = createVariable(ctx, { name: 'Primary frame', unit: 'article', level: 'nominal' });
  const a = createCode(ctx, primary.id, null, { label: 'a' });
  const b = createCode(ctx, primary.id, null, { label: 'b' });
  const articles = listArticles(ctx, {}, 0, 100).items.map((x) => x.id).sort((x, y) => x - y);
  return { ctx, primary, a, b, articles };
}

function codeAs(ctx: ReturnType<typeof tempProject>, coder: string, codings: Parameters<typeof createCoding>[1][]) {
  setCurrentCoder(ctx, coder);
  for (const c of codings) createCoding(ctx, c);
}

describe('reliability report', () => {
  it('computes the coefficients for an article-level variable as worked out by hand', () => {
    const { ctx, primary, a, b, articles } = twoCoderProject();
    const [u1, u2, u3, u4] = articles;
    const v = (articleId: number, codeId: number) => ({ articleId, variableId: primary.id, codeId });
    codeAs(ctx, 'Ana', [v(u1, a.id), v(u2, a.id), v(u3, b.id), v(u4, b.id)]);
    codeAs(ctx, 'Ben', [v(u1, a.id), v(u2, b.id), v(u3, b.id), v(u4, b.id)]);
    const report = reliabilityReport(ctx, { variable: 'Primary frame', seed: 7, bootstrapSamples: 200 });
    expect(report.coders).toEqual(['Ana', 'Ben']);
    expect(report.articles).toBe(4);
    const [row] = report.variables;
    // By hand: agreement 3/4. Cohen: po = .75, pe = (2/4)(1/4) + (2/4)(3/4) = .5, kappa = .5.
    // Alpha (nominal): o_ab = o_ba = 1, n_a = 3, n_b = 5, n = 8: 1 - (n - 1) * 2 / (2 * 3 * 5) = 1 - 14/30 = .5333.
    expect(row).toMatchObject({ units: 4, percentAgreement: 0.75, cohensKappa: 0.5 });
    expect(row.alpha.alpha).toBeCloseTo(1 - 14 / 30, 10);
    expect(row.alpha.coincidence).toEqual({ values: ['a', 'b'], matrix: [[2, 1], [1, 4]] });
    expect(row.bootstrap.seed).toBe(7);
    expect(reliabilityReport(ctx, { variable: 'Primary frame', seed: 7, bootstrapSamples: 200 }).variables[0].bootstrap).toEqual(row.bootstrap);
    expect(row.pairs).toEqual([{ coders: ['Ana', 'Ben'], percentAgreement: 0.75, alpha: row.alpha.alpha, units: 4 }]);
    // A coder with a large id changes nothing (the report looks coders up by id).
    ctx.db.prepare("INSERT INTO coders (id, name, color, created_at) VALUES (300, 'Zed', '#000000', 'now')").run();
    const again = reliabilityReport(ctx, { variable: 'Primary frame', coders: ['Ana', 'Ben'], seed: 7, bootstrapSamples: 200 }).variables[0];
    expect(again).toEqual(row);
  });

  it('takes sentences as units of span variables, by the covering rule', () => {
    const { ctx, articles } = twoCoderProject();
    const frame = createVariable(ctx, { name: 'Frame', unit: 'span', level: 'nominal' });
    const x = createCode(ctx, frame.id, null, { label: 'x' });
    const article = articles[0];
    const [s0, s1] = ctx.db.prepare('SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx LIMIT 2').all(article) as { start: number; end: number }[];
    const span = (start: number, end: number) => ({ articleId: article, variableId: frame.id, codeId: x.id, start, end });
    codeAs(ctx, 'Ana', [span(s0.start, s0.end), span(s1.start, s1.end)]);
    // Ben covers all of sentence 0 but only 40% of sentence 1: for him, sentence 1 is "(none)".
    codeAs(ctx, 'Ben', [span(s0.start, s1.start + Math.floor((s1.end - s1.start) * 0.4))]);
    const report = reliabilityReport(ctx, { variable: 'Frame', bootstrapSamples: 0 });
    const sentences = ctx.db.prepare('SELECT count(*) FROM sentences WHERE article_id = ?').pluck().get(article) as number;
    expect(report.variables[0].units).toBe(sentences);
    const disagreements = listDisagreements(ctx, { articleIds: [article], coders: reliabilityCoders(ctx), variableId: frame.id });
    expect(disagreements.map((d) => [d.sentence, d.values.map((v) => `${v.coder}:${v.label}`)])).toEqual([[1, ['Ana:x', 'Ben:(none)']]]);
    expect(report.variables[0].unitizing).toEqual([{ value: 'x', alpha: expect.any(Number), reason: null }]);
  });

  it('gives the statistics of the units as the reference functions compute them, for any variable, coders and scope', () => {
    const { ctx, articles } = twoCoderProject();
    const random = mulberry32(2026);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
    const tone = createVariable(ctx, { name: 'Tone', unit: 'article', level: 'nominal' });
    const neg = createCode(ctx, tone.id, null, { label: 'negative' });
    createCode(ctx, tone.id, neg.id, { label: 'strong' });
    createCode(ctx, tone.id, null, { label: 'positive' });
    const scale = createVariable(ctx, { name: 'Scale', unit: 'article', level: 'ordinal' });
    for (const [label, numericCode] of [['low', 1], ['mid', 2], ['middle', 2], ['high', 3], ['unscored', null]] as const) createCode(ctx, scale.id, null, { label, numericCode });
    const amount = createVariable(ctx, { name: 'Amount', unit: 'article', level: 'interval' });
    for (const numericCode of [0, 1.5, 10]) createCode(ctx, amount.id, null, { label: `n${numericCode}`, numericCode });
    const frame = createVariable(ctx, { name: 'Span frame', unit: 'span', level: 'nominal' });
    for (const label of ['x', 'y']) createCode(ctx, frame.id, null, { label });
    const codebook = getCodebook(ctx);
    for (const coder of ['Ana', 'Ben', 'Cy', 'Dee']) {
      const coderId = setCurrentCoder(ctx, coder).id;
      for (const article of articles) {
        for (const variable of codebook) {
          if (random() < 0.25) continue;
          const codes = variable.codes;
          if (variable.unit === 'article') {
            // Sometimes two values for one article, as a merge can leave them: the report takes one, as unitsFor does.
            for (let k = random() < 0.1 ? 2 : 1; k > 0; k--) insertCoding(ctx, { articleId: article, variableId: variable.id, codeId: pick(codes).id }, coderId);
          } else {
            const length = ctx.db.prepare('SELECT length(body) FROM articles WHERE id = ?').pluck().get(article) as number;
            const start = Math.floor(random() * length);
            insertCoding(ctx, { articleId: article, variableId: variable.id, codeId: pick(codes).id, start, end: Math.min(length, start + 1 + Math.floor(random() * 200)) }, coderId);
          }
        }
      }
    }
    // Eve coded two articles only: with her and one other coder, the scope is those two.
    const eve = setCurrentCoder(ctx, 'Eve').id;
    for (const article of articles.slice(3, 5)) insertCoding(ctx, { articleId: article, variableId: tone.id, codeId: neg.id }, eve);
    updateCode(ctx, codebook.find((v) => v.id === scale.id)!.codes[0].id, { archived: true });
    createSample(ctx, { name: 'Half', articleIds: articles.filter((_a, i) => i % 2 === 0) });

    const label = (codes: Code[], id: number): string => {
      const code = codes.find((c) => c.id === id)!;
      return code.parentId === null ? code.label : `${label(codes, code.parentId)} › ${code.label}`;
    };
    const expected = (variable: Variable, articleIds: number[], coders: { id: number; name: string }[]) => {
      const nominal = variable.level === 'nominal';
      const values = new Map(variable.codes.map((c) => [c.id, nominal ? label(variable.codes, c.id) : c.numericCode]));
      const data: ReliabilityData = {
        coders: coders.map((c) => c.name),
        units: unitsFor(ctx, variable, articleIds, coders.map((c) => c.id)).map((u) =>
          coders.map((c) => {
            const value = u.values.get(c.id);
            return value === undefined ? null : value === NONE ? (nominal ? NONE : null) : (values.get(value) ?? null);
          }),
        ),
      };
      return {
        units: data.units.length,
        percentAgreement: percentAgreement(data).agreement,
        cohensKappa: coders.length === 2 ? cohensKappa(data).kappa : null,
        fleissKappa: fleissKappa(data).kappa,
        alpha: krippendorffAlpha(data, variable.level),
        pairs: pairwise(data, (pair) => ({ percentAgreement: percentAgreement(pair).agreement, alpha: krippendorffAlpha(pair, variable.level).alpha, units: percentAgreement(pair).units })).map(
          (p) => ({ coders: p.coders, ...p.result }),
        ),
      };
    };
    const coded = (coderIds: number[]) =>
      ctx.db
        .prepare(`SELECT article_id FROM codings WHERE coder_id IN (${coderIds.join(',')}) GROUP BY article_id HAVING count(DISTINCT coder_id) >= 2 ORDER BY article_id`)
        .pluck()
        .all();
    const scopes = [{}, { coders: ['Dee', 'Ana'] }, { coders: ['Ben', 'Cy', 'Ben'] }, { coders: ['Eve', 'Ana'] }, { sample: 'Half' }, { sample: 'Half', coders: ['Cy'] }];
    for (const options of scopes as { coders?: string[]; sample?: string }[]) {
      const report = reliabilityReport(ctx, { ...options, bootstrapSamples: 0 });
      const coders = reliabilityCoders(ctx, options.coders);
      const articleIds = scopeArticles(ctx, coders.map((c) => c.id), options.sample);
      if (!options.sample) expect(articleIds).toEqual(coded(coders.map((c) => c.id)));
      if (options.coders?.[0] === 'Eve') expect(articleIds).toEqual(articles.slice(3, 5));
      expect(report.variables.map((v) => v.variable)).toEqual(['Primary frame', 'Tone', 'Scale', 'Amount', 'Span frame']);
      for (const row of report.variables) {
        const variable = getCodebook(ctx).find((v) => v.id === row.variableId)!;
        expect(row).toMatchObject(expected(variable, articleIds, coders));
      }
    }
  });

  it('settles a disagreement as a consensus coding that the report leaves out', () => {
    const { ctx, primary, a, b, articles } = twoCoderProject();
    codeAs(ctx, 'Ana', [{ articleId: articles[0], variableId: primary.id, codeId: a.id }]);
    codeAs(ctx, 'Ben', [{ articleId: articles[0], variableId: primary.id, codeId: b.id }]);
    const scope = { articleIds: [articles[0]], coders: reliabilityCoders(ctx) };
    expect(listDisagreements(ctx, scope)[0].consensus).toBeNull();
    settle(ctx, { variableId: primary.id, articleId: articles[0], sentence: null, codeId: b.id });
    settle(ctx, { variableId: primary.id, articleId: articles[0], sentence: null, codeId: a.id });
    expect(listDisagreements(ctx, scope)[0].consensus).toEqual({ codeId: a.id, label: 'a' });
    expect(listCodings(ctx, articles[0]).filter((c) => c.codeId === a.id)).toHaveLength(2);
    expect(reliabilityReport(ctx, { bootstrapSamples: 0 }).coders).toEqual(['Ana', 'Ben']);
  });
});

describe('review: settling a unit as (none), and taking a settlement back', () => {
  /** Ana codes sentences 0 and 1 of an article as x, Ben only sentence 0: they disagree on sentence 1 (x against "(none)"). */
  function spanDisagreement() {
    const { ctx, articles } = twoCoderProject();
    const frame = createVariable(ctx, { name: 'Frame', unit: 'span', level: 'nominal' });
    const x = createCode(ctx, frame.id, null, { label: 'x' });
    const article = articles[0];
    const [s0, s1, s2] = ctx.db.prepare('SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx LIMIT 3').all(article) as { start: number; end: number }[];
    const span = (s: { start: number; end: number }) => ({ articleId: article, variableId: frame.id, codeId: x.id, start: s.start, end: s.end });
    codeAs(ctx, 'Ana', [span(s0), span(s1)]);
    codeAs(ctx, 'Ben', [span(s0)]);
    const unit = { variableId: frame.id, articleId: article, sentence: 1 };
    return { ctx, frame, x, article, s1, s2, unit };
  }

  const review = (ctx: ProjectContext, variableId: number, articleIds: number[]) =>
    listDisagreements(ctx, { articleIds, coders: reliabilityCoders(ctx), variableId }).map((d) => [d.sentence, d.consensus]);
  const consensusCodings = (ctx: ProjectContext, article: number) => listCodings(ctx, article, consensusCoder(ctx).id);
  const actions = (ctx: ProjectContext) => count(ctx.db, 'history_actions');

  it('shows the unit settled as (none), with no consensus coding, after a restart too; undo and redo it as one action', () => {
    const made = spanDisagreement();
    let ctx = made.ctx;
    const { frame, article, unit } = made;
    expect(review(ctx, frame.id, [article])).toEqual([[1, null]]);
    const alpha = reliabilityReport(ctx, { variable: 'Frame', bootstrapSamples: 0 }).variables[0];
    const before = actions(ctx);

    expect(settle(ctx, { ...unit, codeId: null })).toEqual({ ...unit, codeId: null, label: NONE });
    expect(actions(ctx)).toBe(before + 1);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: null, label: NONE }]]);
    expect(consensusCodings(ctx, article)).toEqual([]);
    // The report compares Ana and Ben as before: a "(none)" settlement is not a coding.
    expect(reliabilityReport(ctx, { variable: 'Frame', bootstrapSamples: 0 }).variables[0]).toEqual(alpha);

    ctx = reopen(ctx);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: null, label: NONE }]]);
    expect(undo(ctx).redoLabel).toBe('Settle Frame: (none)');
    expect(review(ctx, frame.id, [article])).toEqual([[1, null]]);
    expect(count(ctx.db, 'consensus_none')).toBe(0);
    redo(ctx);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: null, label: NONE }]]);
    expect(consensusCodings(ctx, article)).toEqual([]);
  });

  it('replaces a value with (none) and (none) with a value, each one undoable action', () => {
    const { ctx, frame, x, article, s1, unit } = spanDisagreement();
    settle(ctx, { ...unit, codeId: x.id });
    const [coding] = consensusCodings(ctx, article);
    expect(coding).toMatchObject({ codeId: x.id, start: s1.start, end: s1.end });

    const before = actions(ctx);
    settle(ctx, { ...unit, codeId: null });
    expect(actions(ctx)).toBe(before + 1);
    expect(consensusCodings(ctx, article)).toEqual([]);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: null, label: NONE }]]);
    undo(ctx);
    expect(consensusCodings(ctx, article)).toEqual([coding]);
    expect(count(ctx.db, 'consensus_none')).toBe(0);
    redo(ctx);

    settle(ctx, { ...unit, codeId: x.id });
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: x.id, label: 'x' }]]);
    expect(count(ctx.db, 'consensus_none')).toBe(0);
    undo(ctx);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: null, label: NONE }]]);
    expect(consensusCodings(ctx, article)).toEqual([]);
  });

  it('takes a value or (none) back to unsettled, undoably; nothing settled changes nothing', () => {
    const { ctx, frame, x, article, unit } = spanDisagreement();
    const before = actions(ctx);
    expect(unsettle(ctx, unit)).toEqual({ ...unit, cleared: false });
    expect(actions(ctx)).toBe(before);

    settle(ctx, { ...unit, codeId: x.id });
    const settled = consensusCodings(ctx, article);
    expect(unsettle(ctx, unit)).toEqual({ ...unit, cleared: true });
    expect(review(ctx, frame.id, [article])).toEqual([[1, null]]);
    expect(consensusCodings(ctx, article)).toEqual([]);
    expect(undo(ctx).redoLabel).toBe('Unsettle Frame');
    expect(consensusCodings(ctx, article)).toEqual(settled);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: x.id, label: 'x' }]]);

    settle(ctx, { ...unit, codeId: null });
    const marks = actions(ctx);
    expect(unsettle(ctx, unit).cleared).toBe(true);
    expect(actions(ctx)).toBe(marks + 1);
    expect(review(ctx, frame.id, [article])).toEqual([[1, null]]);
    expect(count(ctx.db, 'consensus_none')).toBe(0);
    undo(ctx);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: null, label: NONE }]]);
    redo(ctx);
    expect(review(ctx, frame.id, [article])).toEqual([[1, null]]);
  });

  it('leaves no consensus coding to win: one made by hand over two sentences goes when either is settled as (none)', () => {
    const { ctx, frame, x, article, s1, s2, unit } = spanDisagreement();
    insertCoding(ctx, { articleId: article, variableId: frame.id, codeId: x.id, start: s1.start, end: s2.end }, consensusCoder(ctx).id);
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: x.id, label: 'x' }]]);
    settle(ctx, { ...unit, codeId: null });
    expect(review(ctx, frame.id, [article])).toEqual([[1, { codeId: null, label: NONE }]]);
    expect(consensusCodings(ctx, article)).toEqual([]);
  });

  it('settles an article-level unit as (none), and checks units and values through the contract', async () => {
    const { ctx, primary, a, b, articles } = twoCoderProject();
    codeAs(ctx, 'Ana', [{ articleId: articles[0], variableId: primary.id, codeId: a.id }]);
    codeAs(ctx, 'Ben', [{ articleId: articles[0], variableId: primary.id, codeId: b.id }]);
    const dispatch = createDispatcher(createHandlers(new ProjectSession(ctx)));
    const unit = { variableId: primary.id, articleId: articles[0], sentence: null };
    expect(await dispatch('reliability.settle', { ...unit, codeId: a.id })).toMatchObject({ ok: true });
    expect(await dispatch('reliability.settle', { ...unit, codeId: null })).toMatchObject({ ok: true, result: { codeId: null, label: NONE } });
    expect(review(ctx, primary.id, [articles[0]])).toEqual([[null, { codeId: null, label: NONE }]]);
    expect(consensusCodings(ctx, articles[0])).toEqual([]);
    expect(reliabilityReport(ctx, { bootstrapSamples: 0 }).coders).toEqual(['Ana', 'Ben']);
    expect(await dispatch('reliability.unsettle', unit)).toMatchObject({ ok: true, result: { cleared: true } });
    expect(review(ctx, primary.id, [articles[0]])).toEqual([[null, null]]);

    expect(await dispatch('reliability.settle', unit)).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(await dispatch('reliability.unsettle', { ...unit, sentence: 2 })).toMatchObject({ ok: false, error: { message: '"Primary frame" is coded per article, not per sentence' } });
    expect(await dispatch('reliability.unsettle', { ...unit, sentence: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });
});

describe('team coding', () => {
  it('shows a coder only their own codings in blind mode', async () => {
    const { ctx, primary, a, b, articles } = twoCoderProject();
    codeAs(ctx, 'Ana', [{ articleId: articles[0], variableId: primary.id, codeId: a.id }]);
    codeAs(ctx, 'Ben', [{ articleId: articles[0], variableId: primary.id, codeId: b.id }]);
    const handlers = createHandlers(new ProjectSession(ctx));
    expect(await handlers['codings.list']({ articleId: articles[0] })).toHaveLength(2);
    setBlind(ctx, true);
    const visible = await handlers['codings.list']({ articleId: articles[0] });
    expect(visible.map((c) => c.codeId)).toEqual([b.id]);
  });

  it('draws the same random sample again from the same seed', () => {
    const { ctx } = twoCoderProject();
    const first = drawSample(ctx, {}, 5, 42);
    expect(first).toHaveLength(5);
    expect(drawSample(ctx, {}, 5, 42)).toEqual(first);
    expect(drawSample(ctx, {}, 5, 43)).not.toEqual(first);
    const sample = createSample(ctx, { name: 'Pilot', draw: { filter: {}, n: 5, seed: 42 } });
    expect(sample).toMatchObject({ name: 'Pilot', seed: 42, size: 5, articleIds: first });
    expect(() => drawSample(ctx, {}, 500, 1)).toThrow('the filter matches 11 articles; a sample of 500 is not possible');
  });

  it("merges another coder's copy: their codings as theirs, unmatched listed, twice adds nothing", () => {
    const { ctx, primary, a, articles } = twoCoderProject();
    codeAs(ctx, 'Ana', [{ articleId: articles[0], variableId: primary.id, codeId: a.id }]);
    const otherPath = path.join(tempDir(), 'ben.framebench');
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    fs.copyFileSync(ctx.path, otherPath);
    const other = openProject(otherPath, { mustExist: true });
    importSources(other, [source('extra.md', '# Only in Ben\'s copy\n\nA body.')]);
    const extra = listArticles(other, {}, 0, 100).items.find((x) => x.title === "Only in Ben's copy")!;
    codeAs(other, 'Ben', [
      { articleId: articles[0], variableId: primary.id, codeId: a.id },
      { articleId: articles[1], variableId: primary.id, codeId: a.id },
      { articleId: extra.id, variableId: primary.id, codeId: a.id },
    ]);
    closeProject(other);
    const before = listCodings(ctx, articles[0]);
    const report = mergeProject(ctx, otherPath);
    expect(report).toMatchObject({ added: 2, alreadyPresent: 1, coders: ['Ben'] });
    expect(report.unmatched).toEqual([{ reason: `article "Only in Ben's copy" is not in this project`, codings: 1 }]);
    expect(listCodings(ctx, articles[0]).filter((c) => before.some((b) => b.id === c.id))).toEqual(before);
    const total = count(ctx.db, 'codings');
    expect(mergeProject(ctx, otherPath)).toMatchObject({ added: 0, alreadyPresent: 3 });
    expect(count(ctx.db, 'codings')).toBe(total);
  });
});

describe('merging a copy: the units its review settled as (none)', () => {
  /**
   * The lead's project: Ana codes sentences 0 and 1 of an article as x in "Frame", Ben only sentence 0; on "Primary
   * frame" Ana says a and Ben b for the second article. The copy is the reviewer's copy of that file, opened.
   */
  function leadAndCopy() {
    const { ctx, primary, a, b, articles } = twoCoderProject();
    const frame = createVariable(ctx, { name: 'Frame', unit: 'span', level: 'nominal' });
    const x = createCode(ctx, frame.id, null, { label: 'x' });
    const [s0, s1] = ctx.db.prepare('SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx LIMIT 2').all(articles[0]) as { start: number; end: number }[];
    const span = (s: { start: number; end: number }) => ({ articleId: articles[0], variableId: frame.id, codeId: x.id, start: s.start, end: s.end });
    codeAs(ctx, 'Ana', [span(s0), span(s1), { articleId: articles[1], variableId: primary.id, codeId: a.id }]);
    codeAs(ctx, 'Ben', [span(s0), { articleId: articles[1], variableId: primary.id, codeId: b.id }]);
    const copyPath = path.join(tempDir(), 'reviewer.framebench');
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    fs.copyFileSync(ctx.path, copyPath);
    const copy = openProject(copyPath, { mustExist: true });
    const sentenceUnit = { variableId: frame.id, articleId: articles[0], sentence: 1 };
    const articleUnit = { variableId: primary.id, articleId: articles[1], sentence: null };
    return { ctx, copy, copyPath, primary, frame, a, x, articles, sentenceUnit, articleUnit };
  }

  const review = (ctx: ProjectContext, variableId: number, articleId: number) =>
    listDisagreements(ctx, { articleIds: [articleId], coders: reliabilityCoders(ctx), variableId }).map((d) => [d.sentence, d.consensus]);
  const none = { codeId: null, label: NONE };

  it('brings the settlements in as one undoable action, and merging again adds nothing', () => {
    const { ctx, copy, copyPath, primary, frame, articles, sentenceUnit, articleUnit } = leadAndCopy();
    settle(copy, { ...sentenceUnit, codeId: null });
    settle(copy, { ...articleUnit, codeId: null });
    closeProject(copy);

    const report = mergeProject(ctx, copyPath);
    expect(report).toMatchObject({ added: 0, alreadyPresent: 5, noneSettlements: 2, unmatched: [] });
    expect(review(ctx, frame.id, articles[0])).toEqual([[1, none]]);
    expect(review(ctx, primary.id, articles[1])).toEqual([[null, none]]);
    expect(listCodings(ctx, articles[0], consensusCoder(ctx).id)).toEqual([]);

    expect(mergeProject(ctx, copyPath)).toMatchObject({ added: 0, noneSettlements: 0, unmatched: [] });
    expect(count(ctx.db, 'consensus_none')).toBe(2);

    expect(undo(ctx).redoLabel).toBe('Merge from reviewer.framebench');
    expect(count(ctx.db, 'consensus_none')).toBe(0);
    expect(review(ctx, frame.id, articles[0])).toEqual([[1, null]]);
    redo(ctx);
    expect(review(ctx, primary.id, articles[1])).toEqual([[null, none]]);
  });

  it('lists settlements whose article, variable or unit this project does not have', () => {
    const { ctx, copy, copyPath, frame, articles } = leadAndCopy();
    importSources(copy, [source('extra.md', "# Only in the reviewer's copy\n\nA body.")]);
    const extra = listArticles(copy, {}, 0, 100).items.find((x) => x.title === "Only in the reviewer's copy")!;
    const tone = createVariable(copy, { name: 'Tone', unit: 'article', level: 'nominal' });
    settle(copy, { variableId: tone.id, articleId: articles[0], sentence: null, codeId: null });
    settle(copy, { variableId: frame.id, articleId: extra.id, sentence: 0, codeId: null });
    // A span that is no sentence of the article.
    copy.db.prepare("INSERT INTO consensus_none (variable_id, article_id, start, end, created_at) VALUES (?, ?, 0, 3, 'now')").run(frame.id, articles[0]);
    const title = listArticles(copy, {}, 0, 100).items.find((x) => x.id === articles[0])!.title;
    const toneGuid = copy.db.prepare('SELECT guid FROM variables WHERE id = ?').pluck().get(tone.id);
    closeProject(copy);

    const report = mergeProject(ctx, copyPath);
    expect(report.noneSettlements).toBe(0);
    expect(report.unmatched).toEqual([
      { reason: `"(none)" settlement: variable "Tone" is not in this codebook (GUID ${toneGuid})`, codings: 1 },
      { reason: `"(none)" settlement: article "Only in the reviewer's copy" is not in this project`, codings: 1 },
      { reason: `"(none)" settlement of "Frame" in "${title}": no such unit in this project`, codings: 1 },
    ]);
    expect(count(ctx.db, 'consensus_none')).toBe(0);
  });

  it('keeps a consensus code, here or merged in, over a settlement as (none), and lists that settlement', () => {
    const { ctx, copy, copyPath, primary, frame, a, x, articles, sentenceUnit, articleUnit } = leadAndCopy();
    settle(ctx, { ...sentenceUnit, codeId: x.id });
    settle(copy, { ...sentenceUnit, codeId: null });
    // In the copy, a consensus coding made by hand after the article-level unit was settled as "(none)".
    settle(copy, { ...articleUnit, codeId: null });
    insertCoding(copy, { articleId: articles[1], variableId: primary.id, codeId: a.id }, consensusCoder(copy).id);
    const title = (id: number) => listArticles(ctx, {}, 0, 100).items.find((item) => item.id === id)!.title;
    closeProject(copy);

    const report = mergeProject(ctx, copyPath);
    expect(report).toMatchObject({ added: 1, noneSettlements: 0 });
    expect(report.unmatched).toEqual([
      { reason: `"(none)" settlement of "Frame" in "${title(articles[0])}": the consensus here gives that unit a code, which is kept`, codings: 1 },
      { reason: `"(none)" settlement of "Primary frame" in "${title(articles[1])}": the consensus here gives that unit a code, which is kept`, codings: 1 },
    ]);
    expect(review(ctx, frame.id, articles[0])).toEqual([[1, { codeId: x.id, label: 'x' }]]);
    expect(review(ctx, primary.id, articles[1])).toEqual([[null, { codeId: a.id, label: 'a' }]]);
    expect(count(ctx.db, 'consensus_none')).toBe(0);
  });

  it("lists this project's (none) settlements that a merged consensus code now overrides", () => {
    const { ctx, copy, copyPath, frame, x, articles, sentenceUnit } = leadAndCopy();
    settle(ctx, { ...sentenceUnit, codeId: null });
    settle(copy, { ...sentenceUnit, codeId: x.id });
    const title = listArticles(ctx, {}, 0, 100).items.find((item) => item.id === articles[0])!.title;
    closeProject(copy);

    const report = mergeProject(ctx, copyPath);
    expect(report).toMatchObject({ added: 1, noneSettlements: 0 });
    expect(report.unmatched).toEqual([{ reason: `"(none)" settlement here of "Frame" in "${title}": the merged consensus code now gives that unit a code`, codings: 1 }]);
    expect(review(ctx, frame.id, articles[0])).toEqual([[1, { codeId: x.id, label: 'x' }]]);
  });

  it('merges a copy from before (none) settlements existed, leaving that file as it was', () => {
    const { ctx, copy, copyPath, primary, a, articles } = leadAndCopy();
    codeAs(copy, 'Cy', [{ articleId: articles[1], variableId: primary.id, codeId: a.id }]);
    copy.db.exec('DROP TABLE consensus_none; DROP INDEX article_sentences_count');
    copy.db.pragma('user_version = 7');
    copy.db.pragma('wal_checkpoint(TRUNCATE)');
    closeProject(copy);
    const bytes = fs.readFileSync(copyPath);

    expect(mergeProject(ctx, copyPath)).toMatchObject({ added: 1, noneSettlements: 0, coders: ['Cy'], unmatched: [] });
    expect(fs.readFileSync(copyPath).equals(bytes)).toBe(true);
  });
});
