// The list under the stance matrix when one of its cells (actor × outlet) is clicked.
import { useEffect, useState } from 'react';
import type { AggregateTable } from '../../../shared/compare/tables';
import type { CellCoding } from '../../../shared/compare/types';
import type { Coder, Variable } from '../../../shared/domain/coding';
import type { Article } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import type { AggregateScope } from '../lib/aggregate-settings';
import { stanceIds } from '../lib/aggregate-stance';
import { plural } from '../lib/format';
import type { TextRange } from '../lib/paragraphs';
import { FormError } from './FormError';
import { Icon } from './Icon';

/** A picked cell of one table. */
export interface CellPick {
  tableId: string;
  row: number;
  col: number;
}

/** The codings behind one stance cell, each with its span and a way into the Code view. */
export function AggregateCellCodings(props: {
  table: AggregateTable;
  pick: CellPick;
  scope: AggregateScope;
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
    const scope = JSON.parse(scopeKey) as AggregateScope;
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
