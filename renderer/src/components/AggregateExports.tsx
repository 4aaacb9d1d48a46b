// The export buttons of one aggregate table: the table as CSV, its chart as SVG or PNG.
import type { RefObject } from 'react';
import type { AggregateTable } from '../../../shared/compare/tables';
import { toCsvRows } from '../../../shared/compare/tables';
import type { ChartSpec } from '../lib/aggregate-chart';
import { downloadPng, downloadSvg, standaloneSvg } from '../lib/chart-export';
import { csvCellsOf } from '../lib/compare';
import { downloadText, slug, toCsv } from '../lib/csv';
import { errorMessage } from './FormError';

interface AggregateExportsProps {
  table: AggregateTable;
  spec: ChartSpec;
  /** Holds the drawn chart. */
  chartRef: RefObject<HTMLDivElement | null>;
  disabled: boolean;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function AggregateExports({ table, spec, chartRef, disabled, say }: AggregateExportsProps) {
  const date = new Date().toISOString().slice(0, 10);
  const base = `${slug(table.id)}-${date}`;

  const svg = () => {
    const node = chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!node) throw new Error('the chart is not drawn yet');
    return standaloneSvg(
      node,
      table.title,
      spec.series.map((s) => ({ label: s.label, color: s.color })),
    );
  };
  const exportSvg = () => {
    try {
      downloadSvg(`${base}.svg`, svg().markup);
      say('Exported the chart as SVG.');
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };
  const exportPng = async () => {
    try {
      await downloadPng(`${base}.png`, svg());
      say('Exported the chart as PNG.');
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };
  const exportCsv = () => {
    downloadText(`${base}.csv`, toCsv(csvCellsOf(toCsvRows(table))));
    say(`Exported “${table.title}” as CSV.`);
  };

  return (
    <div className="agg-exports" role="group" aria-label={`Export ${table.title}`}>
      <button type="button" className="button button-small" onClick={exportCsv} disabled={disabled}>
        Table CSV
      </button>
      <button type="button" className="button button-small" onClick={exportSvg} disabled={disabled}>
        Chart SVG
      </button>
      <button type="button" className="button button-small" onClick={() => void exportPng()} disabled={disabled}>
        Chart PNG
      </button>
    </div>
  );
}
