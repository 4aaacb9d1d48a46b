// Page object for the coding workbench: views, the reader as coding surface, the margin list and the coding panel.
import type { Locator, Page } from '@playwright/test';

export class CodingPage {
  readonly reader: Locator;
  readonly body: Locator;
  readonly margin: Locator;
  readonly marginItems: Locator;
  readonly panel: Locator;
  readonly selectionText: Locator;
  readonly toneHint: Locator;
  readonly notice: Locator;
  readonly composer: Locator;

  constructor(readonly page: Page) {
    this.reader = page.getByRole('region', { name: 'Reader' });
    this.body = this.reader.getByTestId('reader-body');
    this.margin = page.getByRole('listbox', { name: 'Codings' });
    this.marginItems = this.margin.getByTestId('margin-item');
    this.panel = page.getByRole('complementary', { name: 'Coding panel' });
    this.selectionText = this.panel.getByTestId('selection-text');
    this.toneHint = this.panel.getByTestId('selection-section').getByTestId('tone-hint');
    this.notice = page.getByTestId('notice');
    this.composer = this.panel.getByTestId('stance-composer');
  }

  view(name: 'Library' | 'Code' | 'Codebook'): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  }

  /** Loads a codebook template from the Codebook view, then goes back to the Library. */
  /** The text of the reader's selection, across the segments it is drawn in. */
  async selectedText(): Promise<string> {
    return (await this.body.locator('.seg.is-selected').allTextContents()).join('');
  }

  async loadTemplate(name: string) {
    await this.view('Codebook').click();
    await this.page.getByRole('button', { name: 'Load template…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Load a codebook template' });
    await dialog.getByRole('button', { name: `Load ${name}`, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.page.getByTestId('cb-variable').first().waitFor();
    await this.view('Library').click();
  }

  /** A highlighted segment of the body containing the text. */
  highlight(text: string): Locator {
    return this.body.locator('.seg.is-coded', { hasText: text });
  }

  marginItem(label: string): Locator {
    return this.marginItems.filter({ hasText: label });
  }

  variableBlock(name: string): Locator {
    return this.panel.locator(`[data-testid="variable-block"][data-variable="${name}"]`);
  }

  activeVariable(): Locator {
    return this.panel.locator('.var-block.is-active');
  }

  /** The key the panel shows for a code of the active variable. */
  async keyOf(code: string): Promise<string> {
    const key = await this.activeVariable().getByRole('button', { name: new RegExp(`^${code}`) }).locator('kbd').textContent();
    if (!key) throw new Error(`no key shown for ${code}`);
    return key.toLowerCase();
  }

  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }
}
