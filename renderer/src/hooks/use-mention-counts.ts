// The actors' mention counts, asked for apart from the actors themselves: on a large project they take seconds.
// The last counts stay shown while the next are counted.
import { useEffect, useState } from 'react';
import type { Actor } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';

/** Mentions per actor id; null until first counted. Counted again whenever the actors change. */
export function useMentionCounts(actors: Actor[]): Map<number, number> | null {
  const api = useApi();
  const [counts, setCounts] = useState<Map<number, number> | null>(null);
  useEffect(() => {
    let cancelled = false;
    api.call('actors.mentions').then(
      (rows) => !cancelled && setCounts(new Map(rows.map((r) => [r.id, r.mentions]))),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, actors]);
  return counts;
}
