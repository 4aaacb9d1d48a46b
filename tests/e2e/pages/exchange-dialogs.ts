// Page objects for the Export dialog and the "Import codebook / codings / REFI-QDA" dialog (Project menu, Ctrl+E).
import type { Locator, Page } from '@playwright/test';

async function fromProjectMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

export class ExportDialog {
  readonly dialog: Locator;
  readonly path: Locator;
  readonly submit: Locator;
  readonly result: Locator;
  readonly summary: Locator;
  readonly writtenPath: Locator;
  readonly labelsFile: Locator;
  readonly error: Locator;
  readonly csvOptions: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export' });
    this.path = this.dialog.getByLabel('Save to');
    this.submit = this.dialog.getByTestId('export-submit');
    this.result = this.dialog.getByTestId('export-result');
    this.summary = this.dialog.getByTestId('export-summary');
    this.writtenPath = this.dialog.getByTestId('export-path');
    this.labelsFile = this.dialog.getByTestId('export-labels-file');
    this.error = this.dialog.getByRole('alert');
    this.csvOptions = this.dialog.getByTestId('csv-options');
  }

  async open() {
    await fromProjectMenu(this.page, 'Export…');
    await this.dialog.waitFor();
    return this;
  }

  async openWithKey() {
    await this.page.keyboard.press('Control+e');
    await this.dialog.waitFor();
    return this;
  }

  /** A radio of the dialog: an export kind ("Codebook CSV"), a delimiter ("Semicolon"), or a matrix cell choice. */
  option(name: string): Locator {
    return this.dialog.getByRole('radio', { name, exact: true });
  }

  check(name: string | RegExp): Locator {
    return this.dialog.getByRole('checkbox', { name });
  }

  /** Picks a kind, optionally sets the path, exports, and waits for the result. */
  async export(kind: string, path?: string) {
    await this.option(kind).check();
    if (path !== undefined) await this.path.fill(path);
    await this.submit.click();
    await this.result.waitFor();
  }

  async close() {
    await this.dialog.getByRole('button', { name: /^(Done|Cancel)$/ }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

export class ExchangeImportDialog {
  readonly dialog: Locator;
  readonly path: Locator;
  readonly formulaGuard: Locator;
  readonly submit: Locator;
  readonly report: Locator;
  readonly summary: Locator;
  readonly errors: Locator;
  readonly outcomes: Locator;
  readonly undoHint: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import codebook / codings / REFI-QDA' });
    this.path = this.dialog.getByLabel('File path');
    this.formulaGuard = this.dialog.getByRole('checkbox', { name: /formula-injection guard/ });
    this.submit = this.dialog.getByTestId('exchange-import-submit');
    this.report = this.dialog.getByTestId('exchange-report');
    this.summary = this.dialog.getByTestId('exchange-report-summary');
    this.errors = this.dialog.getByTestId('exchange-error');
    this.outcomes = this.dialog.getByTestId('exchange-outcome');
    this.undoHint = this.dialog.getByTestId('exchange-undo-hint');
  }

  async open() {
    await fromProjectMenu(this.page, 'Import codebook / codings / REFI-QDA…');
    await this.dialog.waitFor();
    return this;
  }

  kind(name: string): Locator {
    return this.dialog.getByRole('radio', { name, exact: true });
  }

  /** Picks the kind, fills the path and imports; waits for a new report. */
  async run(kind: string, path: string) {
    await this.kind(kind).check();
    await this.path.fill(path);
    await this.submit.click();
    await this.report.waitFor();
  }

  async close() {
    await this.dialog.getByRole('button', { name: /^(Done|Cancel)$/ }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
