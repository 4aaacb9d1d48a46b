// The coverage matrix, "who included what": facts and quotes × outlets, each cell included (H, L, B: headline, lead,
// body) or omitted. Sortable; a cell opens its passage side by side; rows can be renamed, merged, split, added and
// reset, and take the passage picked side by side or give one up (keyboard: arrows, Enter, Space, F2, M, S, N, R, A,
// D); Export CSV saves the matrix.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CoverageCell, CoverageMatrix, CoverageRow, Passage, StoryComparison } from '../../../shared/compare/types';
import { toCsvRows } from '../../../shared/compare/tables';
import { useApi } from '../api/use-api';
import { cellPassages, coverageAsTable, csvCellsOf, POSITION_LETTER, POSITION_WORD, rowHasPassage, sortRows, type CoverageSort } from '../lib/compare';
import { downloadText, slug, toCsv } from '../lib/csv';
import { plural, quoted } from '../lib/format';
import { CoverageDetachDialog } from './CoverageDetachDialog';
import { FormError } from './FormError';
import { Icon } from './Icon';
import { Modal } from './Modal';
import { StoryNameDialog } from './StoryNameDialog';

interface CoveragePaneProps {
  comparison: StoryComparison;
  onCoverage(matrix: CoverageMatrix): void;
  onJump(passage: Passage, row: CoverageRow): void;
  /** The passage selected side by side, which a new row can start with or a row can take (A). */
  picked: { passage: Passage; outlet: string; text: string } | null;
  say(text: string, tone?: 'info' | 'error'): void;
}

type Dialog =
  | { kind: 'rename'; row: CoverageRow }
  | { kind: 'merge'; rows: CoverageRow[] }
  | { kind: 'split'; row: CoverageRow }
  | { kind: 'add' }
  | { kind: 'detach'; row: CoverageRow; outletId: number | null }
  | null;

const REASON_LABEL: Record<CoverageRow['reason'], string> = { quote: 'quote', number: 'number', paraphrase: 'paraphrase', tracked: 'coded quote', analyst: 'added' };
const EDIT_LABEL = { rename: 'renamed', merge: 'merged', split: 'split', add: 'added', edit: 'edited' } as const;

function cellTitle(cell: CoverageCell, outlet: string, titles: Map<number, string>): string {
  if (!cell.included) return `${outlet}: omitted`;
  const parts = cell.articles.map((a) => `${titles.get(a.articleId) ?? `Article ${a.articleId}`}: ${a.included && a.position ? POSITION_WORD[a.position] : 'omitted'}`);
  return `${outlet}: included in the ${POSITION_WORD[cell.position ?? 'body']}${cell.articles.length > 1 ? `\n${parts.join('\n')}` : ''}\nEnter or click: show it side by side`;
}

function SplitDialog(props: { row: CoverageRow; comparison: StoryComparison; onSubmit(passages: Passage[], label: string): Promise<void>; onClose(): void }) {
  const { row, comparison } = props;
  const outlets = new Map(comparison.coverage.outlets.map((o) => [o.id, o.name]));
  const articles = new Map(comparison.articles.map((a) => [a.id, a]));
  const texts = useMemo(() => {
    const map = new Map<string, string>();
    for (const g of comparison.groups) for (const m of g.members) map.set(`${m.articleId}:${m.start}:${m.end}`, m.text);
    return map;
  }, [comparison.groups]);
  const passages = cellPassages(row.cells);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [label, setLabel] = useState(`${row.label} (split)`.slice(0, 200));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const valid = chosen.size > 0 && chosen.size < passages.length && label.trim().length > 0;
  return (
    <Modal
      title="Split row"
      onClose={props.onClose}
      width={620}
      description="Tick the passages that move to a new row; the rest stay."
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !valid}
            onClick={async () => {
              setBusy(true);
              try {
                await props.onSubmit(
                  passages.filter((_, i) => chosen.has(i)),
                  label.trim(),
                );
              } catch (err) {
                setError(err);
                setBusy(false);
              }
            }}
          >
            Split off {plural(chosen.size, 'passage')}
          </button>
        </>
      }
    >
      <div className="form">
        <label className="field">
          <span className="field-label">New row label</span>
          <input className="input" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        {passages.length < 2 ? (
          <p className="muted">This row has only one passage; there is nothing to split.</p>
        ) : (
          <ul className="cov-split-list" data-testid="split-list">
            {passages.map((p, i) => {
              const article = articles.get(p.articleId);
              return (
                <li key={`${p.articleId}:${p.start}`}>
                  <label className="check-row cov-split-row">
                    <input
                      type="checkbox"
                      data-autofocus={i === 0 ? true : undefined}
                      checked={chosen.has(i)}
                      onChange={() => setChosen((s) => new Set(s.has(i) ? [...s].filter((x) => x !== i) : [...s, i]))}
                    />
                    <span className="cov-split-text">
                      <span className="cov-split-outlet">{article ? outlets.get(article.outletId) : `Article ${p.articleId}`}</span>
                      <span className="cov-split-quote">{texts.get(`${p.articleId}:${p.start}:${p.end}`) ?? `characters ${p.start}–${p.end}`}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
        <FormError error={error} />
      </div>
    </Modal>
  );
}

/** A new row: its label, and optionally the passage selected side by side. */
function AddRowDialog(props: { picked: CoveragePaneProps['picked']; onSubmit(label: string, passages: Passage[]): Promise<void>; onClose(): void }) {
  const { picked } = props;
  const [label, setLabel] = useState('');
  const [withPassage, setWithPassage] = useState(picked !== null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(label.trim(), withPassage && picked ? [picked.passage] : []);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Modal
      title="Add row"
      onClose={props.onClose}
      width={500}
      description="A fact or quote of your own to track across the outlets."
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" form="coverage-add-form" className="button button-primary" disabled={busy || !label.trim()}>
            Add row
          </button>
        </>
      }
    >
      <form
        id="coverage-add-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim()) void submit();
        }}
      >
        <label className="field">
          <span className="field-label">Row label</span>
          <input className="input" data-autofocus value={label} maxLength={200} autoComplete="off" onChange={(e) => setLabel(e.target.value)} />
        </label>
        {picked ? (
          <label className="check-row inline cov-add-passage">
            <input type="checkbox" checked={withPassage} onChange={(e) => setWithPassage(e.target.checked)} />
            <span>
              Start with the passage selected side by side: <strong>{picked.outlet}</strong>, “{picked.text.length > 140 ? `${picked.text.slice(0, 139)}…` : picked.text}”
            </span>
          </label>
        ) : (
          <p className="field-hint">Select a sentence side by side first to start the row with it; otherwise it starts omitted everywhere.</p>
        )}
        <FormError error={error} />
      </form>
    </Modal>
  );
}

export function CoveragePane({ comparison, onCoverage, onJump, picked, say }: CoveragePaneProps) {
  const api = useApi();
  const matrix = comparison.coverage;
  const storyId = comparison.story.id;
  const [sort, setSort] = useState<CoverageSort>({ by: 'computed', dir: 'asc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [cursor, setCursor] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const refocus = useRef(false);
  const rows = useMemo(() => sortRows(matrix.rows, sort), [matrix.rows, sort]);
  const titles = useMemo(() => new Map(comparison.articles.map((a) => [a.id, a.title])), [comparison.articles]);
  const cols = matrix.outlets.length + 1;

  // Rows that went away (merged, reset) leave the selection; the cursor stays inside the grid.
  useEffect(() => {
    setSelected((s) => {
      const kept = [...s].filter((k) => matrix.rows.some((r) => r.key === k));
      return kept.length === s.size ? s : new Set(kept);
    });
    setCursor((c) => ({ row: Math.min(c.row, Math.max(0, matrix.rows.length - 1)), col: Math.min(c.col, matrix.outlets.length) }));
  }, [matrix]);

  // After an edit the grid takes the keyboard back, on the cursor's cell of the new matrix.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const frame = requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [matrix]);

  // The focused cell follows the cursor once the keys have moved it.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${cursor.row}:${cursor.col}"]`);
    cell?.focus();
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [cursor]);

  const currentRow = rows[cursor.row] ?? null;
  const chosenRows = rows.filter((r) => selected.has(r.key));
  const target = chosenRows.length === 1 ? chosenRows[0]! : currentRow;

  const edit = async (what: string, call: () => Promise<CoverageMatrix>) => {
    const next = await call();
    onCoverage(next);
    setDialog(null);
    say(`${what} Ctrl+Z undoes it.`);
    refocus.current = true;
  };

  const reset = async (row: CoverageRow) => {
    if (row.analystRowId === null) {
      say(`${quoted(row.label)} is as computed; there is no edit to reset.`);
      return;
    }
    try {
      await edit(`Reset ${quoted(row.label)} to the computed rows.`, () => api.call('coverage.resetRow', { storyId, rowKey: row.key }));
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), 'error');
    }
  };

  const attach = async (row: CoverageRow | null) => {
    if (!row) return;
    if (!picked) {
      say('Select a passage side by side first (click a sentence), then press A on a row here to attach it.');
      return;
    }
    if (rowHasPassage(row, picked.passage)) {
      say(`${quoted(row.label)} already has this ${picked.outlet} passage.`);
      return;
    }
    try {
      await edit(`Attached the ${picked.outlet} passage to ${quoted(row.label)}.`, () => api.call('coverage.attachPassage', { storyId, rowKey: row.key, passage: picked.passage }));
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), 'error');
    }
  };

  /** The passages of the cursor's cell to detach from, or of the whole row when the cursor is on its label. */
  const openDetach = (row: CoverageRow | null, col: number) => {
    if (!row) return;
    const cell = col > 0 ? row.cells[col - 1]! : null;
    if (cellPassages(cell ? [cell] : row.cells).length) setDialog({ kind: 'detach', row, outletId: cell?.outletId ?? null });
    else say(cell ? `${matrix.outlets[col - 1]!.name} has no passage in ${quoted(row.label)} to detach.` : `${quoted(row.label)} has no passage to detach.`);
  };

  const openMerge = () => {
    if (chosenRows.length < 2) say('Select two or more rows to merge (Space or the row’s checkbox).');
    else setDialog({ kind: 'merge', rows: chosenRows });
  };
  const openSplit = () => {
    if (!target) return;
    if (cellPassages(target.cells).length < 2) say(`${quoted(target.label)} has fewer than two passages; there is nothing to split.`);
    else setDialog({ kind: 'split', row: target });
  };

  const jump = (row: CoverageRow, cell: CoverageCell | null) => {
    const passage = cell ? cell.passage : (row.cells.find((c) => c.passage)?.passage ?? null);
    if (!passage) say(cell && !cell.included ? `${matrix.outlets.find((o) => o.id === cell.outletId)?.name} omits ${quoted(row.label)}.` : `${quoted(row.label)} has no passage to show.`);
    else onJump(passage, row);
  };

  const toggle = (key: string) => setSelected((s) => new Set(s.has(key) ? [...s].filter((k) => k !== key) : [...s, key]));

  const move = (row: number, col: number) => {
    moved.current = true;
    setCursor({ row: Math.max(0, Math.min(rows.length - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
  };

  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).matches('input:not([type="checkbox"])')) return;
    const { row, col } = cursor;
    const key = e.key;
    if (key === 'ArrowDown') move(row + 1, col);
    else if (key === 'ArrowUp') move(row - 1, col);
    else if (key === 'ArrowRight') move(row, col + 1);
    else if (key === 'ArrowLeft') move(row, col - 1);
    else if (key === 'Home') move(e.shiftKey ? 0 : row, 0);
    else if (key === 'End') move(e.shiftKey ? rows.length - 1 : row, cols - 1);
    else if (key === 'PageDown') move(row + 10, col);
    else if (key === 'PageUp') move(row - 10, col);
    else if (key === ' ' && currentRow) toggle(currentRow.key);
    else if (key === 'Enter' && currentRow) jump(currentRow, col > 0 ? currentRow.cells[col - 1]! : null);
    else if (key === 'F2' && target) setDialog({ kind: 'rename', row: target });
    else if (key.toLowerCase() === 'm' && !e.shiftKey) openMerge();
    else if (key.toLowerCase() === 's' && !e.shiftKey) openSplit();
    else if (key.toLowerCase() === 'n' && !e.shiftKey) setDialog({ kind: 'add' });
    else if (key.toLowerCase() === 'r' && !e.shiftKey && currentRow) void reset(currentRow);
    else if (key.toLowerCase() === 'a' && !e.shiftKey) void attach(currentRow);
    else if (key.toLowerCase() === 'd' && !e.shiftKey) openDetach(currentRow, col);
    else if (key === 'Escape' && selected.size) setSelected(new Set());
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const sortBy = (by: 'label' | 'included') =>
    setSort((s) => (s.by === by ? { by, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: by === 'label' ? 'asc' : 'desc' }));
  const ariaSort = (by: 'label' | 'included') => (sort.by === by ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined);

  const exportCsv = () => {
    const table = coverageAsTable(matrix, rows);
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`coverage-${slug(comparison.story.name)}-${date}.csv`, toCsv(csvCellsOf(toCsvRows(table))));
    say(`Exported the coverage matrix (${plural(rows.length, 'row')} × ${plural(matrix.outlets.length, 'outlet')}).`);
  };

  const tab = (r: number, c: number) => (r === cursor.row && c === cursor.col ? 0 : -1);

  return (
    <div className="cmp-pane cov-pane" data-testid="coverage-pane">
      <div className="cmp-toolbar">
        <span className="cmp-toolbar-text" data-testid="coverage-summary">
          {plural(matrix.rows.length, 'fact or quote', 'facts and quotes')} × {plural(matrix.outlets.length, 'outlet')}
          {selected.size > 0 && <span className="cov-selected"> · {selected.size} selected</span>}
          {picked && (
            <span className="cov-picked" data-testid="coverage-picked" title={`Picked side by side: “${picked.text}”`}>
              {' '}
              · passage picked in {picked.outlet}
            </span>
          )}
        </span>
        <div className="cov-actions" role="group" aria-label="Row editing">
          <button type="button" className="button button-small" disabled={!target} onClick={() => target && setDialog({ kind: 'rename', row: target })} title="Rename the row (F2)">
            <Icon name="pencil" size={13} /> Rename
          </button>
          <button type="button" className="button button-small" disabled={chosenRows.length < 2} onClick={openMerge} title="Merge the selected rows (M)">
            <Icon name="merge" size={13} /> Merge{chosenRows.length > 1 ? ` ${chosenRows.length}` : ''}
          </button>
          <button type="button" className="button button-small" disabled={!target} onClick={openSplit} title="Split passages off the row (S)">
            Split…
          </button>
          <button type="button" className="button button-small" onClick={() => setDialog({ kind: 'add' })} title="Add a row of your own (N)">
            <Icon name="plus" size={13} /> Add row
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!currentRow || !picked}
            onClick={() => void attach(currentRow)}
            title={picked ? `Attach the passage picked in ${picked.outlet} to the row (A)` : 'Attach the passage selected side by side to the row (A); select one there first'}
          >
            Attach
          </button>
          <button type="button" className="button button-small" disabled={!currentRow} onClick={() => openDetach(currentRow, cursor.col)} title="Detach a passage of the cell, or of the row (D)">
            Detach…
          </button>
          <button type="button" className="button button-small" disabled={!target || target.analystRowId === null} onClick={() => target && void reset(target)} title="Undo the edits of this row (R)">
            <Icon name="undo" size={13} /> Reset
          </button>
        </div>
        <span className="rel-toolbar-spacer" />
        {sort.by !== 'computed' && (
          <button type="button" className="link-button" onClick={() => setSort({ by: 'computed', dir: 'asc' })}>
            Computed order
          </button>
        )}
        <button type="button" className="button button-small" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <div className="cmp-scroll cov-scroll">
        {rows.length === 0 ? (
          <div className="cmp-empty">
            <p className="empty-title">No shared facts or quotes found yet.</p>
            <p>The matrix lists quotations, numbers and paraphrased sentences that two or more articles of the story share. Add a row of your own with N.</p>
          </div>
        ) : (
          <table className="cov-table" role="grid" aria-label="Coverage matrix" aria-rowcount={rows.length + 1} aria-multiselectable="true" ref={gridRef} onKeyDown={onGridKey}>
            <thead>
              <tr>
                <th className="cov-label-head" aria-sort={ariaSort('label')}>
                  <button type="button" className="cov-sort" onClick={() => sortBy('label')} tabIndex={-1}>
                    Fact or quote {sort.by === 'label' && <Icon name={sort.dir === 'asc' ? 'arrowUp' : 'arrowDown'} size={11} />}
                  </button>
                </th>
                {matrix.outlets.map((o) => (
                  <th key={o.id} className="cov-outlet-head" title={`${o.name}: carries ${o.rowsIncluded} of ${matrix.rows.length}`}>
                    <span className="cov-outlet-name">{o.name}</span>
                    <span className="cov-outlet-n">
                      {o.rowsIncluded}/{matrix.rows.length}
                    </span>
                  </th>
                ))}
                <th className="cov-count-head" aria-sort={ariaSort('included')}>
                  <button type="button" className="cov-sort" onClick={() => sortBy('included')} tabIndex={-1}>
                    Outlets {sort.by === 'included' && <Icon name={sort.dir === 'asc' ? 'arrowUp' : 'arrowDown'} size={11} />}
                  </button>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => {
                const isSelected = selected.has(row.key);
                return (
                  <tr
                    key={row.key}
                    className={`cov-row${isSelected ? ' is-selected' : ''}${r === cursor.row ? ' is-cursor' : ''}${row.stale ? ' is-stale' : ''}`}
                    aria-selected={isSelected}
                    data-testid="coverage-row"
                    data-key={row.key}
                  >
                    <th
                      scope="row"
                      role="rowheader"
                      className="cov-label-cell"
                      tabIndex={tab(r, 0)}
                      data-cell={`${r}:0`}
                      onFocus={() => setCursor({ row: r, col: 0 })}
                    >
                      <div className="cov-label-wrap">
                        <input type="checkbox" tabIndex={-1} checked={isSelected} onChange={() => toggle(row.key)} aria-label={`Select row ${row.label}`} />
                        <div className="cov-label-text">
                          <span className="cov-label" data-testid="coverage-label" title={row.label}>
                            {row.label}
                          </span>
                          <span className="cov-meta">
                            <span className={`cov-reason reason-${row.reason}`}>{REASON_LABEL[row.reason]}</span>
                            {row.edit && <span className="badge badge-kind">{EDIT_LABEL[row.edit]}</span>}
                            {row.stale && <span className="badge badge-warn" title="None of this row’s passages is found any more">stale</span>}
                            {row.tracked && <span className="badge badge-accepted">coded</span>}
                            {row.speakers.length > 0 && <span className="cov-speakers">{row.speakers.map((s) => s.text).join(', ')}</span>}
                          </span>
                        </div>
                      </div>
                    </th>
                    {row.cells.map((cell, c) => {
                      const outlet = matrix.outlets[c]!;
                      const carried = cell.articles.filter((a) => a.included).length;
                      return (
                        <td
                          key={cell.outletId}
                          role="gridcell"
                          className={`cov-cell ${cell.included ? `is-included pos-${cell.position ?? 'body'}` : 'is-omitted'}`}
                          data-testid="coverage-cell"
                          data-outlet={outlet.name}
                          data-state={cell.included ? 'included' : 'omitted'}
                          data-position={cell.position ?? undefined}
                          data-cell={`${r}:${c + 1}`}
                          tabIndex={tab(r, c + 1)}
                          aria-label={cell.included ? `${outlet.name}: included, ${POSITION_WORD[cell.position ?? 'body']}` : `${outlet.name}: omitted`}
                          title={cellTitle(cell, outlet.name, titles)}
                          onFocus={() => setCursor({ row: r, col: c + 1 })}
                          onClick={() => jump(row, cell)}
                        >
                          {cell.included ? (
                            <span className="cov-pos" aria-hidden="true">
                              {POSITION_LETTER[cell.position ?? 'body']}
                              {carried > 1 && <sup>{carried}</sup>}
                            </span>
                          ) : (
                            <span className="cov-omit" aria-hidden="true" />
                          )}
                        </td>
                      );
                    })}
                    <td className="cov-count" data-testid="coverage-count">
                      <span className="cov-count-n">
                        {row.outletsIncluded}/{row.cells.length}
                      </span>
                      <span className="cov-bar" aria-hidden="true">
                        <span style={{ width: `${(row.outletsIncluded / Math.max(1, row.cells.length)) * 100}%` }} />
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="cov-foot">
          <span className="cov-legend">
            <span className="cov-legend-item">
              <span className="cov-pos pos-headline">H</span> headline
            </span>
            <span className="cov-legend-item">
              <span className="cov-pos pos-lead">L</span> lead
            </span>
            <span className="cov-legend-item">
              <span className="cov-pos pos-body">B</span> body
            </span>
            <span className="cov-legend-item">
              <span className="cov-omit" /> omitted
            </span>
          </span>
          <span className="cmp-keys">
            <kbd>↑</kbd>
            <kbd>↓</kbd>
            <kbd>←</kbd>
            <kbd>→</kbd> move · <kbd>Enter</kbd> show side by side · <kbd>Space</kbd> select · <kbd>F2</kbd> rename · <kbd>M</kbd> merge · <kbd>S</kbd> split · <kbd>N</kbd> new row ·{' '}
            <kbd>R</kbd> reset · <kbd>A</kbd> attach the picked passage · <kbd>D</kbd> detach
          </span>
          <p className="cov-rule">{matrix.editRule}</p>
        </div>
      </div>

      {/* The dialogs own the keyboard: their keys do not reach the window-wide shortcuts. */}
      <div className="cov-dialogs" onKeyDown={(e) => e.stopPropagation()}>
      {dialog?.kind === 'rename' && (
        <StoryNameDialog
          title="Rename row"
          submitLabel="Rename"
          fieldLabel="Row label"
          width={460}
          initialName={dialog.row.label}
          onClose={() => setDialog(null)}
          onSubmit={(label) => edit(`Renamed the row to ${quoted(label)}.`, () => api.call('coverage.renameRow', { storyId, rowKey: dialog.row.key, label }))}
        />
      )}
      {dialog?.kind === 'merge' && (
        <StoryNameDialog
          title={`Merge ${dialog.rows.length} rows`}
          submitLabel="Merge"
          fieldLabel="Row label"
          width={460}
          initialName={dialog.rows[0]!.label}
          description="One row will hold the passages of all of them."
          onClose={() => setDialog(null)}
          onSubmit={async (label) => {
            await edit(`Merged ${dialog.rows.length} rows.`, () => api.call('coverage.mergeRows', { storyId, rowKeys: dialog.rows.map((r) => r.key), label }));
            setSelected(new Set());
          }}
        />
      )}
      {dialog?.kind === 'split' && (
        <SplitDialog
          row={dialog.row}
          comparison={comparison}
          onClose={() => setDialog(null)}
          onSubmit={(passages, label) => edit(`Split ${plural(passages.length, 'passage')} off ${quoted(dialog.row.label)}.`, () => api.call('coverage.splitRow', { storyId, rowKey: dialog.row.key, passages, label }))}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddRowDialog
          picked={picked}
          onClose={() => setDialog(null)}
          onSubmit={(label, passages) => edit(`Added the row ${quoted(label)}.`, () => api.call('coverage.addRow', { storyId, label, passages }))}
        />
      )}
      {dialog?.kind === 'detach' && (
        <CoverageDetachDialog
          row={dialog.row}
          outletId={dialog.outletId}
          comparison={comparison}
          onClose={() => setDialog(null)}
          onDetach={(passage) => edit(`Detached a passage from ${quoted(dialog.row.label)}.`, () => api.call('coverage.detachPassage', { storyId, rowKey: dialog.row.key, passage }))}
        />
      )}
      </div>
    </div>
  );
}
