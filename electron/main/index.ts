// Electron main: a secure window, the menu, native dialogs, and the API contract over one IPC channel.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session as electronSession } from 'electron';
import { createDispatcher } from '../../shared/api/dispatch';
import type { FileFilter } from '../../shared/api/window-api';
import { createHandlers } from '../core/handlers';
import { defaultDataDir, openDefaultProject } from '../core/project/default-project';
import { ProjectSession } from '../core/project/session';
import { CONTENT_SECURITY_POLICY } from '../web/static';
import { buildMenu } from './menu';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '../renderer/index.html');

// better-sqlite3 compiled for Electron's ABI lives apart from the Node build that tests and the CLI use.
const electronSqlite = path.join(here, '../../native/electron/better_sqlite3.node');
if (!process.env.FRAMEBENCH_SQLITE_BINDING && fs.existsSync(electronSqlite)) process.env.FRAMEBENCH_SQLITE_BINDING = electronSqlite;

let window: BrowserWindow | null = null;

function createWindow() {
  window = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Framebench',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.on('closed', () => (window = null));
  void window.loadFile(rendererIndex);
}

function isOwnFrame(url: string | undefined) {
  return !!url && url.startsWith('file://') && fileURLToPath(url) === rendererIndex;
}

app.whenReady().then(() => {
  const dataDir = process.env.FRAMEBENCH_DATA_DIR ? defaultDataDir() : app.getPath('userData');
  const projectSession = new ProjectSession(openDefaultProject(dataDir));
  const dispatch = createDispatcher(createHandlers(projectSession), (method, error) => console.error(`[api] ${method}`, error));

  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
  ipcMain.handle('api', (event, method: string, args: unknown) => {
    if (!isOwnFrame(event.senderFrame?.url)) return { ok: false, error: { code: 'forbidden', message: 'unknown sender' } };
    return dispatch(method, args);
  });
  ipcMain.handle('dialog', async (event, kind: 'open' | 'save', options: { defaultPath?: string; filters?: FileFilter[] } = {}) => {
    if (!isOwnFrame(event.senderFrame?.url) || !window) return null;
    if (kind === 'open') {
      const result = await dialog.showOpenDialog(window, { properties: ['openFile'], defaultPath: options.defaultPath, filters: options.filters });
      return result.canceled ? null : result.filePaths[0];
    }
    const result = await dialog.showSaveDialog(window, { defaultPath: options.defaultPath, filters: options.filters });
    return result.canceled ? null : (result.filePath ?? null);
  });

  buildMenu(() => window);
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
  app.on('will-quit', () => projectSession.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
