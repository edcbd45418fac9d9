// The desktop app itself, driven by Playwright's Electron support with the same page objects as the
// browser suite: it opens on the timeline from app://, speaks to the archive through the preload only
// (no Node in the page), finds a word and opens the conversation at it. Where no Electron binary could
// be installed (machines that reach only the npm registry), the suite is skipped and says why.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';
import { ReaderPage } from './pages/reader-page.js';
import { SearchPage } from './pages/search-page.js';
import { TimelinePage } from './pages/timeline-page.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src-main', 'main.js');

/** The Electron binary's path, or why there is none to run the app with. */
function electronBinary(): { path: string } | { missing: string } {
  const require = createRequire(import.meta.url);
  let folder: string;
  try {
    folder = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile))
    return { missing: 'the Electron binary could not be downloaded when the packages were installed' };
  const path = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(path)) return { missing: `${path} is missing` };
  if (!existsSync(MAIN)) return { missing: `${MAIN} is missing (npm run build)` };
  const native = join(ROOT, 'native');
  if (!existsSync(native) || !readdirSync(native).some((name) => name.startsWith('electron-')))
    return { missing: 'SQLite has no build for Electron in native/ (npm run build:sqlite-electron)' };
  return { path };
}

const binary = electronBinary();
const skipped = 'missing' in binary ? binary.missing : null;
if (skipped) console.warn(`Desktop app tests skipped: ${skipped}.`);
const temp = useTempFolders('suite');

describe.skipIf(skipped !== null)('the desktop app', () => {
  let app: ElectronApplication;
  let window: Page;

  beforeAll(async () => {
    const data = temp('archivist-data');
    const home = temp('archivist-home');
    const zip = join(temp('archivist-export'), 'chatgpt-export.zip');
    const decide = makeConversation('decide', [
      { role: 'user', text: 'Which queue should the ingestion service use?' },
      {
        role: 'assistant',
        text: 'We chose **RabbitMQ** over Kafka: the volumes are small and routing matters.',
      },
    ]);
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify([{ ...decide, title: 'Message queue choice' }]) },
      { name: 'user.json', data: USER_JSON },
    ]);
    const imported = runCli(data, ['import', zip]);
    expect(imported.status, imported.stderr).toBe(0);
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [MAIN],
      // Its own archive, and a home whose Downloads folder is empty, so nothing of this machine's is read.
      env: { ...process.env, ARCHIVIST_DATA: data, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
    });
    window = await app.firstWindow();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens on the timeline from app://, with no Node in the page', async () => {
    const timeline = new TimelinePage(window);
    await timeline.waitForCards();
    await timeline.card('Message queue choice').waitFor();
    expect(new URL(window.url()).protocol).toBe('app:');
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: typeof (globalThis as { archivist?: unknown }).archivist,
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });
  });

  it('finds a word as it is typed and opens the conversation at that message', async () => {
    const search = new SearchPage(window);
    await search.type('RabbitMQ');
    await search.hit('Message queue choice').waitFor();
    await search.openFirst();
    const reader = new ReaderPage(window);
    await reader.waitForMessages();
    expect(await reader.title.textContent()).toBe('Message queue choice');
    expect(await reader.targetedMessage.textContent()).toContain('RabbitMQ over Kafka');
  });

  it('keeps the window on the app: a link to elsewhere does not navigate it', async () => {
    const before = window.url();
    await window.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(window.url()).toBe(before);
  });
});
