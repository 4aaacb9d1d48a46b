// What the Electron preload puts on `window`; the browser build has neither and talks HTTP instead.
import type { ApiResponse } from './contract';

/** `window.api`: the contract over IPC; one generic call, validated in the main process. */
export interface WindowApi {
  call(method: string, args: unknown): Promise<ApiResponse>;
}

export type MenuCommand =
  | 'project.new'
  | 'project.open'
  | 'project.saveAs'
  | 'import.open'
  | 'search.focus'
  | 'help.shortcuts'
  | 'history.undo'
  | 'history.redo'
  | 'view.library'
  | 'view.code'
  | 'view.codebook'
  | 'view.reliability'
  | 'view.compare'
  | 'export.open'
  | 'exchange.import';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** `window.shell`: native dialogs and menu commands, only in the desktop app. */
export interface WindowShell {
  pickProjectToOpen(): Promise<string | null>;
  pickProjectToSave(defaultName: string): Promise<string | null>;
  pickFileToSave(options: { defaultPath?: string; filters: FileFilter[] }): Promise<string | null>;
  pickFileToOpen(options: { defaultPath?: string; filters: FileFilter[] }): Promise<string | null>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}

/** The token header of the HTTP bridge, shared by server and client. */
export const TOKEN_HEADER = 'x-framebench-token';
