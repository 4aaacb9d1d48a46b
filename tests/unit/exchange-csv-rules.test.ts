import { describe, expect, it } from 'vitest';
import { DIALECT_PRESETS, detectDelimiter, parseDelimiter, resolveDialect } from '../../shared/exchange/dialect';
import { FORMULA_TRIGGERS, guardCell, unguardCell } from '../../shared/exchange/formula-guard';

describe('formula guard', () => {
  it("prefixes text starting with = + - @ tab or CR with a single quote, and nothing else", () => {
    expect(FORMULA_TRIGGERS).toEqual(['=', '+', '-', '@', '\t', '\r']);
    expect(['=1+1', '+31', '-1', '@SUM(A1)', '\tx', '\rx'].map(guardCell)).toEqual(["'=1+1", "'+31", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['', 'plain', ' =not first', 'a=b', '#hash', '1-2', "'quoted", '\nnewline first'].map(guardCell)).toEqual([
      '',
      'plain',
      ' =not first',
      'a=b',
      '#hash',
      '1-2',
      "'quoted",
      '\nnewline first',
    ]);
  });

  it('gives quotes before a trigger one more quote, so unguard always restores the original', () => {
    expect(guardCell("'=x")).toBe("''=x");
    const samples = ['=x', "'=x", "''=x", "'", "''", "'x", 'x', '', '-', "'-", '@@', '\t', "'\r\n"];
    for (const text of samples) expect(unguardCell(guardCell(text))).toBe(text);
    expect(unguardCell("'plain")).toBe("'plain");
  });
});

describe('CSV dialects', () => {
  it('defaults to comma, no BOM, guard on; the excel preset is BOM + semicolon; explicit options win', () => {
    expect(resolveDialect()).toEqual(DIALECT_PRESETS.standard);
    expect(resolveDialect({ excel: true })).toEqual({ delimiter: 'semicolon', bom: true, formulaGuard: true });
    expect(resolveDialect({ excel: true, delimiter: 'tab', formulaGuard: false })).toEqual({ delimiter: 'tab', bom: true, formulaGuard: false });
  });

  it('reads delimiters as people type them and detects them from a header', () => {
    expect([',', ';', 'tab', '\\t', '\t', 'comma', 'Semicolon', '|'].map(parseDelimiter)).toEqual(['comma', 'semicolon', 'tab', 'tab', 'tab', 'comma', 'semicolon', undefined]);
    expect(detectDelimiter('\uFEFFa;b;c\n1,5;2;3')).toBe('semicolon');
    expect(detectDelimiter('a\tb\tc')).toBe('tab');
    expect(detectDelimiter('"a;b;c",d,e')).toBe('comma');
    expect(detectDelimiter('single')).toBe('comma');
  });
});
