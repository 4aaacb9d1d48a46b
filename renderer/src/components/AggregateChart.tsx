// An aggregate table as a recharts bar chart (SVG), with its legend drawn as HTML beside it and written into the
// exported SVG/PNG by lib/chart-export.
import { forwardRef } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '../lib/aggregate-chart';

const AXIS = { fontSize: 11, fill: '#6d727a' };

function shorten(text: string, max = 22): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const AggregateChart = forwardRef<HTMLDivElement, { spec: ChartSpec; label: string }>(function AggregateChart({ spec, label }, ref) {
  const many = spec.data.length > 5;
  const format = (v: unknown) => (typeof v === 'number' ? (spec.percent ? `${v}%` : String(v)) : String(v ?? ''));
  return (
    <figure className="agg-chart" ref={ref} aria-label={label} data-testid="agg-chart">
      <div className="agg-chart-canvas">
        <ResponsiveContainer width="100%" height={250}>
          <BarChart data={spec.data} margin={{ top: 12, right: spec.rightDomain ? 8 : 20, bottom: many ? 8 : 4, left: 4 }} barCategoryGap={spec.stacked ? '28%' : '14%'} barGap={1}>
            <CartesianGrid stroke="#ecece8" vertical={false} />
            <XAxis
              dataKey={spec.categoryKey}
              tick={AXIS}
              tickLine={false}
              axisLine={{ stroke: '#cfcfca' }}
              interval={0}
              angle={many ? -28 : 0}
              textAnchor={many ? 'end' : 'middle'}
              height={many ? 78 : 30}
              tickFormatter={(v: string) => shorten(String(v))}
            />
            <YAxis
              yAxisId="left"
              tick={AXIS}
              tickLine={false}
              axisLine={false}
              width={48}
              domain={spec.domain}
              tickFormatter={(v: number) => (spec.percent ? `${v}%` : String(Math.round(v * 100) / 100))}
              label={{ value: spec.valueLabel, angle: -90, position: 'insideLeft', offset: 8, style: { ...AXIS, textAnchor: 'middle' } }}
            />
            {spec.rightDomain && (
              <YAxis
                yAxisId="right"
                orientation="right"
                tick={AXIS}
                tickLine={false}
                axisLine={false}
                width={52}
                domain={spec.rightDomain}
                tickFormatter={(v: number) => String(Math.round(v * 1000) / 1000)}
                label={{ value: spec.rightLabel, angle: 90, position: 'insideRight', offset: 8, style: { ...AXIS, textAnchor: 'middle' } }}
              />
            )}
            {spec.zeroLine && <ReferenceLine y={0} yAxisId="left" stroke="#9a9ea5" />}
            <Tooltip formatter={(v) => format(v)} cursor={{ fill: 'rgba(58, 91, 217, 0.06)' }} contentStyle={{ fontSize: 12, borderRadius: 6, borderColor: '#e3e3df' }} />
            {spec.series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                yAxisId={s.axis}
                fill={s.color}
                stackId={spec.stacked ? 'stack' : undefined}
                isAnimationActive={false}
                maxBarSize={spec.stacked ? 56 : 28}
                minPointSize={spec.stacked ? 0 : 2}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="agg-legend" aria-label="Legend">
        {spec.series.map((s) => (
          <span key={s.key} className="agg-legend-item">
            <span className="swatch" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
});
