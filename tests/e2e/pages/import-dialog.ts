// Page object for the import dialog: file input, defaults, the Import button and the per-file report.
import type { Locator, Page } from '@playwright/test';

export class ImportDialog {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly outlet: Locator;
  readonly date: Locator;
  readonly story: Locator;
  readonly submit: Locator;
  readonly reportRows: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import articles' });
    this.fileInput = this.dialog.getByTestId('import-file-input');
    this.outlet = this.dialog.getByLabel('Outlet');
    this.date = this.dialog.getByLabel('Date');
    this.story = this.dialog.getByLabel('Story');
    this.submit = this.dialog.getByTestId('import-submit');
    this.reportRows = this.dialog.getByTestId('import-report-row');
    this.summary = this.dialog.getByTestId('import-summary');
  }

  async open() {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await this.dialog.waitFor();
    return this;
  }

  reportRow(fileName: string): Locator {
    return this.reportRows.filter({ hasText: fileName });
  }

  async importFiles(paths: string[]) {
    await this.fileInput.setInputFiles(paths);
    await this.submit.click();
    await this.reportRows.first().waitFor();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
