import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { getArticle } from '../../electron/core/corpus/articles';
import { coderColor, listCoders, setCurrentCoder } from '../../electron/core/coding/coders';
import { createCode, updateCode } from '../../electron/core/coding/codebook';
import { createCoding } from '../../electron/core/coding/codings';
import { loadTemplate } from '../../electron/core/coding/templates';
import { importCodings } from '../../electron/core/exchange/codings-import';
import { exportFile } from '../../electron/core/exchange/export';
import { historyState, undo } from '../../electron/core/history/history';
import { SEGMENT_COLUMNS } from '../../shared/exchange/columns';
import { count, tempProject } from '../helpers/temp-project';
import { articlesOf, codedProject, codeByLabel, HOSTILE, outFile, readCsvFile, variableByName } from '../helpers/exchange-setup';

function freshTarget() {
  const ctx = tempProject({ sample: true });
  loadTemplate(ctx, 'policy-frames');
  loadTemplate(ctx, 'stance-and-tone');
  return ctx;
}

describe('coded segments CSV', () => {
  it('writes one row per coding with article, coder, span, quoted text, value, actor, target and memo', async () => {
    const { ctx, first, second } = codedProject();
    const file = outFile('segments.csv');
    const result = await exportFile(ctx, 'segments', file);
    expect(result).toMatchObject({ kind: 'segments', rows: count(ctx.db, 'codings'), warnings: [] });
    const [header, ...rows] = readCsvFile(file);
    expect(header).toEqual([...SEGMENT_COLUMNS]);
    const body = getArticle(ctx, first.id).body;
    const at = (name: string) => header.indexOf(name);
    const firstRows = rows.filter((r) => r[at('article_id')] === String(first.id));
    expect(firstRows.map((r) => [r[at('coder')], r[at('variable')], r[at('start')], r[at('end')]])).toEqual([
      ['Ana', 'Primary frame', '', ''],
      ['Ana', 'Frame', '0', '40'],
      ['Ana', 'Frame', '50', '120'],
      ['Ben', 'Primary frame', '', ''],
      ['Ben', 'Frame', '0', '35'],
    ]);
    expect(firstRows[1][at('text')]).toBe(body.slice(0, 40));
    expect(firstRows[0][at('text')]).toBe('');
    expect(firstRows[1]).toEqual(expect.arrayContaining(['Security and defense', '8', 'threat cue, "hell to pay"\n=check', first.title, first.outlet]));
    expect(firstRows[1][at('stories')]).toBe('U.S.-Hamas direct talks, March 2025');
    const stance = rows.find((r) => r[at('article_id')] === String(second.id) && r[at('actor')])!;
    expect([stance[at('actor')], stance[at('target')], stance[at('memo')]]).toEqual(['Israeli government', 'U.S. direct talks with Hamas', 'stance memo']);
  });

  it('round-trips through the codings import into another project byte for byte', async () => {
    const { ctx } = codedProject();
    const file = outFile('segments.csv');
    await exportFile(ctx, 'segments', file, { excel: true });
    const target = freshTarget();
    const report = await importCodings(target, file);
    expect(report.errors).toEqual([]);
    expect(report.totals.added).toBe(count(ctx.db, 'codings') + 2);
    expect(report.outcomes).toContainEqual({ status: 'added', message: 'coder "Ana"' });
    const again = outFile('again.csv');
    await exportFile(target, 'segments', again, { excel: true });
    expect(fs.readFileSync(again).equals(fs.readFileSync(file))).toBe(true);

    const twice = await importCodings(target, file);
    expect(twice.totals).toMatchObject({ added: 0, skipped: count(ctx.db, 'codings') });
  });

  it('keeps hostile memos exact through the guard, and neutralises them in the file', async () => {
    const { ctx, first } = codedProject();
    const frame = variableByName(ctx, 'Frame');
    HOSTILE.forEach((memo, i) => createCoding(ctx, { articleId: first.id, variableId: frame.id, codeId: frame.codes[0].id, start: 200 + i, end: 210 + i, memo }));
    const file = outFile('hostile.csv');
    await exportFile(ctx, 'segments', file);
    const [header, ...rows] = readCsvFile(file);
    const memos = rows.map((r) => r[header.indexOf('memo')]);
    for (const memo of HOSTILE) expect(memos).toContain(/^'*[=+\-@\t\r]/.test(memo) ? `'${memo}` : memo);
    const target = freshTarget();
    expect((await importCodings(target, file)).errors).toEqual([]);
    const imported = target.db.prepare('SELECT memo FROM codings WHERE start >= 200 ORDER BY start').pluck().all();
    expect(imported).toEqual([...HOSTILE]);
  });
});

describe('long format and codings import', () => {
  it('exports one row per coding and round-trips article-level codings', async () => {
    const ctx = freshTarget();
    const [a, b] = articlesOf(ctx);
    const primary = variableByName(ctx, 'Primary frame');
    setCurrentCoder(ctx, 'Zoë');
    createCoding(ctx, { articleId: a.id, variableId: primary.id, codeId: codeByLabel(ctx, 'Primary frame', 'Economic').id });
    createCoding(ctx, { articleId: b.id, variableId: primary.id, codeId: codeByLabel(ctx, 'Primary frame', 'Morality').id });
    const file = outFile('long.csv');
    const result = await exportFile(ctx, 'long', file, { delimiter: 'tab' });
    expect(result.rows).toBe(2);
    expect(readCsvFile(file, '\t')).toEqual([
      ['article_id', 'article_title', 'coder', 'variable', 'value', 'numeric_code'],
      [String(a.id), a.title, 'Zoë', 'Primary frame', 'Economic', '1'],
      [String(b.id), b.title, 'Zoë', 'Primary frame', 'Morality', '3'],
    ]);
    const target = freshTarget();
    const report = await importCodings(target, file);
    expect(report.outcomes).toEqual([
      { status: 'added', message: 'coder "Zoë"' },
      { status: 'added', message: '2 codings of "Primary frame"' },
    ]);
    expect(report.undoLabel).toBe('Import codings long.csv');
    const again = outFile('again.csv');
    await exportFile(target, 'long', again, { delimiter: 'tab' });
    expect(fs.readFileSync(again, 'utf8')).toBe(fs.readFileSync(file, 'utf8'));
    undo(target);
    expect(count(target.db, 'codings')).toBe(0);
    expect(historyState(target).redoLabel).toBe('Import codings long.csv');
  });

  it('matches by title and numeric code, replaces an earlier value, and creates new coders', async () => {
    const { ctx, first } = codedProject();
    const file = outFile('by-title.csv');
    fs.writeFileSync(file, `article_title;coder;variable;numeric_code\n"${first.title}";Ana;Primary frame;3\n"${first.title}";Cleo;Headline frame;5\n`);
    const codersBefore = listCoders(ctx).length;
    const report = await importCodings(ctx, file);
    // An imported coder takes the next coder colour, as one added in the app would.
    expect(listCoders(ctx).find((c) => c.name === 'Cleo')?.color).toBe(coderColor(codersBefore));
    expect(report.errors).toEqual([]);
    expect(report.outcomes).toEqual([
      { status: 'added', message: 'coder "Cleo"' },
      { status: 'added', message: '1 coding of "Headline frame"' },
      { status: 'updated', message: '1 earlier value of "Primary frame" replaced' },
    ]);
  });

  it('reports every row that cannot be matched, with its line and reason, and imports nothing', async () => {
    const { ctx, first, second } = codedProject();
    const length = getArticle(ctx, first.id).body.length;
    const before = count(ctx.db, 'codings');
    const file = outFile('bad.csv');
    const lines = [
      'article_id,article_title,coder,variable,value,numeric_code,start,end,actor,target,memo',
      `${first.id},,Ana,Primary frame,Economic,1,,,,,"fine"`,
      `999,,Ana,Primary frame,Economic,1,,,,,"a memo over`,
      `two lines"`,
      `${first.id},,Ana,Frame,Economic,,,,,,`,
      `${first.id},,Ana,Frame,Economic,1,10,${length + 5},,,`,
      `${second.id},,,Primary frame,Morality,4,,,,,`,
      `${second.id},,Ana,Nonexistent,Morality,,,,,,`,
      `${second.id},,Ana,Stance,Support,,3,9,,,`,
      `${first.id},,Ana,Primary frame,Morality,,,,,,`,
      `,No such title,Ana,Primary frame,Economic,,,,,,`,
      `${second.id},,Ana,Primary frame,Economic,1,2,5,,,`,
      `${second.id},,Ana,Frame,Economic,1,2,5,Nobody,,`,
    ];
    fs.writeFileSync(file, lines.join('\r\n'));
    const report = await importCodings(ctx, file);
    expect(report.imported).toBe(false);
    expect(report.errors).toEqual([
      { line: 3, message: 'no article with id 999' },
      { line: 5, message: '"Frame" codes spans of text: the row needs start and end' },
      { line: 6, message: `span 10–${length + 5} is outside the article (0–${length})` },
      { line: 7, message: 'the coder is empty' },
      { line: 7, message: '"Morality" of "Primary frame" has numeric code 3, not 4' },
      { line: 8, message: 'no variable named "Nonexistent"' },
      { line: 9, message: 'a stance coding needs an actor' },
      { line: 9, message: 'a stance coding needs a target' },
      { line: 11, message: 'no article titled "No such title"' },
      { line: 12, message: '"Primary frame" codes whole articles: leave start and end empty' },
      { line: 13, message: 'no actor named "Nobody"' },
    ]);
    expect(report.outcomes).toEqual([]);
    expect(count(ctx.db, 'codings')).toBe(before);
  });

  it('refuses two values of one article-level variable for the same article and coder', async () => {
    const { ctx, first } = codedProject();
    const file = outFile('twice.csv');
    fs.writeFileSync(file, `article_id,coder,variable,value\n${first.id},Ana,Primary frame,Economic\n${first.id},ana,Primary frame,Morality\n`);
    const report = await importCodings(ctx, file);
    expect(report.errors).toEqual([{ line: 3, message: 'another value of "Primary frame" for this article and coder is on line 2' }]);
  });
});

describe('article data matrix', () => {
  it('has one row per article × coder, article-level values as codes, and counts of span codes', async () => {
    const { ctx, first } = codedProject();
    const frame = variableByName(ctx, 'Frame');
    const military = createCode(ctx, frame.id, codeByLabel(ctx, 'Frame', 'Security and defense').id, { label: 'Military' });
    setCurrentCoder(ctx, 'Ana');
    createCoding(ctx, { articleId: first.id, variableId: frame.id, codeId: military.id, start: 60, end: 70 });
    const file = outFile('matrix.csv');
    const result = await exportFile(ctx, 'matrix', file, { labelsFile: true });
    const [header, ...rows] = readCsvFile(file);
    expect(header.slice(0, 9)).toEqual(['article_id', 'article_title', 'outlet', 'published_at', 'stories', 'coder', 'Primary frame', 'Headline frame', 'Tone']);
    expect(header).toContain('Frame: Security and defense (n)');
    expect(header.filter((h) => h.endsWith('(n)')).slice(0, 3)).toEqual(['Frame: Economic (n)', 'Frame: Capacity and resources (n)', 'Frame: Morality (n)']);
    expect(rows.length).toBe(result.rows);
    const row = (coder: string) => rows.find((r) => r[0] === String(first.id) && r[5] === coder)!;
    const col = (name: string) => header.indexOf(name);
    expect(row('Ana')[col('Primary frame')]).toBe('8');
    expect(row('Ben')[col('Primary frame')]).toBe('3');
    expect(row('Ana')[col('Frame: Security and defense (n)')]).toBe('1');
    expect(row('Ana')[col('Frame: Morality (n)')]).toBe('1');
    expect(row('Ana')[col('Frame: Economic (n)')]).toBe('0');
    expect(row('Ana')[col('Frame: Security and defense / Military (n)')]).toBe('1');
    expect(row('Ana')[col('Headline frame')]).toBe('');
    expect(result.labelsFile?.path).toMatch(/matrix-labels\.csv$/);
    const labels = readCsvFile(result.labelsFile!.path);
    expect(labels[0]).toEqual(['column', 'variable', 'numeric_code', 'label']);
    expect(labels).toContainEqual(['Primary frame', 'Primary frame', '8', 'Security and defense']);

    const withLabels = outFile('labels.csv');
    await exportFile(ctx, 'matrix', withLabels, { labels: true });
    const [h2, ...r2] = readCsvFile(withLabels);
    expect(r2.find((r) => r[0] === String(first.id) && r[5] === 'Ben')![h2.indexOf('Primary frame')]).toBe('Morality');
  });

  it('writes labels for values without a numeric code and says so', async () => {
    const { ctx, first } = codedProject();
    const primary = variableByName(ctx, 'Primary frame');
    updateCode(ctx, codeByLabel(ctx, 'Primary frame', 'Morality').id, { numericCode: null });
    const file = outFile('m.csv');
    const result = await exportFile(ctx, 'matrix', file);
    expect(result.warnings).toEqual(['"Primary frame": values without a numeric code were written as labels']);
    const [header, ...rows] = readCsvFile(file);
    expect(rows.find((r) => r[0] === String(first.id) && r[5] === 'Ben')![header.indexOf(primary.name)]).toBe('Morality');
  });
});

describe('CSV files from Excel', () => {
  it('reads a Windows-1252 file (Excel\'s plain "CSV") and says so', async () => {
    const { ctx, first } = codedProject();
    const file = outFile('excel.csv');
    fs.writeFileSync(file, iconv.encode(`article_id;coder;variable;value;memo\r\n${first.id};Zoë;Primary frame;Economic;café – naïve\r\n`, 'win1252'));
    const report = await importCodings(ctx, file);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([expect.stringMatching(/^the file is not UTF-8, so it was read as Windows-1252/)]);
    expect(ctx.db.prepare("SELECT memo FROM codings WHERE memo LIKE 'caf%'").pluck().get()).toBe('café – naïve');
  });
});
