// The sandboxed preload: exposes only `window.api` (one generic call) and `window.shell` (dialogs, menu), never ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, WindowApi, WindowShell } from '../../shared/api/window-api';

const api: WindowApi = {
  call: (method, args) => ipcRenderer.invoke('api', method, args),
};

const shell: WindowShell = {
  pickProjectToOpen: () => ipcRenderer.invoke('dialog', 'open'),
  pickProjectToSave: (defaultName) => ipcRenderer.invoke('dialog', 'save', defaultName),
  onMenu(listener) {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on('menu', handler);
    return () => ipcRenderer.removeListener('menu', handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('shell', shell);
