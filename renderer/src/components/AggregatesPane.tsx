// Aggregates per outlet: frames (share of spans or articles per code), tone (coded beside AFINN), the stance matrix
// (actors × outlets for one target: distribution, mean, n; a cell lists the codings behind it) and quote share.
// Scope: this story, all stories or the whole project, a date range, outlets, coders. Each table comes with a chart;
// the table exports as CSV, the chart as SVG or PNG.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Args } from '../../../shared/api/contract';
import type { AggregateResult, AggregateTable } from '../../../shared/compare/tables';
import { toCsvRows } from '../../../shared/compare/tables';
import type { CellCoding } from '../../../shared/compare/types';
import type { Coder, Target, Variable } from '../../../shared/domain/coding';
import type { Article, Outlet, Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { chartSpec, formatValue } from '../lib/aggregate-chart';
import { downloadPng, downloadSvg, standaloneSvg } from '../lib/chart-export';
import { csvCellsOf } from '../lib/compare';
import { downloadText, slug, toCsv } from '../lib/csv';
import { plural } from '../lib/format';
import type { TextRange } from '../lib/paragraphs';
import { AggregateChart } from './AggregateChart';
import { errorMessage, FormError } from './FormError';
import { Icon } from './Icon';

export type Measure = AggregateResult['measure'];
export type ScopeKind = 'story' | 'stories' | 'project';

export interface AggregateSettings {
  measure: Measure;
  scope: ScopeKind;
  dateFrom: string;
  dateTo: string;
  outletIds: number[];
  coderIds: number[];
  /** Per measure: the variable (null: the default the API picks). */
  variables: Partial<Record<Measure, number | null>>;
  articleVariableId: number | null;
  targetId: number | null;
}

export const DEFAULT_AGGREGATES: AggregateSettings = {
  measure: 'frames',
  scope: 'story',
  dateFrom: '',
  dateTo: '',
  outletIds: [],
  coderIds: [],
  variables: {},
  articleVariableId: null,
  targetId: null,
};

interface AggregatesPaneProps {
  settings: AggregateSettings;
  onSettings(next: AggregateSettings): void;
  storyId: number | null;
  storyName: string | null;
  stories: Story[];
  outlets: Outlet[];
  variables: Variable[];
  targets: Target[];
  version: number;
  /** Opens the article in the Code view, at the coding's span when it has one. */
  onOpenArticle(articleId: number, span?: TextRange): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

const MEASURES: { id: Measure; label: string }[] = [
  { id: 'frames', label: 'Frames' },
  { id: 'tone', label: 'Tone' },
  { id: 'stance', label: 'Stance' },
  { id: 'quotes', label: 'Quote share' },
];

const SCOPES: { id: ScopeKind; label: string }[] = [
  { id: 'story', label: 'This story' },
  { id: 'stories', label: 'All stories' },
  { id: 'project', label: 'Whole project' },
];

/** The stance table's variable and target, from its id ("stance-<variable>-<target>"). */
function stanceIds(table: AggregateTable): { variableId: number; targetId: number } | null {
  const match = /^stance-(\d+)-(\d+)$/.exec(table.id);
  return match ? { variableId: Number(match[1]), targetId: Number(match[2]) } : null;
}

interface CellPick {
  tableId: string;
  row: number;
  col: number;
}

/** The codings behind one stance cell, each with its span and a way into the Code view. */
function CellCodings(props: {
  table: AggregateTable;
  pick: CellPick;
  scope: Record<string, unknown>;
  variable: Variable | undefined;
  coders: Coder[];
  onOpenArticle(id: number, span?: TextRange): void;
  onClose(): void;
}) {
  const { table, pick, variable } = props;
  const api = useApi();
  const ids = stanceIds(table);
  const row = table.rows[pick.row]!;
  const column = table.columns[pick.col]!;
  const [state, setState] = useState<{ total: number; items: CellCoding[]; articles: Map<number, Article> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const scopeKey = JSON.stringify(props.scope);

  useEffect(() => {
    if (!ids || column.id === null) return;
    let cancelled = false;
    setState(null);
    setError(null);
    const scope = JSON.parse(scopeKey) as Record<string, unknown>;
    api
      .call('aggregate.cellCodings', { ...scope, variableId: ids.variableId, outletId: column.id, actorId: row.id, targetId: ids.targetId, offset: 0, limit: 100 })
      .then(async (found) => {
        const articleIds = [...new Set(found.items.map((c) => c.articleId))].slice(0, 40);
        const loaded = await Promise.all(articleIds.map((id) => api.call('articles.get', { id }).catch(() => null)));
        if (!cancelled) setState({ ...found, articles: new Map(loaded.filter((a): a is Article => a !== null).map((a) => [a.id, a])) });
      })
      .catch((err: unknown) => !cancelled && setError(err));
    return () => {
      cancelled = true;
    };
  }, [api, ids?.variableId, ids?.targetId, column.id, row.id, scopeKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const codes = new Map((variable?.codes ?? []).map((c) => [c.id, c]));
  const coderNames = new Map(props.coders.map((c) => [c.id, c.name]));
  return (
    <section className="agg-detail" aria-label="Codings behind the cell" data-testid="cell-codings">
      <header className="agg-detail-head">
        <h3>
          {row.label} <span className="muted">in</span> {column.label}
        </h3>
        <span className="muted">{state ? plural(state.total, 'coding') : 'Loading…'}</span>
        <button type="button" className="icon-button small" aria-label="Close the codings" onClick={props.onClose}>
          <Icon name="x" size={14} />
        </button>
      </header>
      <FormError error={error} />
      {state && (
        <ul className="agg-detail-list">
          {state.items.map((c) => {
            const article = state.articles.get(c.articleId);
            const code = c.codeId !== null ? codes.get(c.codeId) : undefined;
            const span = c.start !== null && c.end !== null ? { start: c.start, end: c.end } : undefined;
            const text = article && span ? article.body.slice(span.start, span.end) : null;
            return (
              <li key={c.id} className="agg-detail-item" data-testid="cell-coding">
                <div className="agg-detail-meta">
                  {code && (
                    <span className="agg-code">
                      <span className="swatch" style={{ background: code.color }} /> {code.label}
                    </span>
                  )}
                  <span className="muted">{coderNames.get(c.coderId) ?? `coder ${c.coderId}`}</span>
                  <span className="agg-detail-title">{article?.title ?? `Article ${c.articleId}`}</span>
                  <button type="button" className="link-button" onClick={() => props.onOpenArticle(c.articleId, span)}>
                    Open in Code view
                  </button>
                </div>
                {text && <q className="agg-detail-text">{text}</q>}
              </li>
            );
          })}
        </ul>
      )}
      {state && state.total > state.items.length && <p className="muted">Showing the first {state.items.length}.</p>}
    </section>
  );
}

/** One table of a result: the chart, the table, and the exports. */
function TableBlock(props: {
  measure: Measure;
  table: AggregateTable;
  variables: Variable[];
  pick: CellPick | null;
  onPick(pick: CellPick | null): void;
  detail: ReactNode;
  say(text: string, tone?: 'info' | 'error'): void;
}) {
  const { measure, table, pick } = props;
  const chartRef = useRef<HTMLDivElement>(null);
  const spec = useMemo(() => chartSpec(measure, table), [measure, table]);
  const stance = measure === 'stance' ? stanceIds(table) : null;
  const stanceVariable = stance ? props.variables.find((v) => v.id === stance.variableId) : undefined;
  const countColors = new Map((stanceVariable?.codes ?? []).map((c) => [c.label, c.color]));
  const date = new Date().toISOString().slice(0, 10);
  const base = `${slug(table.id)}-${date}`;
  const empty = table.rows.length === 0 || table.columns.length === 0;

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
      props.say('Exported the chart as SVG.');
    } catch (err) {
      props.say(errorMessage(err), 'error');
    }
  };
  const exportPng = async () => {
    try {
      await downloadPng(`${base}.png`, svg());
      props.say('Exported the chart as PNG.');
    } catch (err) {
      props.say(errorMessage(err), 'error');
    }
  };
  const exportCsv = () => {
    downloadText(`${base}.csv`, toCsv(csvCellsOf(toCsvRows(table))));
    props.say(`Exported “${table.title}” as CSV.`);
  };

  return (
    <section className="agg-block" data-testid="agg-table-block" data-table={table.id} aria-label={table.title}>
      <header className="agg-block-head">
        <div>
          <h3 className="agg-title">{table.title}</h3>
          <p className="agg-note">{table.note}</p>
        </div>
        <div className="agg-exports" role="group" aria-label={`Export ${table.title}`}>
          <button type="button" className="button button-small" onClick={exportCsv} disabled={empty}>
            Table CSV
          </button>
          <button type="button" className="button button-small" onClick={exportSvg} disabled={empty}>
            Chart SVG
          </button>
          <button type="button" className="button button-small" onClick={() => void exportPng()} disabled={empty}>
            Chart PNG
          </button>
        </div>
      </header>
      {empty ? (
        <p className="cmp-empty-line">Nothing coded in this scope yet.</p>
      ) : (
        <div className="agg-body">
          <AggregateChart spec={spec} label={`Chart: ${table.title}`} ref={chartRef} />
          <div className="agg-table-wrap">
            <table className="agg-table" data-testid="agg-table">
              <thead>
                <tr>
                  <th className="agg-corner">
                    {table.rowTitle} <span className="muted">/ {table.columnTitle}</span>
                  </th>
                  {table.columns.map((c) => (
                    <th key={c.key} className="num" title={c.n !== undefined ? `n = ${c.n}` : undefined}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {row.color && <span className="swatch" style={{ background: row.color }} />} {row.label}
                    </th>
                    {table.columns.map((column, c) => {
                      const cell = table.cells[r]![c]!;
                      const total = Object.values(cell.counts ?? {}).reduce((a, b) => a + b, 0);
                      const picked = pick?.tableId === table.id && pick.row === r && pick.col === c;
                      const content = (
                        <>
                          {stance && total > 0 && (
                            <span className="agg-dist" aria-hidden="true">
                              {table.countKeys?.map((k) =>
                                cell.counts?.[k] ? <span key={k} style={{ width: `${(cell.counts[k] / total) * 100}%`, background: countColors.get(k) ?? '#9a9ea5' }} title={`${k}: ${cell.counts[k]}`} /> : null,
                              )}
                            </span>
                          )}
                          <span>
                            <span className="agg-value">{formatValue(table, cell.value)}</span>
                            <span className="agg-n">n={cell.n}</span>
                          </span>
                        </>
                      );
                      return (
                        <td
                          key={column.key}
                          className={`num agg-cell${cell.n === 0 ? ' is-zero' : ''}${picked ? ' is-picked' : ''}`}
                          data-testid="agg-cell"
                          data-row={row.label}
                          data-col={column.label}
                          title={cell.counts ? Object.entries(cell.counts).map(([k, v]) => `${k}: ${v}`).join('\n') : undefined}
                        >
                          {stance && total > 0 ? (
                            <button
                              type="button"
                              className="agg-cell-button"
                              aria-pressed={picked}
                              aria-label={`${row.label} in ${column.label}: mean ${formatValue(table, cell.value)}, n=${cell.n}; show the codings`}
                              onClick={() => props.onPick(picked ? null : { tableId: table.id, row: r, col: c })}
                            >
                              {content}
                            </button>
                          ) : (
                            content
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            {stance && table.countKeys && (
              <p className="agg-keys">
                {table.countKeys.map((k) => (
                  <span key={k} className="agg-legend-item">
                    <span className="swatch" style={{ background: countColors.get(k) ?? '#9a9ea5' }} />
                    {k}
                  </span>
                ))}
                <span className="muted">· click a cell for the codings behind it</span>
              </p>
            )}
            {pick?.tableId === table.id && props.detail}
          </div>
        </div>
      )}
    </section>
  );
}

export function AggregatesPane(props: AggregatesPaneProps) {
  const { settings, onSettings, variables, say } = props;
  const api = useApi();
  const [coders, setCoders] = useState<Coder[]>([]);
  const [result, setResult] = useState<AggregateResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [pick, setPick] = useState<CellPick | null>(null);
  const [outletsOpen, setOutletsOpen] = useState(false);
  const outletsRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<AggregateSettings>) => onSettings({ ...settings, ...patch });

  // The outlet list closes on a click elsewhere.
  useEffect(() => {
    if (!outletsOpen) return;
    const onPointer = (e: MouseEvent) => {
      if (!outletsRef.current?.contains(e.target as Node)) setOutletsOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [outletsOpen]);
  const measure = settings.measure;
  const scope = settings.scope === 'story' && props.storyId === null ? 'project' : settings.scope;

  useEffect(() => {
    let cancelled = false;
    api.call('coders.list').then(
      (list) => !cancelled && setCoders(list),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, props.version]);

  const scopeArgs = useMemo(() => {
    const args: { storyIds?: number[]; dateFrom?: string; dateTo?: string; outletIds?: number[]; coderIds?: number[] } = {};
    if (scope === 'story' && props.storyId !== null) args.storyIds = [props.storyId];
    if (scope === 'stories') args.storyIds = props.stories.map((s) => s.id);
    if (settings.dateFrom) args.dateFrom = settings.dateFrom;
    if (settings.dateTo) args.dateTo = settings.dateTo;
    if (settings.outletIds.length) args.outletIds = settings.outletIds;
    if (settings.coderIds.length) args.coderIds = settings.coderIds;
    return args;
  }, [scope, props.storyId, props.stories, settings.dateFrom, settings.dateTo, settings.outletIds, settings.coderIds]);

  const request = useMemo(() => {
    const variableId = settings.variables[measure] ?? null;
    return {
      measure,
      ...scopeArgs,
      ...(variableId !== null ? { variableId } : {}),
      ...(measure === 'frames' && settings.articleVariableId !== null ? { articleVariableId: settings.articleVariableId } : {}),
      ...(measure === 'stance' && settings.targetId !== null ? { targetId: settings.targetId } : {}),
    };
  }, [measure, scopeArgs, settings.variables, settings.articleVariableId, settings.targetId]);
  const key = useDebouncedValue(JSON.stringify({ request, version: props.version }), 150);

  useEffect(() => {
    const { request: args } = JSON.parse(key) as { request: Args<'aggregate'> };
    let cancelled = false;
    setLoading(true);
    api
      .call('aggregate', args)
      .then(
        (next) => {
          if (cancelled) return;
          setResult(next);
          setError(null);
        },
        (err: unknown) => {
          if (cancelled) return;
          setResult(null);
          setError(err);
        },
      )
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [api, key]);

  useEffect(() => setPick(null), [key]);

  const ofKind = (kind: Variable['kind'], unit?: Variable['unit']) => variables.filter((v) => v.kind === kind && (!unit || v.unit === unit));
  const variablePicker = (label: string, list: Variable[], value: number | null, onChange: (id: number | null) => void, none = 'Default') => (
    <label className="cmp-field">
      <span className="cmp-field-label">{label}</span>
      <select className="input input-small" aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{none}</option>
        {list.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
            {v.unit === 'article' ? ' (article)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
  const setVariable = (id: number | null) => set({ variables: { ...settings.variables, [measure]: id } });
  const chosenOutlets = new Set(settings.outletIds);
  const toggleOutlet = (id: number) => set({ outletIds: chosenOutlets.has(id) ? settings.outletIds.filter((x) => x !== id) : [...settings.outletIds, id] });
  // No coder ids means every coder, shown as every chip ticked (as in the Reliability view's scope).
  const listedCoders = coders;
  const chosenCoders = new Set(settings.coderIds.length ? settings.coderIds : listedCoders.map((c) => c.id));
  const toggleCoder = (id: number) => {
    const next = listedCoders.map((c) => c.id).filter((x) => (x === id ? !chosenCoders.has(x) : chosenCoders.has(x)));
    if (!next.length) return;
    set({ coderIds: next.length === listedCoders.length ? [] : next });
  };

  const stanceVariableId = (table: AggregateTable) => stanceIds(table)?.variableId;

  return (
    <div className="cmp-pane agg-pane" data-testid="aggregates-pane">
      <div className="cmp-toolbar agg-toolbar">
        <div className="cmp-segmented" role="radiogroup" aria-label="Measure">
          {MEASURES.map((m) => (
            <button key={m.id} type="button" role="radio" aria-checked={measure === m.id} className="cmp-seg" onClick={() => set({ measure: m.id })}>
              {m.label}
            </button>
          ))}
        </div>
        {measure === 'frames' && (
          <>
            {variablePicker('Span variable', ofKind('category', 'span'), settings.variables.frames ?? null, setVariable)}
            {variablePicker('Article variable', ofKind('category', 'article'), settings.articleVariableId, (id) => set({ articleVariableId: id }))}
          </>
        )}
        {measure === 'tone' && variablePicker('Tone variable', ofKind('tone'), settings.variables.tone ?? null, setVariable)}
        {measure === 'stance' && (
          <>
            {variablePicker('Stance variable', ofKind('stance'), settings.variables.stance ?? null, setVariable)}
            <label className="cmp-field">
              <span className="cmp-field-label">Target</span>
              <select className="input input-small" aria-label="Target" value={settings.targetId ?? ''} onChange={(e) => set({ targetId: e.target.value ? Number(e.target.value) : null })}>
                <option value="">Most coded</option>
                {props.targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {measure === 'quotes' && variablePicker('Quote variable', ofKind('quote'), settings.variables.quotes ?? null, setVariable, 'All quote variables')}
      </div>
      <div className="cmp-toolbar agg-scope" data-testid="agg-scope">
        <div className="cmp-segmented" role="radiogroup" aria-label="Scope">
          {SCOPES.map((s) => (
            <button
              key={s.id}
              type="button"
              role="radio"
              aria-checked={scope === s.id}
              className="cmp-seg"
              disabled={s.id === 'story' && props.storyId === null}
              title={s.id === 'story' ? (props.storyName ?? 'Pick a story first') : s.id === 'stories' ? plural(props.stories.length, 'story', 'stories') : 'Every article'}
              onClick={() => set({ scope: s.id })}
            >
              {s.label}
            </button>
          ))}
        </div>
        <label className="cmp-field cmp-field-inline">
          <span className="cmp-field-label">From</span>
          <input type="date" className="input input-small" aria-label="Published from" value={settings.dateFrom} max={settings.dateTo || undefined} onChange={(e) => set({ dateFrom: e.target.value })} />
        </label>
        <label className="cmp-field cmp-field-inline">
          <span className="cmp-field-label">To</span>
          <input type="date" className="input input-small" aria-label="Published to" value={settings.dateTo} min={settings.dateFrom || undefined} onChange={(e) => set({ dateTo: e.target.value })} />
        </label>
        <div className="agg-outlets" ref={outletsRef}>
          <button type="button" className="button button-small" aria-expanded={outletsOpen} onClick={() => setOutletsOpen((o) => !o)}>
            {settings.outletIds.length ? plural(settings.outletIds.length, 'outlet') : 'All outlets'} <Icon name="chevronDown" size={12} />
          </button>
          {outletsOpen && (
            <div className="agg-outlets-pop" role="group" aria-label="Outlets" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setOutletsOpen(false))}>
              {props.outlets.map((o) => (
                <label key={o.id} className="check-row">
                  <input type="checkbox" checked={chosenOutlets.has(o.id)} onChange={() => toggleOutlet(o.id)} aria-label={o.name} />
                  <span className="check-label">{o.name}</span>
                </label>
              ))}
              {settings.outletIds.length > 0 && (
                <button type="button" className="link-button agg-outlets-clear" onClick={() => set({ outletIds: [] })}>
                  All outlets
                </button>
              )}
            </div>
          )}
        </div>
        <fieldset className="cmp-coders">
          <legend className="visually-hidden">Coders</legend>
          {listedCoders.length > 0 && <span className="cmp-field-label agg-coders-label">Coders</span>}
          {listedCoders.map((c) => (
            <label key={c.id} className={`cmp-chip${chosenCoders.has(c.id) ? ' is-on' : ''}`}>
              <input type="checkbox" checked={chosenCoders.has(c.id)} onChange={() => toggleCoder(c.id)} aria-label={`Coder ${c.name}`} />
              <span className="coder-dot" style={{ background: c.color }} aria-hidden="true" />
              {c.name}
            </label>
          ))}
        </fieldset>
        {loading && <span className="spinner" aria-label="Computing" />}
      </div>
      <div className={`cmp-scroll${loading && result ? ' is-stale' : ''}`} data-testid="aggregates-result">
        {error && !loading ? (
          <div className="cmp-empty">
            <p className="empty-title">No table for this choice.</p>
            <p>{errorMessage(error)}</p>
          </div>
        ) : !result ? (
          <p className="cmp-empty-line">Computing…</p>
        ) : (
          result.tables.map((table) => (
            <TableBlock
              key={table.id}
              measure={result.measure}
              table={table}
              variables={variables}
              pick={pick}
              onPick={setPick}
              say={say}
              detail={
                pick?.tableId === table.id ? (
                  <CellCodings
                    table={table}
                    pick={pick}
                    scope={scopeArgs}
                    variable={variables.find((v) => v.id === stanceVariableId(table))}
                    coders={coders}
                    onOpenArticle={props.onOpenArticle}
                    onClose={() => setPick(null)}
                  />
                ) : null
              }
            />
          ))
        )}
      </div>
    </div>
  );
}
