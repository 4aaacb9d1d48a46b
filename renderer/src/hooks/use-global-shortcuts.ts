// Window-wide keys: `/` and Ctrl/Cmd+F search, `?` shortcuts, Ctrl/Cmd+I import, `a` add to story, Escape back to the list.
import { useEffect, useRef } from 'react';
import { isTyping } from '../lib/keys';

export interface ShortcutHandlers {
  focusSearch(): void;
  showShortcuts(): void;
  openImport(): void;
  addToStory(): void;
  backToList(): void;
  /** True while a modal dialog is open: it owns the keyboard then. */
  dialogOpen: boolean;
}

export function useGlobalShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const h = ref.current;
      if (e.defaultPrevented || h.dialogOpen) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && !e.shiftKey && key === 'i') h.openImport();
      else if (mod && !e.altKey && !e.shiftKey && key === 'f') h.focusSearch();
      else if (mod || e.altKey || isTyping(e.target)) return;
      else if (e.key === '/') h.focusSearch();
      else if (e.key === '?') h.showShortcuts();
      else if (key === 'a' && !e.shiftKey) h.addToStory();
      else if (e.key === 'Escape') h.backToList();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
