// In the desktop app, the native menu's commands (File, View, Help) arrive here.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/api/window-api';
import { desktopShell } from '../api/shell';

export function useMenuCommands(onCommand: (command: MenuCommand) => void) {
  const ref = useRef(onCommand);
  ref.current = onCommand;
  useEffect(() => desktopShell?.onMenu((command) => ref.current(command)), []);
}
