// The desktop's notifications over a real archive, fed its events as main.ts feeds them: each import
// is announced when it finishes (an export already in is not), uploads whose originals may be on this
// computer are announced once, after the import that found them, and a click on a native notification
// opens the window at the notice's route (Electron's Notification is a stand-in: none runs here).

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveEventName } from '../../../src-shared/contract/archive-contract.js';
import type { ArchiveService } from '../../../src-main/core/archive-service.js';
import { openArchive } from '../../../src-main/core/open-archive.js';
import {
  createDesktopNotices,
  showNatively,
  type DesktopNotices,
} from '../../../src-main/electron/desktop-notices.js';
import type { DesktopNotice } from '../../../src-main/electron/import-notice.js';
import { makeConversation, USER_JSON } from '../../support/conversation-factory.js';
import { useTempFolders } from '../../support/temp-folder.js';
import { writeZip } from '../../support/zip-writer.js';

const temp = useTempFolders();

/** An export whose one conversation carries uploads (name and size), named with ChatGPT's date. */
async function exportWithUploads(
  folder: string,
  day: string,
  conversationId: string,
  uploads: readonly { name: string; size: number }[],
): Promise<string> {
  const conversation = makeConversation(conversationId, [
    { role: 'user', text: 'Here are my files' },
    { role: 'assistant', text: 'Thanks' },
  ]);
  const first = (conversation.mapping as Record<string, { message: { metadata: Record<string, unknown> } }>)[
    `${conversationId}-0`
  ];
  first!.message.metadata['attachments'] = uploads.map((upload, i) => ({
    id: `file-${conversationId}${i}`,
    name: upload.name,
    size: upload.size,
  }));
  const file = join(folder, `4f2a-${day}-09-12-44-8b1c.zip`);
  await writeZip(file, [
    { name: 'conversations.json', data: JSON.stringify([conversation]) },
    { name: 'user.json', data: USER_JSON },
  ]);
  return file;
}

async function importQueued(service: ArchiveService, path: string): Promise<void> {
  await service.enqueueImport({ path });
  service.imports.start();
  await service.imports.idle();
}

describe('the desktop’s notifications', () => {
  it('announce each import, and uploads that may have originals here once, after their import', async () => {
    const dir = temp();
    const home = join(dir, 'home');
    await mkdir(join(home, 'a'), { recursive: true });
    // Two files that may each be the budget the person uploaded: only they can say which.
    await writeFile(join(home, 'budget.xlsx'), Buffer.alloc(500, 'x'));
    await writeFile(join(home, 'a', 'budget.xlsx'), Buffer.alloc(500, 'x'));
    await writeFile(join(home, 'photo (1).jpg'), Buffer.alloc(700, 'x'));

    const shown: DesktopNotice[] = [];
    let notices: DesktopNotices | null = null;
    // While set, events are kept to be heard later one at a time, each check let finish before the
    // next event: the slowest the app could hear them.
    let recorded: [ArchiveEventName, unknown][] | null = null;
    const service = openArchive({
      dataFolder: join(dir, 'data'),
      publish: (name, payload) => (recorded ? recorded.push([name, payload]) : notices?.hear(name, payload)),
    });
    notices = createDesktopNotices({
      show: (notice) => shown.push(notice),
      candidateLinks: () => service.listLinks({ status: 'candidate' }),
      onProblem: (message) => {
        throw new Error(message);
      },
    });
    try {
      await notices.start();
      const june = await exportWithUploads(dir, '2025-06-01', 'budget-talk', [
        { name: 'budget.xlsx', size: 500 },
      ]);
      await importQueued(service, june);
      await notices.settled();
      expect(shown).toEqual([
        {
          title: 'Export imported',
          body: 'Export of 1 Jun 2025: 1 new conversation',
          route: expect.stringMatching(/^\/\?from=2025-04-03&to=2025-06-01&account=/),
        },
      ]);

      // The person looks for originals (from the window, say): one upload waits for their verdict.
      await service.relink({ roots: [home] });
      await notices.settled();
      expect(shown.slice(1)).toEqual([
        {
          title: 'Originals found',
          body: '1 upload may have its original on this computer',
          route: '/conversation/budget-talk',
        },
      ]);

      // The next export (without June's conversation) has an upload matched as it is imported: its
      // notice follows the import's own, and counts all that wait.
      const july = await exportWithUploads(dir, '2025-07-02', 'holiday', [{ name: 'photo.jpg', size: 700 }]);
      recorded = [];
      await importQueued(service, july);
      const events = recorded;
      recorded = null;
      expect(events.map(([name]) => name)).toContain('archiveChanged');
      for (const [name, payload] of events) {
        notices.hear(name, payload as never);
        await notices.settled();
      }
      expect(shown.slice(2).map((notice) => notice.body)).toEqual([
        'Export of 2 Jul 2025: 1 new conversation, 1 no longer in your account',
        '2 uploads may have their originals on this computer',
      ]);
      expect(shown[3]?.route).toBe('/?kinds=upload');

      // The June export lying in Downloads again (the watcher queues it at each start): nothing to say.
      await importQueued(service, june);
      await service.relink({ roots: [home] });
      await notices.settled();
      expect(shown).toHaveLength(4);
    } finally {
      await service.close();
    }
  });

  it('do not repeat at start what was waiting before', async () => {
    const dir = temp();
    const home = join(dir, 'home');
    await mkdir(join(home, 'a'), { recursive: true });
    await writeFile(join(home, 'budget.xlsx'), Buffer.alloc(500, 'x'));
    await writeFile(join(home, 'a', 'budget.xlsx'), Buffer.alloc(500, 'x'));
    const data = join(dir, 'data');
    const before = openArchive({ dataFolder: data });
    await before.importExport({
      path: await exportWithUploads(dir, '2025-06-01', 'budget-talk', [{ name: 'budget.xlsx', size: 500 }]),
    });
    await before.relink({ roots: [home] });
    await before.close();

    const shown: DesktopNotice[] = [];
    let notices: DesktopNotices | null = null;
    const service = openArchive({
      dataFolder: data,
      publish: (name, payload) => notices?.hear(name, payload),
    });
    notices = createDesktopNotices({
      show: (notice) => shown.push(notice),
      candidateLinks: () => service.listLinks({ status: 'candidate' }),
      onProblem: (message) => {
        throw new Error(message);
      },
    });
    try {
      await notices.start();
      await service.refreshLinks();
      await service.relink({ roots: [home] });
      await notices.settled();
      expect(shown).toEqual([]);
    } finally {
      await service.close();
    }
  });
});

describe('a native notification', () => {
  class StandInNotification {
    static supported = true;
    static made: StandInNotification[] = [];
    static isSupported() {
      return StandInNotification.supported;
    }
    readonly listeners = new Map<string, () => void>();
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      StandInNotification.made.push(this);
    }
    on(event: 'click' | 'close', listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
  }
  const notice = { title: 'Export imported', body: 'Export of 1 Jun 2025: nothing new', route: '/?from=x' };

  it('shows the notice’s two lines, and a click opens the window at its route', () => {
    const opened: string[] = [];
    showNatively(StandInNotification, (route) => opened.push(route))(notice);
    const made = StandInNotification.made.at(-1)!;
    expect(made.options).toEqual({ title: 'Export imported', body: 'Export of 1 Jun 2025: nothing new' });
    expect(made.shown).toBe(true);
    made.listeners.get('click')!();
    expect(opened).toEqual(['/?from=x']);
  });

  it('shows nothing where the system has no notifications', () => {
    StandInNotification.supported = false;
    const before = StandInNotification.made.length;
    showNatively(StandInNotification, () => {})(notice);
    expect(StandInNotification.made).toHaveLength(before);
    StandInNotification.supported = true;
  });
});
