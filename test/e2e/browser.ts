// Debian's Chromium driven by playwright-core (no browser download), headless, with nothing of its own
// reaching the network, so any request that leaves 127.0.0.1 was made by the page.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser cannot be started here, or null. */
export function whyNoBrowser(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install -y chromium)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** What a page did that a person would not want: dialogs opened, errors logged, requests sent away. */
export interface PageWatch {
  readonly dialogs: string[];
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
}

export async function openWatchedPage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch: PageWatch = { dialogs: [], consoleErrors: [], foreignRequests: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) watch.foreignRequests.push(request.url());
  });
  return { page, watch };
}

/**
 * axe-core's serious and critical findings on the page as it is now, one line each; `contrastOnly`
 * for a second colour scheme, where only colours differ from the first.
 */
export async function seriousAccessibilityProblems(page: Page, contrastOnly = false): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (contrastOnly ? builder.withRules(['color-contrast']) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

/** The natural width of an image once it has finished loading (0 when it failed): what a person sees. */
export async function loadedWidth(image: Locator): Promise<number> {
  await image.scrollIntoViewIfNeeded();
  return image.evaluate(
    (element: HTMLImageElement) =>
      new Promise<number>((resolve) => {
        if (element.complete) resolve(element.naturalWidth);
        element.addEventListener('load', () => resolve(element.naturalWidth));
        element.addEventListener('error', () => resolve(0));
      }),
  );
}
