// Native file pickers for the export and exchange-import dialogs: the desktop shell's, undefined in the browser
// (where the dialogs take a path on the serving machine in a text field).
import { desktopShell } from './shell';

export type { FileFilter } from '../../../shared/api/window-api';

export const pickFileToSave = desktopShell?.pickFileToSave.bind(desktopShell);
export const pickFileToOpen = desktopShell?.pickFileToOpen.bind(desktopShell);
