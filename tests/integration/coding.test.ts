import { describe, expect, it } from 'vitest';
import { listArticles } from '../../electron/core/corpus/articles';
import { createActor, listActors, listTargets, mergeActors } from '../../electron/core/coding/actors';
import {
  codeUsage,
  createCode,
  createVariable,
  deleteCode,
  getCodebook,
  mergeCodes,
  moveCode,
  updateCode,
} from '../../electron/core/coding/codebook';
import { currentCoder, setCurrentCoder } from '../../electron/core/coding/coders';
import { createCoding, deleteCoding, listCodings, updateCoding } from '../../electron/core/coding/codings';
import { getMemo, setMemo } from '../../electron/core/coding/memos';
import { listTemplates, loadTemplate } from '../../electron/core/coding/templates';
import { toneHint } from '../../electron/core/coding/tone-hints';
import { historyState, redo, undo } from '../../electron/core/history/history';
import { count, reopen, tempProject } from '../helpers/temp-project';

function setup() {
  const ctx = tempProject({ sample: true });
  const frame = createVariable(ctx, { name: 'Frame', unit: 'span', level: 'nominal' });
  const security = createCode(ctx, frame.id, null, { label: 'Security and defense', shortcut: '8' });
  const political = createCode(ctx, frame.id, null, { label: 'Political', shortcut: 'p' });
  const article = listArticles(ctx, {}, 0, 1).items[0];
  return { ctx, frame, security, political, article };
}

describe('codebook', () => {
  it('nests, reorders, renames, archives and refuses a taken shortcut', () => {
    const { ctx, frame, security, political } = setup();
    const child = createCode(ctx, frame.id, security.id, { label: 'Military' });
    moveCode(ctx, political.id, null, 0);
    expect(getCodebook(ctx)[0].codes.map((c) => [c.label, c.parentId])).toEqual([
      ['Political', null],
      ['Security and defense', null],
      ['Military', security.id],
    ]);
    expect(() => createCode(ctx, frame.id, null, { label: 'Other', shortcut: 'P' })).toThrow('shortcut "P" is already used by "Political"');
    expect(() => moveCode(ctx, security.id, child.id, 0)).toThrow('a code cannot nest under itself');
    updateCode(ctx, political.id, { label: 'Politics', archived: true });
    expect(getCodebook(ctx)[0].codes.map((c) => c.label)).toEqual(['Security and defense', 'Military']);
    expect(getCodebook(ctx, true)[0].codes.map((c) => [c.label, c.archived])).toContainEqual(['Politics', true]);
    expect(getCodebook(ctx)[0].guid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says how many codings a delete touches, asks first, and merges codes with their codings', () => {
    const { ctx, frame, security, political, article } = setup();
    createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: political.id, start: 0, end: 10 });
    createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: political.id, start: 20, end: 30 });
    expect(codeUsage(ctx, political.id)).toEqual({ codings: 2, children: 0 });
    expect(() => deleteCode(ctx, political.id, false)).toThrow('"Political" is used by 2 codings; confirm to delete them too');
    expect(count(ctx.db, 'codings')).toBe(2);
    mergeCodes(ctx, political.id, security.id);
    expect(listCodings(ctx, article.id).map((c) => c.codeId)).toEqual([security.id, security.id]);
    expect(getCodebook(ctx)[0].codes.map((c) => c.label)).toEqual(['Security and defense']);
    expect(deleteCode(ctx, security.id, true)).toEqual({ deleted: security.id, codings: 2 });
    expect(count(ctx.db, 'codings')).toBe(0);
  });
});

describe('codings', () => {
  it('records coder, time and memo; article-level values replace the earlier one', () => {
    const { ctx, frame, security, article } = setup();
    setCurrentCoder(ctx, 'Ana');
    const span = createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: security.id, start: 5, end: 40, memo: 'security cue' });
    expect(span).toMatchObject({ coderId: currentCoder(ctx).id, start: 5, end: 40, memo: 'security cue' });
    expect(Date.parse(span.createdAt)).not.toBeNaN();

    const primary = createVariable(ctx, { name: 'Primary frame', unit: 'article', level: 'nominal' });
    const a = createCode(ctx, primary.id, null, { label: 'A' });
    const b = createCode(ctx, primary.id, null, { label: 'B' });
    createCoding(ctx, { articleId: article.id, variableId: primary.id, codeId: a.id });
    createCoding(ctx, { articleId: article.id, variableId: primary.id, codeId: b.id });
    expect(listCodings(ctx, article.id).filter((c) => c.variableId === primary.id).map((c) => c.codeId)).toEqual([b.id]);
  });

  it('refuses codings that do not fit their variable, with one-line reasons', () => {
    const { ctx, frame, security, article } = setup();
    const primary = createVariable(ctx, { name: 'Primary frame', unit: 'article', level: 'nominal' });
    const stance = createVariable(ctx, { name: 'Stance', unit: 'span', level: 'nominal', kind: 'stance' });
    const oppose = createCode(ctx, stance.id, null, { label: 'Oppose' });
    const base = { articleId: article.id, variableId: frame.id, codeId: security.id };
    expect(() => createCoding(ctx, base)).toThrow('"Frame" codes a span of text: select the text first');
    expect(() => createCoding(ctx, { ...base, start: 0, end: 10 ** 7 })).toThrow(/is outside the article/);
    expect(() => createCoding(ctx, { ...base, variableId: primary.id })).toThrow('"Security and defense" is not a value of "Primary frame"');
    expect(() => createCoding(ctx, { ...base, variableId: stance.id, codeId: oppose.id, start: 0, end: 5 })).toThrow('a stance coding needs an actor and a target');
    expect(count(ctx.db, 'codings')).toBe(0);
  });

  it('codes a stance as actor × target × value on a span', () => {
    const { ctx, article } = setup();
    const stance = createVariable(ctx, { name: 'Stance', unit: 'span', level: 'nominal', kind: 'stance' });
    const oppose = createCode(ctx, stance.id, null, { label: 'Oppose' });
    const israel = listActors(ctx).find((a) => a.name === 'Israeli government')!;
    const talks = listTargets(ctx).find((t) => t.name === 'U.S. direct talks with Hamas')!;
    const coding = createCoding(ctx, { articleId: article.id, variableId: stance.id, codeId: oppose.id, start: 0, end: 12, actorId: israel.id, targetId: talks.id });
    expect(coding).toMatchObject({ actorId: israel.id, targetId: talks.id, codeId: oppose.id });
    const pmo = createActor(ctx, { name: 'PM office (Jerusalem)', kind: 'government', aliases: ['PMO', "Netanyahu's office"] });
    updateCoding(ctx, coding.id, { actorId: pmo.id });
    const merged = mergeActors(ctx, pmo.id, israel.id);
    expect(merged.aliases).toEqual([...israel.aliases, 'PM office (Jerusalem)', 'PMO']);
    expect(listActors(ctx).map((a) => a.name)).not.toContain('PM office (Jerusalem)');
    expect(listCodings(ctx, article.id)[0].actorId).toBe(israel.id);
  });

  it('keeps project and article memos', () => {
    const { ctx, article } = setup();
    setMemo(ctx, null, 'Project memo');
    setMemo(ctx, article.id, 'Article memo');
    expect([getMemo(ctx, null), getMemo(ctx, article.id)]).toEqual(['Project memo', 'Article memo']);
    setMemo(ctx, article.id, 'Changed');
    expect(getMemo(ctx, article.id)).toBe('Changed');
  });
});

describe('undo and redo', () => {
  it('undoes and redoes codings, codebook edits and merges, after a restart too', () => {
    const setupResult = setup();
    let { ctx } = setupResult;
    const { frame, security, political, article } = setupResult;
    const coding = createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: political.id, start: 0, end: 10 });
    mergeCodes(ctx, political.id, security.id);
    expect(historyState(ctx).undoLabel).toBe('Merge "Political" into "Security and defense"');

    ctx = reopen(ctx);
    undo(ctx);
    expect(getCodebook(ctx)[0].codes.map((c) => c.label)).toEqual(['Security and defense', 'Political']);
    expect(listCodings(ctx, article.id)).toEqual([expect.objectContaining({ id: coding.id, codeId: political.id, guid: coding.guid })]);
    expect(historyState(ctx)).toEqual({ undoLabel: 'Code Frame: Political', redoLabel: 'Merge "Political" into "Security and defense"' });

    undo(ctx);
    expect(listCodings(ctx, article.id)).toEqual([]);
    ctx = reopen(ctx);
    redo(ctx);
    expect(listCodings(ctx, article.id)).toEqual([expect.objectContaining({ guid: coding.guid, codeId: political.id })]);
    redo(ctx);
    expect(listCodings(ctx, article.id)[0].codeId).toBe(security.id);
    expect(() => redo(ctx)).toThrow('nothing to redo');
  });

  it('restores a deleted code with its codings and children, and a new action clears redo', () => {
    const { ctx, frame, security, article } = setup();
    const child = createCode(ctx, frame.id, security.id, { label: 'Military' });
    createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: child.id, start: 0, end: 10 });
    createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: security.id, start: 3, end: 8 });
    const before = JSON.stringify([getCodebook(ctx), listCodings(ctx, article.id)]);
    deleteCode(ctx, security.id, true);
    expect(count(ctx.db, 'codings')).toBe(0);
    undo(ctx);
    expect(JSON.stringify([getCodebook(ctx), listCodings(ctx, article.id)])).toBe(before);
    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
    createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: security.id, start: 1, end: 2 });
    expect(historyState(ctx).redoLabel).toBeNull();
  });

  it('undoes a removed coding and an edited memo; nothing to undo says so', () => {
    const { ctx, frame, security, article } = setup();
    const coding = createCoding(ctx, { articleId: article.id, variableId: frame.id, codeId: security.id, start: 0, end: 10, memo: 'm' });
    deleteCoding(ctx, coding.id);
    undo(ctx);
    expect(listCodings(ctx, article.id)).toEqual([expect.objectContaining({ id: coding.id, memo: 'm' })]);
    // Typing a memo is one step; an edit more than two minutes later is another.
    setMemo(ctx, article.id, 'fir');
    setMemo(ctx, article.id, 'first');
    const later = new Date(Date.now() + 3 * 60_000);
    ctx.now = () => later;
    setMemo(ctx, article.id, 'second');
    undo(ctx);
    expect(getMemo(ctx, article.id)).toBe('first');
    undo(ctx);
    expect(getMemo(ctx, article.id)).toBe('');
    for (let i = 0; i < 20 && historyState(ctx).undoLabel; i++) undo(ctx);
    expect(() => undo(ctx)).toThrow('nothing to undo');
    expect(count(ctx.db, 'variables')).toBe(0);
  });
});

describe('tone hints', () => {
  it('sums the stored sentence scores a span touches and shows the words and the rule', () => {
    const { ctx, article } = setup();
    const sentences = ctx.db.prepare('SELECT * FROM sentences WHERE article_id = ? ORDER BY idx').all(article.id) as {
      start: number;
      end: number;
      afinn_score: number;
      afinn_words: string;
    }[];
    const hint = toneHint(ctx, article.id, sentences[0].start + 1, sentences[1].start + 1);
    expect(hint.sentences.map((s) => s.start)).toEqual([sentences[0].start, sentences[1].start]);
    expect(hint.score).toBe(sentences[0].afinn_score + sentences[1].afinn_score);
    expect(hint.words).toEqual([...JSON.parse(sentences[0].afinn_words), ...JSON.parse(sentences[1].afinn_words)]);
    expect(hint.suggested.rule).toMatch(/^AFINN sum [+-]?\d+ is in .* → [+-]?\d$/);
    expect(toneHint(ctx, article.id).sentences).toHaveLength(sentences.length);
    expect(count(ctx.db, 'codings')).toBe(0);
  });
});

describe('codebook templates', () => {
  it('loads every template with its GUIDs and nesting, once, as one undoable action', () => {
    const ctx = tempProject();
    const templates = listTemplates(ctx);
    expect(templates.map((t) => t.id).sort()).toEqual(['entman-functions', 'generic-news-frames', 'policy-frames', 'stance-and-tone']);
    const first = loadTemplate(ctx, 'policy-frames');
    expect(first.added).toEqual(['Frame', 'Primary frame', 'Headline frame', 'Tone']);
    const frame = getCodebook(ctx).find((v) => v.name === 'Frame')!;
    expect(frame.codes).toHaveLength(15);
    expect(frame.codes.map((c) => c.label)).toContain('Security and defense');
    const tone = getCodebook(ctx).find((v) => v.name === 'Tone')!;
    expect(tone.codes.filter((c) => c.parentId !== null).map((c) => c.numericCode!).sort((a, b) => a - b)).toEqual([-2, -1, 1, 2]);
    expect(loadTemplate(ctx, 'policy-frames')).toEqual({ added: [], skipped: ['Frame', 'Primary frame', 'Headline frame', 'Tone'] });
    expect(loadTemplate(ctx, 'stance-and-tone').added).toEqual(['Stance', 'Statement tone', 'Statement type', 'Overall tone']);
    expect(loadTemplate(ctx, 'entman-functions').added).toEqual(['Framing function']);
    undo(ctx);
    expect(listTemplates(ctx).filter((t) => t.loaded).map((t) => t.id).sort()).toEqual(['policy-frames', 'stance-and-tone']);
    undo(ctx);
    undo(ctx);
    expect(getCodebook(ctx)).toEqual([]);
    expect(() => loadTemplate(ctx, 'nope')).toThrow(/no codebook template "nope" \(available: /);
  });
});
