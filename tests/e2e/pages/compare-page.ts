// Page object for the Compare view: the story picker, side-by-side columns, the coverage matrix, sourcing and aggregates.
import type { Locator, Page } from '@playwright/test';

type Tab = 'Side by side' | 'Coverage' | 'Sourcing' | 'Aggregates';

export class ComparePage {
  readonly view: Locator;
  readonly story: Locator;
  readonly columns: Locator;
  readonly coverage: Locator;
  readonly coverageRows: Locator;
  readonly aggregates: Locator;
  readonly suggestions: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('main', { name: 'Compare view' });
    this.story = this.view.getByLabel('Story', { exact: true });
    this.columns = this.view.getByTestId('compare-column');
    this.coverage = this.view.getByRole('grid', { name: 'Coverage matrix' });
    this.coverageRows = this.coverage.getByTestId('coverage-row');
    this.aggregates = this.view.getByTestId('aggregates-pane');
    this.suggestions = this.view.getByRole('complementary', { name: 'Suggested stories' });
    this.notice = page.getByTestId('notice');
  }

  viewButton(): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare', exact: true });
  }

  async open(tab?: Tab) {
    if (!(await this.view.isVisible())) await this.viewButton().click();
    await this.view.waitFor();
    if (tab) await this.tab(tab);
  }

  async tab(name: Tab) {
    await this.view.getByRole('tablist', { name: 'Compare sections' }).getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** The column showing the article of this outlet (the first, when the outlet has several shown). */
  column(outlet: string): Locator {
    return this.view.locator(`[data-testid="compare-column"][data-outlet=${JSON.stringify(outlet)}]`).first();
  }

  columnOf(articleId: number): Locator {
    return this.view.locator(`[data-testid="compare-column"][data-article="${articleId}"]`);
  }

  /** A segment of a column's text that holds the words. */
  segment(column: Locator, text: string): Locator {
    return column.getByTestId('compare-text').locator('.seg', { hasText: text }).first();
  }

  /** The article ids of the columns, in order. */
  async columnArticles(): Promise<number[]> {
    return (await this.columns.evaluateAll((els) => els.map((e) => e.getAttribute('data-article')))).map(Number);
  }

  coverageRow(label: string | RegExp): Locator {
    return this.coverageRows.filter({ has: this.page.getByTestId('coverage-label').getByText(label) });
  }

  coverageCell(row: Locator, outlet: string): Locator {
    return row.locator(`[data-testid="coverage-cell"][data-outlet=${JSON.stringify(outlet)}]`);
  }

  measure(name: 'Frames' | 'Tone' | 'Stance' | 'Quote share'): Locator {
    return this.aggregates.getByRole('radiogroup', { name: 'Measure' }).getByRole('radio', { name, exact: true });
  }

  aggregateCell(row: string, column: string): Locator {
    return this.aggregates.locator(`[data-testid="agg-cell"][data-row=${JSON.stringify(row)}][data-col=${JSON.stringify(column)}]`);
  }
}
