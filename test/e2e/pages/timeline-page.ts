// The timeline as a person uses it: day headings, cards, j/k and Enter. Shared by the browser and the
// Electron suites.

import type { Locator, Page } from 'playwright-core';

export class TimelinePage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('listbox', { name: 'Timeline' });
  }

  get cards(): Locator {
    return this.list.getByRole('option');
  }

  get dayHeadings(): Locator {
    return this.page.locator('.day-heading');
  }

  card(title: string): Locator {
    return this.cards.filter({ hasText: title });
  }

  async waitForCards(): Promise<void> {
    await this.cards.first().waitFor();
  }

  async moveDown(times = 1): Promise<void> {
    for (let step = 0; step < times; step += 1) await this.page.keyboard.press('j');
  }

  async openSelected(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }

  /** The density strip's bars, a listbox of periods. */
  get densityStrip(): Locator {
    return this.page.getByRole('listbox', { name: /^Activity by/ });
  }

  get densityBars(): Locator {
    return this.densityStrip.getByRole('option');
  }

  /** Thumbnails the cards show, images the archive serves. */
  get thumbnails(): Locator {
    return this.list.locator('.thumb img');
  }

  selected(): Locator {
    return this.list.locator('[role="option"][aria-selected="true"]');
  }
}
