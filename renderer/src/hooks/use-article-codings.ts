// The current coder's codings of one article, refetched when the article, the coder or the data version changes.
import { useEffect, useState } from 'react';
import type { Coding } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';

export function useArticleCodings(articleId: number | null, coderId: number | null, version: number | string): Coding[] {
  const api = useApi();
  const [state, setState] = useState<{ key: string; codings: Coding[] }>({ key: '', codings: [] });
  const key = `${articleId}:${coderId}`;

  useEffect(() => {
    if (articleId === null || coderId === null) return;
    let cancelled = false;
    api.call('codings.list', { articleId, coderId }).then(
      (codings) => !cancelled && setState({ key, codings }),
      () => !cancelled && setState({ key, codings: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, articleId, coderId, version, key]);

  return state.key === key ? state.codings : [];
}
