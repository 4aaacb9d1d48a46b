// The codebook, actors, targets and current coder, reloaded whenever the data version changes.
import { useCallback, useEffect, useState } from 'react';
import type { Actor, Coder, Target, Variable } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';

export interface CodingData {
  variables: Variable[];
  actors: Actor[];
  targets: Target[];
  coder: Coder | null;
  loaded: boolean;
}

const EMPTY: CodingData = { variables: [], actors: [], targets: [], coder: null, loaded: false };

export function useCodingData(version: number): CodingData & { reloadCoder(): Promise<void> } {
  const api = useApi();
  const [data, setData] = useState<CodingData>(EMPTY);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([
      api.call('codebook.get', { includeArchived: false }),
      api.call('actors.list'),
      api.call('targets.list'),
      api.call('coders.current'),
    ]).then(
      ([variables, actors, targets, coder]) => !cancelled && setData({ variables, actors, targets, coder, loaded: true }),
      () => !cancelled && setData((d) => ({ ...d, loaded: true })),
    );
    return () => {
      cancelled = true;
    };
  }, [api, version]);

  const reloadCoder = useCallback(async () => {
    const coder = await api.call('coders.current');
    setData((d) => ({ ...d, coder }));
  }, [api]);

  return { ...data, reloadCoder };
}
