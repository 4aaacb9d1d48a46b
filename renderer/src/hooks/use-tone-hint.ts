// The AFINN tone hint for the current selection, asked for shortly after the selection settles.
import { useEffect, useState } from 'react';
import type { ToneHint } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import type { TextRange } from '../lib/paragraphs';

const SETTLE_MS = 90;

export function useToneHint(articleId: number | null, range: TextRange | null): ToneHint | null {
  const api = useApi();
  const [state, setState] = useState<{ key: string; hint: ToneHint } | null>(null);
  const key = articleId !== null && range ? `${articleId}:${range.start}:${range.end}` : '';

  useEffect(() => {
    if (!key || articleId === null || !range) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api.call('analysis.tone', { articleId, start: range.start, end: range.end }).then(
        (hint) => !cancelled && setState({ key, hint }),
        () => undefined,
      );
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // range is captured through key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);

  return state && state.key === key ? state.hint : null;
}
