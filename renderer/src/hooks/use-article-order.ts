// The ids of the library's current list (same query and filter, same order), for next/previous article.
import { useEffect, useState } from 'react';
import type { ArticleFilter } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';

const MAX = 1000;

export function useArticleOrder(query: string, filter: ArticleFilter, version: number): number[] {
  const api = useApi();
  const [ids, setIds] = useState<number[]>([]);
  const key = JSON.stringify({ query, filter });

  useEffect(() => {
    let cancelled = false;
    const load = query
      ? api.call('search.query', { query, filter, offset: 0, limit: MAX }).then((r) => r.hits.map((h) => h.id))
      : api.call('articles.list', { filter, offset: 0, limit: MAX }).then((r) => r.items.map((a) => a.id));
    load.then(
      (next) => !cancelled && setIds(next),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
    // filter is captured through key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, version]);

  return ids;
}
