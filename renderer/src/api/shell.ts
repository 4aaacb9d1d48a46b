// The desktop shell (native dialogs, menu commands) when running in Electron; undefined in the browser.
import type { WindowShell } from '../../../shared/api/window-api';

export const desktopShell: WindowShell | undefined = (window as Window & { shell?: WindowShell }).shell;
