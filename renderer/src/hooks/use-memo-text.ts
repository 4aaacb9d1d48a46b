// A memo (article or project) loaded from the API and saved as you type (debounced) and on blur.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/use-api';

const SAVE_AFTER_MS = 600;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export function useMemoText(articleId: number | null, version: number) {
  const api = useApi();
  const [text, setTextState] = useState('');
  const [status, setStatus] = useState<SaveState>('idle');
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const dirty = useRef(false);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus('saving');
    try {
      await api.call('memos.set', { articleId, text: value });
      if (pending.current === null) {
        dirty.current = false;
        setStatus('saved');
      }
    } catch {
      setStatus('error');
    }
  }, [api, articleId]);

  useEffect(() => {
    let cancelled = false;
    dirty.current = false;
    setStatus('idle');
    api.call('memos.get', { articleId }).then(
      (value) => !cancelled && !dirty.current && setTextState(value),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, articleId, version]);

  // Save what is left when the memo's owner changes or the component goes away.
  useEffect(() => () => void flush(), [flush]);

  const setText = useCallback(
    (value: string) => {
      dirty.current = true;
      setTextState(value);
      pending.current = value;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  return { text, setText, flush, status };
}
