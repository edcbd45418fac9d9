// Search as a person does it from anywhere in the window: `/`, type, arrows, Enter.

import type { Locator, Page } from 'playwright-core';

export class SearchPage {
  constructor(readonly page: Page) {}

  get field(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search your archive' });
  }

  get hits(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.page.keyboard.type(text);
  }

  hit(text: string): Locator {
    return this.hits.filter({ hasText: text });
  }

  async openFirst(): Promise<void> {
    await this.hits.first().waitFor();
    await this.page.keyboard.press('Enter');
  }
}
