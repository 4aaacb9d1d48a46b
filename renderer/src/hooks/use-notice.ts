// The app's status line: `say` shows a message, replacing the one before.
import { useCallback, useState } from 'react';
import type { NoticeMessage } from '../components/Notice';

export function useNotice() {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const say = useCallback((text: string, tone: NoticeMessage['tone'] = 'info') => setNotice({ id: Date.now(), text, tone }), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  return { notice, say, dismissNotice };
}
