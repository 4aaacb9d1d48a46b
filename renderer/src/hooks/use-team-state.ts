// Team coding state: blind mode, the current coder and every coder, reloaded whenever the data version changes.
import { useCallback, useEffect, useState } from 'react';
import type { Coder } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';

export interface TeamState {
  blind: boolean;
  coder: Coder | null;
  coders: Coder[];
  loaded: boolean;
  reload(): Promise<void>;
}

export function useTeamState(version: number): TeamState {
  const api = useApi();
  const [state, setState] = useState<Omit<TeamState, 'reload'>>({ blind: false, coder: null, coders: [], loaded: false });

  const reload = useCallback(async () => {
    try {
      const next = await api.call('team.state');
      setState({ ...next, loaded: true });
    } catch {
      setState((s) => ({ ...s, loaded: true }));
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload, version]);

  return { ...state, reload };
}
