// Undo and redo through the persistent project history, announcing what was undone or redone.
import { useCallback, useRef } from 'react';
import { useApi } from '../api/use-api';
import { errorMessage } from '../components/FormError';

export function useHistory(onChanged: () => void, say: (text: string, tone?: 'info' | 'error') => void) {
  const api = useApi();
  const busy = useRef(false);

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (busy.current) return;
      busy.current = true;
      try {
        const before = await api.call('history.state');
        const label = direction === 'undo' ? before.undoLabel : before.redoLabel;
        if (!label) {
          say(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
          return;
        }
        await api.call(direction === 'undo' ? 'history.undo' : 'history.redo');
        onChanged();
        say(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${label}`);
      } catch (err) {
        say(errorMessage(err), 'error');
      } finally {
        busy.current = false;
      }
    },
    [api, onChanged, say],
  );

  return { undo: useCallback(() => void step('undo'), [step]), redo: useCallback(() => void step('redo'), [step]) };
}
