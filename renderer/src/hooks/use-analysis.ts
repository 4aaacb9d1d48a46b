// Machine suggestions for one article (mentions, entities, quotes, article tone); an error while the engine is missing.
import { useEffect, useState } from 'react';
import type { ArticleAnalysis } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';

export interface AnalysisState {
  analysis: ArticleAnalysis | null;
  error: unknown;
  loading: boolean;
}

export function useAnalysis(articleId: number | null, version: number): AnalysisState {
  const api = useApi();
  const [state, setState] = useState<{ id: number | null; analysis: ArticleAnalysis | null; error: unknown }>({ id: null, analysis: null, error: null });

  useEffect(() => {
    if (articleId === null) return;
    let cancelled = false;
    api.call('analysis.article', { articleId }).then(
      (analysis) => !cancelled && setState({ id: articleId, analysis, error: null }),
      (error: unknown) => !cancelled && setState({ id: articleId, analysis: null, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, articleId, version]);

  const current = state.id === articleId;
  return { analysis: current ? state.analysis : null, error: current ? state.error : null, loading: articleId !== null && !current };
}
