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
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
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
