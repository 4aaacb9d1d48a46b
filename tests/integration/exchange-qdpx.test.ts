import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActors } from '../../electron/core/coding/actors';
import { getCodebook } from '../../electron/core/coding/codebook';
import { getMemo } from '../../electron/core/coding/memos';
import { getArticle } from '../../electron/core/corpus/articles';
import { contentHash } from '../../electron/core/corpus/content-hash';
import { listStories } from '../../electron/core/corpus/stories';
import { exportFile } from '../../electron/core/exchange/export';
import { articleGuid } from '../../electron/core/exchange/guid';
import { importQdpx } from '../../electron/core/exchange/qdpx-import';
import { historyState, undo } from '../../electron/core/history/history';
import { count, tempProject } from '../helpers/temp-project';
import { addHostileVariable, articlesOf, codedProject, fixturesDir, outFile, schemaSkipReason, unzipTo, xmllint, zipFixture } from '../helpers/exchange-setup';

const codingsOf = (ctx: ReturnType<typeof tempProject>) =>
  ctx.db
    .prepare(
      `SELECT a.title, k.name AS coder, v.name AS variable, d.label AS value, c.start, c.end, c.memo
       FROM codings c JOIN articles a ON a.id = c.article_id JOIN coders k ON k.id = c.coder_id JOIN variables v ON v.id = c.variable_id JOIN codes d ON d.id = c.code_id
       ORDER BY a.id, c.start, d.label, k.name`,
    )
    .all() as { title: string; coder: string; variable: string; value: string; start: number | null; end: number | null; memo: string }[];

describe('REFI-QDA project (.qdpx)', () => {
  it('exports a zip with project.qdpx and one text per article, named by a GUID derived from the content hash', async () => {
    const { ctx, first } = codedProject();
    const file = outFile('project.qdpx');
    const result = await exportFile(ctx, 'qdpx', file);
    expect(result.counts).toMatchObject({ users: 2, sources: 11, codings: count(ctx.db, 'codings'), sets: 1 });
    const dir = unzipTo(file);
    const article = getArticle(ctx, first.id);
    const guid = articleGuid(article.contentHash);
    expect(fs.readFileSync(path.join(dir, 'sources', `${guid}.txt`), 'utf8')).toBe(article.body);
    expect(fs.readdirSync(path.join(dir, 'sources'))).toHaveLength(11);
    const xml = fs.readFileSync(path.join(dir, 'project.qdpx'), 'utf8');
    expect(xml).toContain(`plainTextPath="internal://${guid}.txt"`);
    expect(xml).toContain('<DateValue>2025-03-05</DateValue>');
    expect(xml).toContain('[Framebench] {"actor":"Israeli government","actorKind":"government","target":"U.S. direct talks with Hamas"}');
  });

  it('round-trips a project through an empty one byte for byte: texts, codebook, coders, codings, memos, stories', async () => {
    const { ctx } = codedProject();
    const [article] = articlesOf(ctx);
    const body = `Emoji 👩🏽‍💻 first. ${getArticle(ctx, article.id).body}`;
    ctx.db.prepare('UPDATE articles SET body = ?, content_hash = ? WHERE id = ?').run(body, contentHash(body), article.id);
    const first = outFile('first.qdpx');
    await exportFile(ctx, 'qdpx', first);
    const target = tempProject();
    const report = await importQdpx(target, first);
    expect(report.errors).toEqual([]);
    expect(report.unmapped).toEqual([]);
    expect(codingsOf(target)).toEqual(codingsOf(ctx));
    expect(listActors(target).map((a) => [a.name, a.kind])).toEqual([['Israeli government', 'government']]);
    expect(getMemo(target, null)).toBe('Project memo');
    expect(listStories(target).map((s) => [s.name, s.articleCount])).toEqual([['U.S.-Hamas direct talks, March 2025', 11]]);
    const second = outFile('second.qdpx');
    await exportFile(target, 'qdpx', second);
    const [a, b] = [unzipTo(first), unzipTo(second)];
    expect(fs.readFileSync(path.join(b, 'project.qdpx'), 'utf8')).toBe(fs.readFileSync(path.join(a, 'project.qdpx'), 'utf8'));
    for (const name of fs.readdirSync(path.join(a, 'sources'))) expect(fs.readFileSync(path.join(b, 'sources', name)).equals(fs.readFileSync(path.join(a, 'sources', name)))).toBe(true);

    const again = await importQdpx(target, first);
    expect(again.totals).toMatchObject({ added: 0, skipped: count(ctx.db, 'codings') });
  });

  it('imports a QualCoder project: sources, codebook, users, coded selections, notes, sets; lists cases, pictures and loose notes', async () => {
    const ctx = tempProject({ sample: true });
    const report = await importQdpx(ctx, zipFixture('qualcoder-project'));
    expect(report.errors).toEqual([]);
    expect(codingsOf(ctx)).toEqual([
      { title: 'Envoy opens channel', coder: 'maria', variable: 'Framing', value: 'security threat', start: 38, end: 77, memo: '' },
      { title: 'Envoy opens channel', coder: 'tomas', variable: 'Framing', value: 'humanitarian', start: 78, end: 125, memo: 'Check this one with maria.' },
      // 86 characters in, after an emoji of 7 code points (11 UTF-16 units): 89 in JavaScript.
      { title: 'Families react', coder: 'tomas', variable: 'Codes', value: 'irony', start: 89, end: 107, memo: '' },
    ]);
    const envoy = articlesOf(ctx).find((a) => a.title === 'Envoy opens channel')!;
    const body = getArticle(ctx, envoy.id).body;
    expect(body.slice(38, 77)).toBe('Critics call the talks a security risk.');
    expect(envoy).toMatchObject({ outlet: 'Gulf Horizon', publishedAt: '2025-03-06' });
    expect(getArticle(ctx, articlesOf(ctx).find((a) => a.title === 'Families react')!.id).body.slice(89, 107)).toBe('with obvious irony');
    expect(getMemo(ctx, envoy.id)).toBe('Source memo from QualCoder: the lede is neutral.');
    expect(listStories(ctx).map((s) => s.name)).toContain('Pilot sample');
    expect(report.unmapped).toEqual([
      '1 top-level code without sub-codes became the values of the variable "Codes"',
      '1 PictureSource not imported: Framebench holds text sources only',
      '1 case not imported: Framebench has no cases',
      'source variable "Word count" not imported: Framebench articles have no custom attributes',
      'note "Journal" is not attached to a source, a coding or the project; not imported',
    ]);
    expect(report.outcomes).toContainEqual({ status: 'added', message: 'coder "maria"' });
    expect(historyState(ctx).undoLabel).toBe('Import qualcoder-project.qdpx');
    undo(ctx);
    expect(count(ctx.db, 'codings')).toBe(0);
    expect(getCodebook(ctx)).toEqual([]);
  });

  it('imports a MAXQDA project: codable parents, whole-document codings, CRLF text with a BOM; skips what does not fit, with reasons', async () => {
    const ctx = tempProject();
    const report = await importQdpx(ctx, zipFixture('maxqda-project'));
    expect(report.errors).toEqual([]);
    const codings = codingsOf(ctx);
    expect(codings.map((c) => [c.coder, c.variable, c.value, c.start, c.end])).toEqual([
      ['Anna', 'Actors', 'Actors', 0, 15],
      ['Anna', 'Actors', 'White House', 0, 15],
      ['Anna', 'Evaluation', 'positive', 0, 212],
      ['QDPX import', 'Actors', 'State Department', 53, 94],
      ['Anna', 'Actors', 'Families', 96, 146],
    ]);
    const body = getArticle(ctx, articlesOf(ctx)[0].id).body;
    expect(body.slice(96, 146)).toBe('Relatives of the hostages said they were relieved.');
    expect(report.outcomes.filter((o) => o.status === 'skipped')).toEqual([
      { status: 'skipped', message: "1 coding on a code the file's codebook does not define" },
      { status: 'skipped', message: "1 coding on a selection outside its source's text or empty" },
    ]);
    expect(report.unmapped).toEqual([
      'code "Actors" is codable and has sub-codes: it became the variable "Actors", and codings on "Actors" itself go to its value "Actors"',
      '1 link not imported: Framebench has no links',
      'the description of source "Wire report 5 March" not imported',
      'source "Interview transcript.docx" has no plain text (only rich text); not imported',
      'codings without a known user were given to the coder "QDPX import"',
    ]);
  });

  it('reports a file that is not a .qdpx and imports nothing', async () => {
    const ctx = tempProject();
    const file = outFile('not.qdpx');
    fs.writeFileSync(file, 'plain text');
    const report = await importQdpx(ctx, file);
    expect(report.imported).toBe(false);
    expect(report.errors[0].message).toMatch(/^not a \.qdpx file: it is not a zip archive/);
  });
});

describe.skipIf(schemaSkipReason)(`Project.xsd validation${schemaSkipReason ? ` (skipped: ${schemaSkipReason})` : ''}`, () => {
  it('the export validates with xmllint, with hostile codebook text, memos and stance notes', async () => {
    const { ctx } = codedProject();
    addHostileVariable(ctx);
    const file = outFile('export.qdpx');
    await exportFile(ctx, 'qdpx', file);
    expect(xmllint(path.join(unzipTo(file), 'project.qdpx'), 'Project.xsd')).toBe('');
  });

  it('an empty project exports a valid .qdpx too', async () => {
    const file = outFile('empty.qdpx');
    await exportFile(tempProject(), 'qdpx', file);
    expect(xmllint(path.join(unzipTo(file), 'project.qdpx'), 'Project.xsd')).toBe('');
  });

  it('the hand-written fixtures are valid', () => {
    for (const name of ['qualcoder-project', 'maxqda-project']) expect(xmllint(path.join(fixturesDir, name, 'project.qdpx'), 'Project.xsd')).toBe('');
  });
});
