// The middle column: result count, search errors, the virtualized list (articles or ranked search hits) and empty states.
import { useCallback, useRef, type ReactNode, type Ref } from 'react';
import type { ArticleFilter, ArticleSummary, SearchHit } from '../../../shared/domain/types';
import { ApiCallError } from '../../../shared/api/errors';
import { useApi } from '../api/use-api';
import { usePagedRows, type Page } from '../hooks/use-paged-rows';
import { formatCount, plural } from '../lib/format';
import { ArticleList, type ArticleListHandle } from './ArticleList';
import { errorMessage } from './FormError';
import { Icon } from './Icon';

interface LibraryPaneProps {
  query: string;
  filter: ArticleFilter;
  version: number;
  filtersActive: boolean;
  projectEmpty: boolean;
  openId: number | null;
  selectionCount: number;
  onOpen(id: number): void;
  onSelectionChange(ids: number[]): void;
  onFocusReader(): void;
  onClearFilters(): void;
  onImport(): void;
  selectionActions: ReactNode;
  listRef: Ref<ArticleListHandle>;
}

type Item = ArticleSummary | SearchHit;

function errorText(error: unknown): string {
  if (error instanceof ApiCallError && error.code === 'user') return error.message;
  return `Something went wrong: ${errorMessage(error)}`;
}

export function LibraryPane(props: LibraryPaneProps) {
  const { query, filter, version, openId, onOpen, onSelectionChange, onFocusReader, listRef } = props;
  const api = useApi();
  const key = JSON.stringify({ query, filter });
  const focusCarry = useRef(false);

  const fetchPage = useCallback(
    async (offset: number, limit: number): Promise<Page<Item>> => {
      if (!query) return api.call('articles.list', { filter, offset, limit });
      const result = await api.call('search.query', { query, filter, offset, limit });
      return { total: result.total, items: result.hits };
    },
    [api, query, filter],
  );
  const paged = usePagedRows<Item>(key, version, fetchPage);
  const { data, error } = paged;
  const shownQuery = data ? (JSON.parse(data.key) as { query: string }).query : '';
  const hits = shownQuery !== '';
  const total = data?.total ?? 0;

  let summary: string;
  if (!data) summary = error ? '' : 'Loading…';
  else if (hits) summary = `${plural(total, 'result')} for “${shownQuery}”`;
  else summary = plural(total, 'article');

  let empty: ReactNode = null;
  if (data && total === 0) {
    if (props.projectEmpty && !hits) {
      empty = (
        <div className="empty-state">
          <p className="empty-title">This project has no articles yet</p>
          <p>Import text, Markdown, HTML, JSON or CSV files to start.</p>
          <button type="button" className="button button-primary" onClick={props.onImport}>
            <Icon name="upload" />
            Import articles
          </button>
        </div>
      );
    } else {
      empty = (
        <div className="empty-state">
          <p className="empty-title">No articles match</p>
          <p>{hits ? 'Try fewer words, a prefix like talk*, or OR between alternatives.' : 'Nothing matches the current filters.'}</p>
          {props.filtersActive && (
            <button type="button" className="button" onClick={props.onClearFilters}>
              Clear filters
            </button>
          )}
        </div>
      );
    }
  }

  return (
    <section className="library-pane" aria-label="Library">
      <div className="pane-header">
        <span className="result-summary" data-testid="result-summary" aria-live="polite">
          {summary}
        </span>
        {paged.pending && data && <span className="spinner" aria-label="Loading" />}
        {props.selectionCount > 1 ? (
          <span className="selection-count">{formatCount(props.selectionCount)} selected</span>
        ) : (
          data && total > 1 && <span className="sort-hint">{hits ? 'Best match first' : 'Newest first'}</span>
        )}
        {props.selectionActions}
      </div>
      {error !== null && (
        <div className="search-error" role="alert" data-testid="search-error">
          <Icon name="alert" size={14} />
          <span title={errorText(error)}>{errorText(error)}</span>
        </div>
      )}
      <div className={`list-wrap${error !== null && data ? ' is-stale' : ''}`}>
        {data ? (
          <ArticleList
            key={data.key}
            total={total}
            hits={hits}
            generation={data}
            row={paged.row}
            ensure={paged.ensure}
            openId={openId}
            onOpen={onOpen}
            onSelectionChange={onSelectionChange}
            onFocusReader={onFocusReader}
            handleRef={listRef}
            focusCarry={focusCarry}
          />
        ) : (
          !error && (
            <div className="empty-state" aria-busy="true">
              <span className="spinner" aria-hidden="true" />
              <p>Loading articles…</p>
            </div>
          )
        )}
        {empty}
      </div>
    </section>
  );
}
