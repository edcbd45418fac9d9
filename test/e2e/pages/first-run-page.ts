// The guide an empty archive shows.

import type { Locator, Page } from 'playwright-core';

export class FirstRunPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get exportSteps(): Locator {
    return this.page.getByText('Settings → Data controls → Export data');
  }

  /** The folder the guide says Archivist is watching. */
  get watchedFolder(): Locator {
    return this.page.locator('.steps code.folder-path');
  }
}
