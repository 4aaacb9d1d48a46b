// Ctrl/Cmd+E opens the export dialog, from anywhere (also while typing), unless a dialog is open.
// (The desktop menu has no Export item yet, so the key is handled here in both the browser and Electron.)
import { useEffect, useRef } from 'react';

export function useExportShortcut(openExport: () => void, dialogOpen: boolean) {
  const ref = useRef({ openExport, dialogOpen });
  ref.current = { openExport, dialogOpen };

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || ref.current.dialogOpen) return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'e') return;
      e.preventDefault();
      ref.current.openExport();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
