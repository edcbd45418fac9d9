// The Settings view as a person uses it: reached from the header, one switch or folder list per setting.

import type { Locator, Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Settings' });
  }

  /** The header's link to this view. */
  get link(): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Settings' });
  }

  /** Tabs from the top of the page to the header's Settings link and follows it, as a keyboard user would. */
  async openWithKeyboard(): Promise<void> {
    for (let presses = 0; presses < 20; presses += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.link.evaluate((link) => link === document.activeElement)) {
        await this.page.keyboard.press('Enter');
        await this.heading.waitFor();
        return;
      }
    }
    throw new Error('The Settings link is not reached with Tab from the top of the page.');
  }

  switch(name: string): Locator {
    return this.page.getByRole('switch', { name });
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }
}
