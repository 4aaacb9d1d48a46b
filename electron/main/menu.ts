// The application menu: File, Edit, View, Help; commands go to the renderer as 'menu' events.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/window-api';

export function buildMenu(getWindow: () => BrowserWindow | null) {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send('menu', command);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: send('project.new') },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: send('project.open') },
        { label: 'Save Project As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('project.saveAs') },
        { type: 'separator' },
        { label: 'Import Articles…', accelerator: 'CmdOrCtrl+I', click: send('import.open') },
        { label: 'Import Codebook, Codings or REFI-QDA…', click: send('exchange.import') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export.open') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Undo and redo go to the project history (codings, codebook, actors); text fields keep their own undo.
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('history.undo') },
        { label: 'Redo', accelerator: process.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z', click: send('history.redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+1', click: send('view.library') },
        { label: 'Code', accelerator: 'CmdOrCtrl+2', click: send('view.code') },
        { label: 'Codebook', accelerator: 'CmdOrCtrl+3', click: send('view.codebook') },
        { label: 'Reliability', accelerator: 'CmdOrCtrl+4', click: send('view.reliability') },
        { label: 'Compare', accelerator: 'CmdOrCtrl+5', click: send('view.compare') },
        { type: 'separator' },
        { label: 'Find', accelerator: 'CmdOrCtrl+F', click: send('search.focus') },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts  (?)', click: send('help.shortcuts') },
        { label: `Framebench ${app.getVersion()}`, enabled: false },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
