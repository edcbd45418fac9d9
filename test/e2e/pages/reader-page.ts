// A conversation open in the reader: its messages, the one the address names, its branch controls.

import type { Locator, Page } from 'playwright-core';

export class ReaderPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.locator('.reader-head h1');
  }

  get messages(): Locator {
    return this.page.locator('article.message');
  }

  message(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }

  get targetedMessage(): Locator {
    return this.page.locator('article.message-targeted');
  }

  get nextVersion(): Locator {
    return this.page.getByRole('button', { name: 'Next version' });
  }

  async waitForMessages(): Promise<void> {
    await this.messages.first().waitFor();
  }
}
