// How an aggregate table becomes a bar chart: which axis is the category, which the series, stacked or grouped,
// the value domain, and a label format. Pure, so the table and its chart always agree.
import type { AggregateResult, AggregateTable } from '../../../shared/compare/tables';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** 'right' for a second scale (AFINN beside coded tone). */
  axis: 'left' | 'right';
}

export interface ChartSpec {
  data: Record<string, string | number | null>[];
  categoryKey: string;
  categoryTitle: string;
  series: ChartSeries[];
  stacked: boolean;
  /** Shares are drawn as percentages. */
  percent: boolean;
  domain: [number | 'auto', number | 'auto'];
  rightDomain?: [number | 'auto', number | 'auto'];
  valueLabel: string;
  rightLabel?: string;
  zeroLine: boolean;
}

/** A calm categorical palette for outlets and actors (codes bring their own colours). */
export const PALETTE = ['#3a5bd9', '#d9822b', '#2c7a4b', '#b3372c', '#7b5cc4', '#1f8a9e', '#c2559a', '#8a6d1f', '#5b6b7f', '#4f9d3a', '#a15c3e', '#2f4dc4'];

export const paletteColor = (i: number) => PALETTE[i % PALETTE.length]!;

const CATEGORY = '__category';

/** A round bound at or above x (0.037 → 0.04, 0.33 → 0.4, 7 → 8), so both scales of a chart can centre on zero. */
export function niceBound(x: number): number {
  if (!(x > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(x));
  const m = x / step;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 4 ? 4 : m <= 5 ? 5 : m <= 8 ? 8 : 10) * step;
}

const maxAbs = (values: (number | null | undefined)[]) => Math.max(0, ...values.filter((v): v is number => typeof v === 'number').map(Math.abs));

export function formatValue(table: AggregateTable, value: number | null): string {
  if (value === null) return '—';
  if (table.valueKind === 'share') return `${Math.round(value * 1000) / 10}%`;
  if (table.valueKind === 'count') return String(value);
  const text = Math.abs(value) < 0.1 && value !== 0 ? value.toFixed(3) : value.toFixed(2);
  return value > 0 ? `+${text}` : text.replace('-', '−');
}

export function chartSpec(measure: AggregateResult['measure'], table: AggregateTable): ChartSpec {
  const percent = table.valueKind === 'share';
  const scale = (v: number | null) => (v === null ? null : percent ? Math.round(v * 10000) / 100 : Math.round(v * 10000) / 10000);

  if (measure === 'tone') {
    // Rows are outlets; the coded mean on the left scale, AFINN (per sentence) on the right.
    const data = table.rows.map((row, r) => ({
      [CATEGORY]: row.label,
      coded: scale(table.cells[r]![0]?.value ?? null),
      afinn: scale(table.cells[r]![1]?.value ?? null),
    }));
    return {
      data,
      categoryKey: CATEGORY,
      categoryTitle: table.rowTitle,
      series: [
        { key: 'coded', label: table.columns[0]?.label ?? 'Coded tone', color: '#3a5bd9', axis: 'left' },
        { key: 'afinn', label: table.columns[1]?.label ?? 'AFINN', color: '#d9822b', axis: 'right' },
      ],
      stacked: false,
      percent: false,
      // Both scales symmetric around zero, so the two zero lines coincide.
      domain: [-niceBound(maxAbs(data.map((d) => d.coded))), niceBound(maxAbs(data.map((d) => d.coded)))],
      rightDomain: [-niceBound(maxAbs(data.map((d) => d.afinn))), niceBound(maxAbs(data.map((d) => d.afinn)))],
      valueLabel: 'coded (mean)',
      rightLabel: 'AFINN',
      zeroLine: true,
    };
  }

  if (measure === 'stance') {
    // Actors along the axis, one bar per outlet: the mean stance (−1 oppose … +1 support).
    const data = table.rows.map((row, r) => ({
      [CATEGORY]: row.label,
      ...Object.fromEntries(table.columns.map((c, j) => [c.key, scale(table.cells[r]![j]!.value)])),
    }));
    const values = table.cells.flat().map((c) => c.value).filter((v): v is number => v !== null);
    const bound = Math.max(1, ...values.map(Math.abs));
    return {
      data,
      categoryKey: CATEGORY,
      categoryTitle: table.rowTitle,
      series: table.columns.map((c, j) => ({ key: c.key, label: c.label, color: c.color ?? paletteColor(j), axis: 'left' })),
      stacked: false,
      percent: false,
      domain: [-bound, bound],
      valueLabel: table.valueLabel,
      zeroLine: true,
    };
  }

  // Frames and quote share: outlets along the axis, the codes (or speakers) stacked within each outlet's bar. Codes no
  // outlet used stay in the table but not in the chart and its legend.
  const used = table.rows.map((_, r) => table.cells[r]!.some((c) => c.n > 0));
  const data = table.columns.map((column, j) => ({
    [CATEGORY]: column.label,
    ...Object.fromEntries(table.rows.filter((_, r) => used[r]).map((row) => [row.key, scale(table.cells[table.rows.indexOf(row)]![j]!.value)])),
  }));
  const tallest = Math.max(0, ...table.columns.map((_, j) => table.rows.reduce((sum, _row, r) => sum + (table.cells[r]![j]!.value ?? 0), 0)));
  return {
    data,
    categoryKey: CATEGORY,
    categoryTitle: table.columnTitle,
    series: table.rows.flatMap((row, r) => (used[r] ? [{ key: row.key, label: row.label, color: row.color ?? paletteColor(r), axis: 'left' as const }] : [])),
    stacked: percent,
    percent,
    // A column of shares sums to 100% (past it only where coders disagree on an article's primary frame).
    domain: percent ? [0, tallest > 1.0001 ? Math.ceil(tallest * 10) * 10 : 100] : [0, 'auto'],
    valueLabel: table.valueLabel,
    zeroLine: false,
  };
}
