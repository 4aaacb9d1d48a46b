// Page object for the sidebar's stories and the story dialogs.
import type { Locator, Page } from '@playwright/test';

export class StoriesPanel {
  readonly items: Locator;
  readonly allArticles: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByTestId('story-item');
    this.allArticles = page.getByRole('button', { name: /^All articles/ });
  }

  item(name: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('story-name').getByText(name, { exact: true }) });
  }

  count(name: string): Locator {
    return this.item(name).getByTestId('story-count');
  }

  async create(name: string) {
    await this.page.getByRole('button', { name: 'New story' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New story' });
    await dialog.getByLabel('Story name').fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async rename(from: string, to: string) {
    await this.item(from).hover();
    await this.page.getByRole('button', { name: `Rename story ${from}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename story' });
    await dialog.getByLabel('Story name').fill(to);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async delete(name: string) {
    await this.item(name).hover();
    await this.page.getByRole('button', { name: `Delete story ${name}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete story' });
    await dialog.getByRole('button', { name: 'Delete story' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
