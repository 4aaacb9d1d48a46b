// Page object for the workbench: search box, article list, sidebar filters and the reader.
import type { Locator, Page } from '@playwright/test';

export class LibraryPage {
  readonly search: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly searchError: Locator;
  readonly reader: Locator;
  readonly readerTitle: Locator;
  readonly readerOutlet: Locator;
  readonly importButton: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search articles' });
    this.list = page.getByRole('listbox', { name: 'Articles' });
    this.rows = this.list.getByRole('option');
    this.summary = page.getByTestId('result-summary');
    this.searchError = page.getByTestId('search-error');
    this.reader = page.getByRole('region', { name: 'Reader' });
    this.readerTitle = this.reader.getByRole('heading', { level: 1 });
    this.readerOutlet = this.reader.getByTestId('reader-outlet');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.notice = page.getByTestId('notice');
  }

  /** Waits until the list has loaded its first page. */
  async ready() {
    await this.rows.first().waitFor();
    return this;
  }

  row(index: number): Locator {
    return this.list.locator(`#article-row-${index}`);
  }

  rowByTitle(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByTestId('row-title').getByText(title) });
  }

  async searchFor(query: string) {
    await this.search.fill(query);
  }

  outletCheckbox(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Filters' }).getByRole('checkbox', { name, exact: true });
  }

  async open(title: string | RegExp) {
    await this.rowByTitle(title).first().click();
    await this.readerTitle.waitFor();
  }
}
