// Native file pickers for the export and exchange-import dialogs, when the desktop shell offers generic ones.
// Today's shell (shared/api/window-api.ts) only has project pickers, so both are undefined and the dialogs
// use their path field alone; once the shell gains these two methods, a "Choose…" button appears by itself.
import { desktopShell } from './shell';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The methods asked of the shell (see the export dialog's backend request). */
interface GenericPickers {
  pickFileToSave(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  pickFileToOpen(options: { defaultPath?: string; filters: FileFilter[] }): Promise<string | null>;
}

const shell = desktopShell as (typeof desktopShell & Partial<GenericPickers>) | undefined;

export const pickFileToSave: GenericPickers['pickFileToSave'] | undefined =
  typeof shell?.pickFileToSave === 'function' ? shell.pickFileToSave.bind(shell) : undefined;

export const pickFileToOpen: GenericPickers['pickFileToOpen'] | undefined =
  typeof shell?.pickFileToOpen === 'function' ? shell.pickFileToOpen.bind(shell) : undefined;
