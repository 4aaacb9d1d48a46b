// Aggregate tables as CSV rows and CSV text, and the command line's plain-text views.
import { describe, expect, it } from 'vitest';
import { csvText, outletAbbreviations, tableLines } from '../../shared/compare/plain-text';
import { toCsvRows, type AggregateTable } from '../../shared/compare/tables';

const TABLE: AggregateTable = {
  id: 'stance-1-2',
  title: 'Stance toward "talks"',
  note: 'value = mean',
  valueKind: 'mean',
  valueLabel: 'mean stance',
  rowTitle: 'Actor',
  columnTitle: 'Outlet',
  rows: [{ key: 'actor:1', label: 'Leavitt, K.', id: 1 }],
  columns: [
    { key: 'outlet:1', label: 'Alpha', id: 1 },
    { key: 'outlet:2', label: 'Beta "B"', id: 2 },
  ],
  cells: [[{ value: 1 / 3, n: 3, counts: { Support: 2, Oppose: 1 } }, { value: null, n: 0 }]],
  countKeys: ['Support', 'Oppose'],
};

describe('toCsvRows', () => {
  it('wide: value, n and counts per column', () => {
    expect(toCsvRows(TABLE)).toEqual([
      ['Actor', 'Alpha: mean stance', 'Alpha: n', 'Alpha: Support', 'Alpha: Oppose', 'Beta "B": mean stance', 'Beta "B": n', 'Beta "B": Support', 'Beta "B": Oppose'],
      ['Leavitt, K.', '0.3333', '3', '2', '1', '', '0', '0', '0'],
    ]);
  });

  it('long: one line per cell', () => {
    expect(toCsvRows(TABLE, 'long')).toEqual([
      ['Actor', 'Outlet', 'mean stance', 'n', 'Support', 'Oppose'],
      ['Leavitt, K.', 'Alpha', '0.3333', '3', '2', '1'],
      ['Leavitt, K.', 'Beta "B"', '', '0', '0', '0'],
    ]);
  });

  it('quotes CSV fields that need it', () => {
    expect(csvText(TABLE, 'long').split('\n')[2]).toBe('"Leavitt, K.","Beta ""B""",,0,0,0');
  });
});

describe('plain text', () => {
  it('abbreviates outlets uniquely and prints a table', () => {
    expect(outletAbbreviations(['The Liberty Ledger', 'Capitol Dispatch', 'Cedar Dispatch'])).toEqual(['TLL', 'CD', 'CD2']);
    expect(tableLines(TABLE)[2]).toMatch(/^Leavitt, K\. +0\.33 \(3\) +· \(0\)/);
  });
});
