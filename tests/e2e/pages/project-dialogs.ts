// Page object for the Project menu and the browser-mode project dialogs (a server-side path).
import type { Locator, Page } from '@playwright/test';

type Action = 'New project…' | 'Open project…' | 'Save project as…';
const TITLES: Record<Action, string> = { 'New project…': 'New project', 'Open project…': 'Open project', 'Save project as…': 'Save project as' };

export class ProjectDialogs {
  readonly name: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByTestId('project-name');
    this.count = page.getByTestId('project-count');
  }

  /** Opens the dialog for an action and fills in the path; returns the dialog. */
  async start(action: Action, path: string, options: { sample?: boolean } = {}): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Project' }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
    const dialog = this.page.getByRole('dialog', { name: TITLES[action] });
    await dialog.getByLabel('Project file path').fill(path);
    if (options.sample) await dialog.getByLabel(/sample corpus/).check();
    return dialog;
  }

  async run(action: Action, path: string, options: { sample?: boolean } = {}) {
    const dialog = await this.start(action, path, options);
    await dialog.getByRole('button', { name: /^(Create project|Open|Save copy)$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
