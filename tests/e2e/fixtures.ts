// Each test gets a fresh project (with the sample corpus) in a temp folder, served by the real web bridge.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { createProjectFile } from '../../electron/core/project/session';
import { serveProject } from '../../electron/web/serve-project';

export interface Served {
  url: string;
  token: string;
  origin: string;
  dir: string;
  projectPath: string;
}

export const test = base.extend<{ served: Served; app: Page }>({
  served: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-e2e-'));
    const projectPath = path.join(dir, 'e2e.framebench');
    const bridge = await serveProject(createProjectFile(projectPath, { sample: true }));
    await use({ url: bridge.url, token: bridge.token, origin: `http://127.0.0.1:${bridge.port}`, dir, projectPath });
    await bridge.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, served }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url);
    await use(page);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  },
});

export { expect } from '@playwright/test';
