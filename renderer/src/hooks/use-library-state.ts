// The library's state: the search, the filter, the open article and the selection, plus stepping through the list.
import { useCallback, useState } from 'react';
import type { ArticleFilter } from '../../../shared/domain/types';
import { useArticleOrder } from './use-article-order';
import { useDebouncedValue } from './use-debounced-value';

const SEARCH_DEBOUNCE_MS = 150;

/** Drops empty parts so equal filters serialize equally (the list's cache key). */
function normalize(filter: ArticleFilter): ArticleFilter {
  const out: ArticleFilter = {};
  if (filter.outletIds?.length) out.outletIds = [...filter.outletIds].sort((a, b) => a - b);
  if (filter.storyId !== undefined) out.storyId = filter.storyId;
  if (filter.dateFrom) out.dateFrom = filter.dateFrom;
  if (filter.dateTo) out.dateTo = filter.dateTo;
  return out;
}

export function useLibraryState(initialOpenId: number | null, version: number, say: (text: string) => void) {
  const [query, setQuery] = useState('');
  const searchQuery = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const [filter, setFilterState] = useState<ArticleFilter>({});
  const [openId, setOpenId] = useState<number | null>(initialOpenId);
  const [selection, setSelection] = useState<number[]>([]);
  const order = useArticleOrder(searchQuery, filter, version);
  const setFilter = useCallback((next: ArticleFilter) => setFilterState(normalize(next)), []);

  const step = (dir: 1 | -1) => {
    if (openId === null || !order.length) return;
    const at = order.indexOf(openId);
    const next = order[at < 0 ? 0 : at + dir];
    if (next !== undefined) setOpenId(next);
    else say(dir > 0 ? 'This is the last article in the list.' : 'This is the first article in the list.');
  };
  const position = openId !== null && order.includes(openId) ? { index: order.indexOf(openId), total: order.length } : null;

  // Articles a story action applies to: the multi-selection, else the open article, else the selected row.
  const storyTargets = (): number[] => (selection.length > 1 ? selection : openId !== null ? [openId] : selection);

  /** Back to an unfiltered, empty library (another project was opened). */
  const reset = () => {
    setQuery('');
    setFilterState({});
    setOpenId(null);
    setSelection([]);
  };

  return { query, setQuery, searchQuery, filter, setFilter, openId, setOpenId, selection, setSelection, step, position, storyTargets, reset };
}

export type LibraryState = ReturnType<typeof useLibraryState>;
