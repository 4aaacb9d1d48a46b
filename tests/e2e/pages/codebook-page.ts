// Page object for the Codebook view: the variable document, the editor beside it and its dialogs.
import type { Locator, Page } from '@playwright/test';

export class CodebookPage {
  readonly doc: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.doc = page.getByRole('tree', { name: 'Codebook' });
    this.editor = page.getByRole('complementary', { name: 'Editor' });
  }

  async open() {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Codebook', exact: true }).click();
    await this.page.getByRole('button', { name: 'New variable' }).waitFor();
  }

  variable(name: string): Locator {
    return this.page.locator(`[data-testid="cb-variable"][data-name="${name}"]`);
  }

  code(variable: string, label: string): Locator {
    return this.variable(variable).locator(`[data-testid="cb-code"][data-label="${label}"]`);
  }

  /** Adds a variable and names it; the name field has focus after "New variable". */
  async addVariable(name: string) {
    await this.page.getByRole('button', { name: 'New variable' }).click();
    const field = this.editor.getByTestId('variable-name');
    await field.waitFor();
    await field.fill(name);
    await field.press('Enter');
    await this.variable(name).waitFor();
  }

  async addCode(variable: string, label: string) {
    await this.variable(variable).getByRole('treeitem', { level: 1 }).click();
    await this.editor.getByLabel('New code label').fill(label);
    await this.editor.getByLabel('New code label').press('Enter');
    await this.code(variable, label).waitFor();
  }

  async selectCode(variable: string, label: string) {
    await this.code(variable, label).click();
    await this.editor.getByTestId('code-editor').waitFor();
  }
}
