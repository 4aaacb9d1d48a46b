import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCode, createVariable, getCodebook, updateCode, updateVariable } from '../../electron/core/coding/codebook';
import { loadTemplate } from '../../electron/core/coding/templates';
import { exportCodebookCsv } from '../../electron/core/exchange/codebook-csv';
import { importCodebook } from '../../electron/core/exchange/codebook-import';
import { historyState, undo } from '../../electron/core/history/history';
import { resolveDialect } from '../../shared/exchange/dialect';
import { count, tempProject } from '../helpers/temp-project';
import { addHostileVariable, HOSTILE, outFile, readCsvFile, variableByName } from '../helpers/exchange-setup';

const strip = (variables: ReturnType<typeof getCodebook>) =>
  variables.map(({ id: _id, position: _p, codes, template: _t, ...v }) => ({ ...v, codes: codes.map(({ id: _i, variableId: _v, parentId, position: _q, usage: _u, ...c }) => ({ ...c, nested: parentId !== null })) }));

describe('codebook CSV', () => {
  for (const [name, options] of [
    ['standard', {}],
    ['excel', { excel: true }],
    ['tab', { delimiter: 'tab' as const }],
    ['no guard', { formulaGuard: false }],
  ] as const) {
    it(`export → import into an empty project → export is byte-identical (${name})`, async () => {
      const source = tempProject();
      loadTemplate(source, 'policy-frames');
      loadTemplate(source, 'stance-and-tone');
      addHostileVariable(source);
      const hostile = variableByName(source, '=cmd|calc');
      const nested = createCode(source, hostile.id, hostile.codes[1].id, { label: 'nested =child', shortcut: 'n' });
      createCode(source, hostile.id, nested.id, { label: 'grandchild', numericCode: 2.5 });
      updateCode(source, hostile.codes[2].id, { archived: true });
      updateVariable(source, variableByName(source, 'Statement type').id, { archived: true });
      createVariable(source, { name: 'No values yet', unit: 'article', level: 'ordinal', kind: 'tone' });
      const dialect = resolveDialect(options);
      const first = outFile('codebook.csv');
      const written = await exportCodebookCsv(source, first, dialect);
      expect(written.rows).toBe(getCodebook(source, true).reduce((n, v) => n + Math.max(1, v.codes.length), 0));

      const target = tempProject();
      const report = await importCodebook(target, 'codebook', first, { formulaGuard: dialect.formulaGuard });
      expect(report.errors).toEqual([]);
      expect(report.imported).toBe(true);
      expect(strip(getCodebook(target, true))).toEqual(strip(getCodebook(source, true)));
      const second = outFile('again.csv');
      await exportCodebookCsv(target, second, dialect);
      expect(fs.readFileSync(second).equals(fs.readFileSync(first))).toBe(true);
    });
  }

  it('writes RFC 4180 quoting, numbers unguarded, and guards formula-like text', async () => {
    const ctx = tempProject();
    addHostileVariable(ctx);
    const file = outFile('hostile.csv');
    await exportCodebookCsv(ctx, file, resolveDialect());
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('variable_guid,variable,')).toBe(true);
    expect(text).toContain('"two\nlines"');
    expect(text).toContain('"say ""hello"""');
    expect(text).toContain(',-1,');
    const rows = readCsvFile(file);
    expect(rows[1][1]).toBe("'=cmd|calc");
    expect(rows.slice(1).map((r) => r[11])).toEqual(HOSTILE.map((h) => (/^'*[=+\-@\t\r]/.test(h) ? `'${h}` : h)));
    expect(rows.slice(1).map((r) => r[14])).toEqual(HOSTILE.map((_, i) => String(i - 1)));
  });

  it('merges into an existing codebook by GUID then name, reporting what it added, updated or left alone; undo removes it', async () => {
    const ctx = tempProject();
    loadTemplate(ctx, 'policy-frames');
    const file = outFile('edit.csv');
    await exportCodebookCsv(ctx, file, resolveDialect());
    const rows = readCsvFile(file);
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    for (const r of rows.slice(1)) if (r[col('variable')] === 'Frame') r[col('variable_definition')] = 'A new definition';
    rows.push([...rows[1]].map((cell, i) => (i === col('value_guid') ? '' : i === col('value') ? 'Brand-new frame' : i === col('numeric_code') ? '99' : i === col('shortcut') ? '' : cell)));
    // A new GUID for a known name: matched by name, and the project keeps its own GUID.
    for (const r of rows.slice(1)) if (r[col('variable')] === 'Primary frame') r[col('variable_guid')] = '00000000-0000-4000-8000-000000000001';
    const csv = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
    fs.writeFileSync(file, csv);
    const before = count(ctx.db, 'codes');
    const report = await importCodebook(ctx, 'codebook', file);
    expect(report.errors).toEqual([]);
    expect(report.outcomes).toContainEqual({ status: 'updated', message: 'variable "Frame": definition', line: 2 });
    expect(report.outcomes).toContainEqual(expect.objectContaining({ status: 'added', message: 'value "Brand-new frame" to "Frame"' }));
    expect(report.outcomes).toContainEqual(expect.objectContaining({ status: 'unchanged', message: 'variable "Primary frame", matched by name' }));
    expect(report.outcomes).toContainEqual(expect.objectContaining({ status: 'unchanged', message: '15 values of "Frame"' }));
    expect(count(ctx.db, 'codes')).toBe(before + 1);
    expect(historyState(ctx).undoLabel).toBe('Import codebook edit.csv');
    expect(report.undoLabel).toBe('Import codebook edit.csv');
    undo(ctx);
    expect(count(ctx.db, 'codes')).toBe(before);
    expect(getCodebook(ctx)[0].definition).not.toBe('A new definition');
  });

  it('reports invalid rows with line numbers and imports nothing', async () => {
    const ctx = tempProject();
    const file = outFile('bad.csv');
    fs.writeFileSync(
      file,
      [
        'variable,value,unit,numeric_code,color,shortcut,parent_value_guid,extra',
        'Topic,Economy,span,1,#ff0000,e,,',
        'Topic,"Multi',
        'line",span,x,#ff0000,,,',
        'Topic,Health,sideways,3,red,ee,,',
        ',Orphan,span,4,,,,',
        'Topic,Child,span,5,,,11111111-2222-4333-8444-555555555555,',
      ].join('\r\n'),
    );
    const report = await importCodebook(ctx, 'codebook', file);
    expect(report.imported).toBe(false);
    expect(report.errors).toEqual([
      { line: 3, message: 'numeric_code "x" is not a number' },
      { line: 5, message: 'unit must be one of span, article, not "sideways"' },
      { line: 5, message: 'color "red" is not a colour like #4e79a7' },
      { line: 5, message: 'shortcut "ee" must be one letter or digit' },
      { line: 6, message: 'the variable name is empty' },
      { line: 7, message: 'parent_value_guid 11111111-2222-4333-8444-555555555555 is not a value of "Topic" in this file' },
    ]);
    expect(report.unmapped).toEqual(['column "extra" is not a codebook column; ignored']);
    expect(count(ctx.db, 'variables')).toBe(0);
  });
});
