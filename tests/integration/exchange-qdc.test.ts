import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCode, createVariable, getCodebook, updateCode, updateVariable } from '../../electron/core/coding/codebook';
import { loadTemplate } from '../../electron/core/coding/templates';
import { importCodebook } from '../../electron/core/exchange/codebook-import';
import { exportFile } from '../../electron/core/exchange/export';
import { undo } from '../../electron/core/history/history';
import { count, tempProject } from '../helpers/temp-project';
import { addHostileVariable, fixturesDir, outFile, schemaSkipReason, xmllint } from '../helpers/exchange-setup';

const fixture = (name: string) => path.join(fixturesDir, name);
const tree = (ctx: ReturnType<typeof tempProject>) =>
  getCodebook(ctx, true).map((v) => ({
    name: v.name,
    unit: v.unit,
    values: v.codes.map((c) => `${'  '.repeat(depth(v.codes, c.parentId))}${c.label} ${c.color}`),
  }));
const depth = (codes: { id: number; parentId: number | null }[], parent: number | null): number =>
  parent === null ? 0 : 1 + depth(codes, codes.find((c) => c.id === parent)!.parentId);

describe('REFI-QDA codebook (.qdc)', () => {
  it('round-trips variables, nested values, GUIDs, colours, descriptions, numeric codes and shortcuts byte for byte', async () => {
    const source = tempProject();
    loadTemplate(source, 'policy-frames');
    loadTemplate(source, 'stance-and-tone');
    addHostileVariable(source);
    const hostile = getCodebook(source).find((v) => v.name === '=cmd|calc')!;
    const nested = createCode(source, hostile.id, hostile.codes[1].id, { label: 'nested', shortcut: 'n' });
    createCode(source, hostile.id, nested.id, { label: 'grandchild', numericCode: 2.5 });
    updateCode(source, hostile.codes[2].id, { archived: true });
    updateVariable(source, hostile.id, { archived: true });
    createVariable(source, { name: 'No values yet', unit: 'article', level: 'ordinal', kind: 'tone' });
    const first = outFile('codebook.qdc');
    const result = await exportFile(source, 'qdc', first);
    expect(result.counts).toEqual({ codes: count(source.db, 'variables') + count(source.db, 'codes') });
    const target = tempProject();
    const report = await importCodebook(target, 'qdc', first);
    expect(report.errors).toEqual([]);
    expect(report.unmapped).toEqual([]);
    const strip = (ctx: ReturnType<typeof tempProject>) =>
      getCodebook(ctx, true).map(({ id: _i, position: _p, template: _t, codes, ...v }) => ({ ...v, codes: codes.map(({ id: _c, variableId: _v, parentId: _q, position: _r, ...c }) => c) }));
    expect(strip(target)).toEqual(strip(source));
    const second = outFile('again.qdc');
    await exportFile(target, 'qdc', second);
    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));
  });

  it('imports a QualCoder codebook: categories become variables, uncategorised codes the variable "Codes"', async () => {
    const ctx = tempProject();
    const report = await importCodebook(ctx, 'qdc', fixture('qualcoder-codebook.qdc'));
    expect(report.errors).toEqual([]);
    expect(tree(ctx)).toEqual([
      { name: 'Framing', unit: 'span', values: ['security threat #f781f3', 'humanitarian #81bef7'] },
      { name: 'Codes', unit: 'span', values: ['quote & source #ffffff', 'irony #d8d8d8'] },
    ]);
    expect(getCodebook(ctx)[0].definition).toBe('Category: how a passage frames the talks.');
    expect(getCodebook(ctx)[1].codes[0].description).toBe('Uncategorised code: a quoted source.\nSecond line.');
    expect(report.unmapped).toEqual(['2 top-level codes without sub-codes became the values of the variable "Codes"']);
    expect(report.outcomes).toEqual([
      { status: 'added', message: 'variable "Framing" with 2 values' },
      { status: 'added', message: 'variable "Codes" with 2 values' },
    ]);
    const again = await importCodebook(ctx, 'qdc', fixture('qualcoder-codebook.qdc'));
    expect(again.totals).toMatchObject({ added: 0, updated: 0 });
    expect(again.undoLabel).toBeNull();
  });

  it('imports a MAXQDA codebook with codable parents, deep nesting and sets, and lists what it could not map', async () => {
    const ctx = tempProject();
    const report = await importCodebook(ctx, 'qdc', fixture('maxqda-codebook.qdc'));
    expect(report.errors).toEqual([]);
    expect(tree(ctx)).toEqual([
      { name: 'Actors', unit: 'span', values: ['Actors #ff0000', 'Government #ff8000', '  White House #ffc000', '  State Department #ffd000', 'Families #00a000'] },
      { name: 'Evaluation', unit: 'span', values: ['positive #00ff00', 'negative #0000ff', '(unsure) ' + getCodebook(ctx)[1].codes[2].color] },
    ]);
    expect(getCodebook(ctx)[0].codes[1].guid).toBe('a957c958-d86f-4768-bcca-0aaeba3190c9');
    expect(report.unmapped).toEqual([
      'set "Code set: official voices" (2 codes) not imported: Framebench has no code sets',
      'code "Actors" is codable and has sub-codes: it became the variable "Actors", and codings on "Actors" itself go to its value "Actors"',
      'code "(unsure)" is not codable in the file; in Framebench every value can be coded',
    ]);
  });

  it('imports a flat ATLAS.ti codebook with braced GUIDs and short colours', async () => {
    const ctx = tempProject();
    const report = await importCodebook(ctx, 'qdc', fixture('atlasti-flat.qdc'));
    expect(report.errors).toEqual([]);
    expect(tree(ctx)).toEqual([{ name: 'Codes', unit: 'span', values: ['Tone: hostile #cc0000', 'Tone: neutral #999999', 'Emoji 😀 and ünïcödé #123456'] }]);
    expect(getCodebook(ctx)[0].codes[0].guid).toBe('972002bf-d7e4-4331-8622-8b8b25a6b106');
    expect(report.unmapped).toContain('set "Code group: tone" (2 codes) not imported: Framebench has no code sets');
  });

  it('merges a .qdc into a codebook that has it already, and one undo takes the import back', async () => {
    const ctx = tempProject();
    await importCodebook(ctx, 'qdc', fixture('maxqda-codebook.qdc'));
    const file = outFile('edited.qdc');
    fs.writeFileSync(file, fs.readFileSync(fixture('maxqda-codebook.qdc'), 'utf8').replace('name="Families"', 'name="Relatives"').replace('#0000FF', '#000080'));
    const report = await importCodebook(ctx, 'qdc', file);
    expect(report.outcomes.filter((o) => o.status === 'updated')).toEqual([
      { status: 'updated', message: 'value "Families" of "Actors": label' },
      { status: 'updated', message: 'value "negative" of "Evaluation": color' },
    ]);
    undo(ctx);
    expect(getCodebook(ctx)[0].codes.map((c) => c.label)).toContain('Families');
  });

  it('reports a file that is not a codebook and imports nothing', async () => {
    const ctx = tempProject();
    const file = outFile('bad.qdc');
    fs.writeFileSync(file, '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>');
    expect((await importCodebook(ctx, 'qdc', file)).errors).toEqual([{ message: 'not a REFI-QDA codebook (.qdc): the root element is <Project>, not <CodeBook>' }]);
    fs.writeFileSync(file, '<CodeBook><Codes><Code></CodeBook>');
    expect((await importCodebook(ctx, 'qdc', file)).errors[0].message).toMatch(/^not valid XML: /);
    expect(count(ctx.db, 'variables')).toBe(0);
  });
});

describe.skipIf(schemaSkipReason)(`Codebook.xsd validation${schemaSkipReason ? ` (skipped: ${schemaSkipReason})` : ''}`, () => {
  it('the export validates with xmllint, hostile names and empty variables included', async () => {
    const ctx = tempProject();
    loadTemplate(ctx, 'policy-frames');
    addHostileVariable(ctx);
    await importCodebook(ctx, 'qdc', fixture('qualcoder-codebook.qdc'));
    ctx.db.prepare("INSERT INTO variables (guid, name, unit, level, position) VALUES ('0b7d52b1-2a8c-4a6e-9f3e-1c2d3e4f5a6b', 'No values yet', 'article', 'nominal', 99)").run();
    const file = outFile('export.qdc');
    await exportFile(ctx, 'qdc', file);
    expect(xmllint(file, 'Codebook.xsd')).toBe('');
  });

  it('the hand-written fixtures are valid, so the import tests read what real tools write', () => {
    for (const name of ['qualcoder-codebook.qdc', 'maxqda-codebook.qdc', 'atlasti-flat.qdc']) expect(xmllint(fixture(name), 'Codebook.xsd')).toBe('');
  });
});
