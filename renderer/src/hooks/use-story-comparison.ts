// One story's comparison (articles, aligned passages, coverage matrix, sourcing) and its near-duplicates, fetched
// when the story or the data version changes; coverage edits replace the matrix in place.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoverageMatrix, DuplicateGroup, StoryComparison } from '../../../shared/compare/types';
import type { Article } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';

export interface StoryComparisonState {
  comparison: StoryComparison | null;
  duplicates: DuplicateGroup[];
  loading: boolean;
  error: unknown;
  setCoverage(matrix: CoverageMatrix): void;
}

export function useStoryComparison(storyId: number | null, version: number): StoryComparisonState {
  const api = useApi();
  const [state, setState] = useState<{ key: string; comparison: StoryComparison | null; duplicates: DuplicateGroup[]; error: unknown }>({
    key: '',
    comparison: null,
    duplicates: [],
    error: null,
  });
  const key = `${storyId}`;

  useEffect(() => {
    if (storyId === null) return;
    let cancelled = false;
    Promise.all([api.call('compare.story', { storyId }), api.call('compare.duplicates', { storyId })]).then(
      ([comparison, duplicates]) => !cancelled && setState({ key: `${storyId}`, comparison, duplicates, error: null }),
      (error: unknown) => !cancelled && setState((s) => ({ key: `${storyId}`, comparison: s.key === `${storyId}` ? s.comparison : null, duplicates: [], error })),
    );
    return () => {
      cancelled = true;
    };
  }, [api, storyId, version]);

  const setCoverage = useCallback((matrix: CoverageMatrix) => {
    setState((s) => (s.comparison && s.comparison.story.id === matrix.storyId ? { ...s, comparison: { ...s.comparison, coverage: matrix } } : s));
  }, []);

  const current = storyId !== null && state.key === key;
  return {
    comparison: current ? state.comparison : null,
    duplicates: current ? state.duplicates : [],
    loading: storyId !== null && (!current || (!state.comparison && !state.error)),
    error: current ? state.error : null,
    setCoverage,
  };
}

/** Articles by id (bodies and sentences for the columns), fetched once per id and data version. */
export function useArticles(ids: number[], version: number): Map<number, Article> {
  const api = useApi();
  const [cache, setCache] = useState<{ version: number; articles: Map<number, Article> }>({ version, articles: new Map() });
  const requested = useRef<{ version: number; ids: Set<number> }>({ version, ids: new Set() });
  const wanted = ids.join(',');

  useEffect(() => {
    if (requested.current.version !== version) requested.current = { version, ids: new Set() };
    const asked = requested.current.ids;
    const missing = wanted
      .split(',')
      .filter(Boolean)
      .map(Number)
      .filter((id) => !asked.has(id));
    if (!missing.length) return;
    for (const id of missing) asked.add(id);
    void Promise.all(missing.map((id) => api.call('articles.get', { id }).catch(() => null))).then((found) => {
      setCache((c) => {
        const articles = new Map(c.version === version ? c.articles : []);
        for (const a of found) if (a) articles.set(a.id, a);
        return { version, articles };
      });
    });
  }, [api, wanted, version]);

  return cache.articles;
}
