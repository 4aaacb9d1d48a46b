// The sandboxed preload: exposes only `window.api` (one generic call) and `window.shell` (dialogs, menu), never ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, WindowApi, WindowShell } from '../../shared/api/window-api';

const PROJECT_FILTERS = [{ name: 'Framebench project', extensions: ['framebench'] }];

const api: WindowApi = {
  call: (method, args) => ipcRenderer.invoke('api', method, args),
};

const shell: WindowShell = {
  pickProjectToOpen: () => ipcRenderer.invoke('dialog', 'open', { filters: PROJECT_FILTERS }),
  pickProjectToSave: (defaultName) => ipcRenderer.invoke('dialog', 'save', { defaultPath: defaultName, filters: PROJECT_FILTERS }),
  pickFileToSave: (options) => ipcRenderer.invoke('dialog', 'save', options),
  pickFileToOpen: (options) => ipcRenderer.invoke('dialog', 'open', options),
  onMenu(listener) {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on('menu', handler);
    return () => ipcRenderer.removeListener('menu', handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('shell', shell);
