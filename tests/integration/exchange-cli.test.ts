import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/project/context';
import { loadTemplate } from '../../electron/core/coding/templates';
import { codedProject, fixturesDir, outFile, readCsvFile } from '../helpers/exchange-setup';
import { cli } from '../helpers/cli';
import { tempProject } from '../helpers/temp-project';

function projectFile(): string {
  const { ctx } = codedProject();
  closeProject(ctx);
  return ctx.path;
}

describe('framebench export', () => {
  it('writes each CSV kind in the chosen dialect, and .qdc and .qdpx', async () => {
    const project = projectFile();
    const segments = outFile('segments.csv');
    const run = await cli('export', 'segments', '--project', project, '--out', segments, '--excel');
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/^wrote 8 rows to .*segments\.csv \(\d+\.\d kB\)$/);
    expect(fs.readFileSync(segments).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readCsvFile(segments, ';')[0][0]).toBe('article_id');

    const matrix = outFile('matrix.tsv');
    const m = await cli('export', 'matrix', '--project', project, '--out', matrix, '--delimiter', 'tab', '--labels-file');
    expect(m.out.split('\n')[1]).toMatch(/^wrote \d+ value labels to .*matrix-labels\.tsv/);
    expect((await cli('export', 'long', '--project', project, '--out', outFile('l.csv'), '--delimiter', ';', '--no-formula-guard')).code).toBe(0);
    expect((await cli('export', 'codebook', '--project', project, '--out', outFile('c.csv'))).code).toBe(0);
    expect((await cli('export', 'codebook', '--project', project, '--format', 'qdc', '--out', outFile('c.qdc'))).out).toMatch(/^wrote \d+ codes to /);
    const qdpx = await cli('export', 'segments', '--project', project, '--format', 'qdpx', '--out', outFile('p.qdpx'));
    expect(qdpx.out).toMatch(/^wrote .*p\.qdpx: 11 sources, 8 codings, \d+ codes, 2 users \(/);
  });

  it('refuses combinations that make no sense, with one line and exit 1', async () => {
    const project = projectFile();
    const out = outFile('x.csv');
    const cases: [string[], string][] = [
      [['export', 'segments', '--format', 'qdc'], 'framebench: --format qdc exports the codebook only: framebench export codebook --format qdc'],
      [['export', 'codebook', '--format', 'qdpx', '--bom'], 'framebench: --delimiter, --bom, --excel and --no-formula-guard apply to CSV exports only'],
      [['export', 'long', '--labels'], 'framebench: --labels and --labels-file apply to the matrix CSV only'],
      [['export', 'long', '--delimiter', '|'], 'framebench: --delimiter is , ; or tab, not "|"'],
      [['export', 'everything'], 'framebench: export what? codebook, segments, matrix or long, not "everything"'],
      [['export', 'long', '--format', 'xlsx'], 'framebench: --format is csv, qdc or qdpx, not "xlsx"'],
    ];
    for (const [args, message] of cases) expect(await cli(...args, '--project', project, '--out', out)).toEqual({ code: 1, out: '', err: message });
    expect((await cli('export', 'long', '--project', project, '--out', path.join(out, 'nested', 'x.csv'))).err).toMatch(/^framebench: cannot write .*: the folder .* does not exist$/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('framebench import-codebook, import-codings, import-qdpx', () => {
  it('prints one line per outcome and a summary', async () => {
    const ctx = tempProject();
    loadTemplate(ctx, 'generic-news-frames');
    closeProject(ctx);
    const run = await cli('import-codebook', path.join(fixturesDir, 'qualcoder-codebook.qdc'), '--project', ctx.path);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      'added     variable "Framing" with 2 values',
      'added     variable "Codes" with 2 values',
      'kept      variable "Generic frame" (not in the file)',
      'kept      variable "Dominant generic frame" (not in the file)',
      'unmapped  2 top-level codes without sub-codes became the values of the variable "Codes"',
      '6 added, 0 updated, 0 unchanged, 2 kept, 0 skipped; one undoable action "Import codebook qualcoder-codebook.qdc"',
    ]);
    const qdpx = await cli('import-qdpx', path.join(fixturesDir, 'qualcoder-project', 'project.qdpx'), '--project', ctx.path);
    expect(qdpx).toMatchObject({ code: 1, err: 'framebench: nothing imported: 1 problem in project.qdpx' });
    expect(qdpx.out).toMatch(/^error     not a \.qdpx file: it is not a zip archive/);
  });

  it('lists every bad row of a codings file with its line, and exits 1 having imported nothing', async () => {
    const project = projectFile();
    const file = outFile('codings.csv');
    fs.writeFileSync(file, 'article_id,coder,variable,value\n1,Ana,Primary frame,Economic\n2,Ana,Primary frame,Nonsense\n3,,Primary frame,Economic\n');
    const run = await cli('import-codings', file, '--project', project);
    expect(run.out.split('\n')).toEqual(['error     line 3: "Primary frame" has no value "Nonsense"', 'error     line 4: the coder is empty']);
    expect(run).toMatchObject({ code: 1, err: 'framebench: nothing imported: 2 problems in codings.csv' });
    expect((await cli('import-codebook', file.replace('.csv', '.xlsx'), '--project', project)).err).toBe('framebench: import-codebook reads a .csv or a .qdc file, not ".xlsx"');
  });
});
