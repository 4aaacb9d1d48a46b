// Page object for the suggestions tab of the coding panel: quote attributions and proposed entities.
import type { Locator, Page } from '@playwright/test';

export class SuggestionsPanel {
  readonly list: Locator;
  readonly quotes: Locator;
  readonly entities: Locator;
  readonly active: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: 'Suggestions' });
    this.quotes = this.list.getByTestId('quote-suggestion');
    this.entities = this.list.getByTestId('entity-suggestion');
    this.active = this.list.locator('.suggestion.is-active');
  }

  quote(text: string): Locator {
    return this.quotes.filter({ hasText: text });
  }

  /** Moves the keyboard cursor down to the quote containing the text. */
  async walkTo(text: string) {
    const texts = await this.list.locator('.suggestion').allTextContents();
    const index = texts.findIndex((t) => t.includes(text));
    if (index < 0) throw new Error(`no suggestion with “${text}”`);
    await this.list.press('Home');
    for (let i = 0; i < index; i++) await this.list.press('ArrowDown');
  }
}
