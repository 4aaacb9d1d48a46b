// Window-wide keys: `/` and Ctrl/Cmd+F search, `?` shortcuts, Ctrl/Cmd+I import, `a` add to story, Escape back to the list,
// undo/redo, and the views (Ctrl/Cmd+digit, or G then a letter: lib/view.ts lists them).
import { useEffect, useRef } from 'react';
import { isTyping } from '../lib/keys';
import { VIEWS, type View } from '../lib/view';

export interface ShortcutHandlers {
  focusSearch(): void;
  showShortcuts(): void;
  openImport(): void;
  addToStory(): void;
  backToList(): void;
  undo(): void;
  redo(): void;
  switchView(view: View): void;
  /** True while a modal dialog is open: it owns the keyboard then. */
  dialogOpen: boolean;
}

export function useGlobalShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    let goPending = 0;
    const onKeyDown = (e: KeyboardEvent) => {
      const h = ref.current;
      if (e.defaultPrevented || h.dialogOpen) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const go = goPending > Date.now();
      goPending = 0;
      const view = VIEWS.find((v) => (mod && !e.altKey && !e.shiftKey && e.key === v.key) || (go && !mod && !e.altKey && key === v.g));
      if (view && (mod || !isTyping(e.target))) h.switchView(view.id);
      else if (mod && !e.altKey && !isTyping(e.target) && ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey))) h.redo();
      else if (mod && !e.altKey && !e.shiftKey && key === 'z' && !isTyping(e.target)) h.undo();
      else if (mod && !e.altKey && !e.shiftKey && key === 'i') h.openImport();
      else if (mod && !e.altKey && !e.shiftKey && key === 'f') h.focusSearch();
      else if (mod || e.altKey || isTyping(e.target)) return;
      else if (key === 'g' && !e.shiftKey) goPending = Date.now() + 1500;
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
