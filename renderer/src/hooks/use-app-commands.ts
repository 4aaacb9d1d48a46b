// The app's commands from outside the page: window-wide keys (see use-global-shortcuts and use-export-shortcut) and,
// in the desktop app, the native menu.
import type { MenuCommand } from '../../../shared/api/window-api';
import type { ProjectAction } from '../components/TopBar';
import { isView } from '../lib/view';
import { useExportShortcut } from './use-export-shortcut';
import { useGlobalShortcuts, type ShortcutHandlers } from './use-global-shortcuts';
import { useMenuCommands } from './use-menu-commands';

export interface AppCommands extends ShortcutHandlers {
  openExport(): void;
  openExchangeImport(): void;
  runProjectAction(action: ProjectAction): Promise<void>;
}

export function useAppCommands(commands: AppCommands) {
  const { focusSearch, showShortcuts, openImport, undo, redo, switchView, openExport, openExchangeImport, runProjectAction } = commands;
  useGlobalShortcuts(commands);
  useExportShortcut(openExport, commands.dialogOpen);

  useMenuCommands((command: MenuCommand) => {
    if (command === 'project.new') void runProjectAction('new');
    else if (command === 'project.open') void runProjectAction('open');
    else if (command === 'project.saveAs') void runProjectAction('saveAs');
    else if (command === 'import.open') openImport();
    else if (command === 'search.focus') focusSearch();
    else if (command === 'help.shortcuts') showShortcuts();
    else if (command === 'export.open') openExport();
    else if (command === 'exchange.import') openExchangeImport();
    else if (command === 'history.undo' || command === 'history.redo') {
      // In a text field the menu's Undo is the field's own undo.
      const editing = document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea, [contenteditable="true"]');
      if (editing) document.execCommand(command === 'history.undo' ? 'undo' : 'redo');
      else if (command === 'history.undo') undo();
      else redo();
    } else if (command.startsWith('view.')) {
      const target = command.slice('view.'.length);
      if (isView(target)) switchView(target);
    }
  });
}
