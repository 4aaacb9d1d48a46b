// One article with its sentences and stories, fetched when the open id (or the data version) changes.
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';

export function useArticle(id: number | null, version: number): { article: Article | null; loading: boolean; error: unknown } {
  const api = useApi();
  const [state, setState] = useState<{ id: number | null; article: Article | null; error: unknown }>({ id: null, article: null, error: null });

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    api.call('articles.get', { id }).then(
      (article) => !cancelled && setState({ id, article, error: null }),
      (error: unknown) => !cancelled && setState({ id, article: null, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, id, version]);

  if (id === null) return { article: null, loading: false, error: null };
  // Keep showing the same article while it refreshes; a different id shows as loading.
  const current = state.id === id;
  return { article: current ? state.article : null, loading: !current, error: current ? state.error : null };
}
