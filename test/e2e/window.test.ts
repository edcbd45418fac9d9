// The window in a real browser against the real `archivist serve`: what a person sees on an empty
// archive and on one with history, search to the message, hostile text staying inert, and no serious
// accessibility problem on any view. Screenshots of each view, light and dark, go to test-results/.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';
import { ArchivistServer, whyNoServe } from './archivist-server.js';
import { launchChromium, openWatchedPage, seriousAccessibilityProblems, type PageWatch } from './browser.js';
import { FirstRunPage } from './pages/first-run-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { SearchPage } from './pages/search-page.js';
import { TimelinePage } from './pages/timeline-page.js';

const notReady = whyNoServe();
if (notReady) console.warn(`Browser tests skipped: ${notReady}.`);
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results');
const temp = useTempFolders();

async function exportZip(folder: string): Promise<string> {
  const decide = makeConversation('decide', [
    { role: 'user', text: 'Which queue should the ingestion service use?' },
    {
      role: 'assistant',
      text: 'We chose **RabbitMQ** over Kafka: the volumes are small and routing matters.',
    },
  ]);
  const hostile = makeConversation('hostile', [
    {
      role: 'user',
      text: 'Look: <img src=x onerror=alert(1)> <script>alert(2)</script> <svg onload=alert(3)></svg>',
    },
    {
      role: 'assistant',
      text: 'Here: [open me](javascript:alert(4)) and ![tracker](https://tracker.example/pixel.png) and [docs](https://example.com/docs).\n\n<iframe src="https://evil.example/"></iframe>',
    },
  ]);
  const zip = join(folder, 'chatgpt-export.zip');
  const fork = forkedConversation();
  await writeZip(zip, [
    {
      name: 'conversations.json',
      data: JSON.stringify([
        { ...decide, title: 'Message queue choice' },
        { ...hostile, title: 'Hostile text' },
        fork,
      ]),
    },
    { name: 'user.json', data: USER_JSON },
  ]);
  return zip;
}

/** A question asked, then edited: branch 1 (Lisbon) is the one ChatGPT showed last, branch 2 (Porto) the edit. */
function forkedConversation() {
  const conversation = makeConversation('fork', [
    { role: 'user', text: 'Plan a weekend in Lisbon', createTime: 1_700_000_000 },
    { role: 'assistant', text: 'Lisbon: ride tram 28 and eat pastéis de nata.', createTime: 1_700_000_010 },
  ]);
  const mapping = conversation.mapping as Record<string, { children: string[] } & Record<string, unknown>>;
  mapping['fork-root']?.children.push('fork-e0');
  const message = (id: string, role: string, text: string, time: number) => ({
    id,
    author: { role, name: null, metadata: {} },
    create_time: time,
    content: { content_type: 'text', parts: [text] },
    status: 'finished_successfully',
    metadata: {},
    recipient: 'all',
  });
  mapping['fork-e0'] = {
    id: 'fork-e0',
    parent: 'fork-root',
    children: ['fork-e1'],
    message: message('fork-e0', 'user', 'Plan a weekend in Porto', 1_700_000_100),
  };
  mapping['fork-e1'] = {
    id: 'fork-e1',
    parent: 'fork-e0',
    children: [],
    message: message(
      'fork-e1',
      'assistant',
      'Porto: cross the Dom Luís bridge to the port cellars.',
      1_700_000_110,
    ),
  };
  return { ...conversation, title: 'Weekend plans', current_node: 'fork-1' };
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(SCREENSHOTS, `window-${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Errors a person never caused; the 404 of readConversation goes once the archive answers it. */
function unexpectedErrors(watch: PageWatch): string[] {
  return watch.consoleErrors.filter(
    (text) => !/Failed to load resource: the server responded with a status of 404/.test(text),
  );
}

describe.skipIf(notReady !== null)('the window in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  const servers: ArchivistServer[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 820 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await browser?.close();
  });

  async function serve(dataFolder: string): Promise<ArchivistServer> {
    const server = await ArchivistServer.start(dataFolder);
    servers.push(server);
    return server;
  }

  it('greets an empty archive with how to get an export', async () => {
    const server = await serve(temp('archivist-empty'));
    const { page, watch } = await openWatchedPage(context, server.origin);
    await page.goto(server.url);
    const firstRun = new FirstRunPage(page);
    await firstRun.exportSteps.waitFor();
    expect(await firstRun.heading.textContent()).toContain('ChatGPT history');
    expect(page.url()).not.toContain('#'); // the secret left the address bar
    await screenshot(page, 'first-run');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(unexpectedErrors(watch)).toEqual([]);
    await page.close();
  });

  describe('on an archive with history', () => {
    let server: ArchivistServer;
    beforeAll(async () => {
      const data = temp('archivist-data');
      const imported = runCli(data, ['import', await exportZip(temp('archivist-export'))]);
      expect(imported.status, imported.stderr).toBe(0);
      server = await serve(data);
    });

    it('shows the day and its conversations, and opens one with the keyboard', async () => {
      const { page, watch } = await openWatchedPage(context, server.origin);
      await page.goto(server.url);
      const timeline = new TimelinePage(page);
      await timeline.waitForCards();
      // makeConversation writes its messages at 2023-11-14T22:13:20Z.
      expect(await timeline.dayHeadings.first().textContent()).toContain('November 14, 2023');
      await timeline.card('Message queue choice').waitFor();
      await screenshot(page, 'timeline');
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await timeline.moveDown();
      expect(await timeline.selected().count()).toBe(1);
      await timeline.openSelected();
      await page.waitForURL(/\/conversation\//);
      await new ReaderPage(page).waitForMessages();
      expect(unexpectedErrors(watch)).toEqual([]);
      await page.close();
    });

    it('finds a word as it is typed and opens the conversation at that message', async () => {
      const { page, watch } = await openWatchedPage(context, server.origin);
      await page.goto(`${server.url}`);
      await new TimelinePage(page).waitForCards();
      const search = new SearchPage(page);
      await search.type('RabbitMQ');
      await page.waitForURL(/\/search\?q=RabbitMQ/);
      const hit = search.hit('Message queue choice');
      await hit.waitFor();
      expect(await hit.locator('mark').first().textContent()).toBe('RabbitMQ');
      await screenshot(page, 'search');
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await search.openFirst();
      await page.waitForURL(/\/conversation\/decide#message-decide-1$/);
      const reader = new ReaderPage(page);
      await reader.targetedMessage.locator('strong', { hasText: 'RabbitMQ' }).waitFor();
      expect(await reader.targetedMessage.textContent()).toContain('RabbitMQ over Kafka');
      expect(await reader.title.textContent()).toBe('Message queue choice');
      await screenshot(page, 'reader');
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page.goBack();
      await page.waitForURL(/\/search\?q=RabbitMQ/);
      await search.hit('Message queue choice').waitFor();
      expect(unexpectedErrors(watch)).toEqual([]);
      await page.close();
    });

    it('switches to the edited question at its fork and back', async (test) => {
      const { page, watch } = await openWatchedPage(context, server.origin);
      await page.goto(server.url);
      await new TimelinePage(page).waitForCards();
      const answers = await page.evaluate(() =>
        fetch('/api/readConversation', { method: 'POST', body: '{"id":"fork"}' })
          .then((response) => response.json())
          .then((envelope: { ok?: boolean }) => envelope.ok === true)
          .catch(() => false),
      );
      if (!answers) {
        test.skip('this build of archivist does not answer readConversation yet');
      }
      await page.goto(`${server.origin}/conversation/fork`);
      const reader = new ReaderPage(page);
      await reader.message('tram 28').waitFor();
      expect(await page.getByRole('group', { name: 'Version 1 of 2' }).count()).toBe(1);
      await reader.nextVersion.click();
      await page.waitForURL(/\/conversation\/fork\?branch=2$/);
      await reader.message('port cellars').waitFor();
      expect(await reader.message('tram 28').count()).toBe(0);
      expect(await page.getByRole('group', { name: 'Version 2 of 2' }).count()).toBe(1);
      await screenshot(page, 'reader-fork');
      await page.getByRole('button', { name: 'Previous version' }).click();
      await reader.message('tram 28').waitFor();
      expect(unexpectedErrors(watch)).toEqual([]);
      await page.close();
    });

    it('keeps hostile text inert: no script runs, no request leaves, no unsafe link', async () => {
      const { page, watch } = await openWatchedPage(context, server.origin);
      await page.goto(server.url);
      await new TimelinePage(page).waitForCards();
      await page.goto(`${server.origin}/conversation/hostile`);
      const reader = new ReaderPage(page);
      await reader.message('Here:').waitFor();
      await page.getByText('Remote image not loaded').waitFor();
      // What was written is shown as written, and none of it is markup.
      await reader.message('Look:').getByText('<img src=x onerror=alert(1)>', { exact: false }).waitFor();
      await reader.message('Here:').getByText('<iframe src="https://evil.example/"></iframe>').waitFor();
      expect(await page.locator('img[src="x"], script:not([src]), svg[onload], iframe').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await reader.message('Here:').getByRole('link', { name: 'open me' }).count()).toBe(0);
      const docs = reader.message('Here:').getByRole('link', { name: 'docs' });
      expect(await docs.getAttribute('href')).toBe('https://example.com/docs');
      expect(await docs.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await docs.getAttribute('target')).toBe('_blank');
      expect(watch.dialogs).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(unexpectedErrors(watch)).toEqual([]);
      await screenshot(page, 'reader-hostile');
      await page.close();
    });
  });
});
