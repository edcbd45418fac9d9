// One archive across every export a person made: each conversation once, new nodes added, the newest
// export deciding titles, conversations gone from the account kept and marked, whatever the order.

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import type { ConversationDetail, ConversationSummary } from '../../src-shared/model/conversation.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import type { SearchResult } from '../../src-shared/model/search.js';
import { makeConversation } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const HEX64 = 'ab'.repeat(32);
const user = (id: string) => JSON.stringify({ id, email: `${id}@example.com` });

const turns = (id: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    role: i % 2 === 0 ? ('user' as const) : ('assistant' as const),
    text: `${id} turn ${i}`,
  }));

async function exportZip(
  dir: string,
  date: string,
  account: string,
  conversations: unknown[],
): Promise<string> {
  const file = join(dir, `${HEX64}-${date}-00-00-00-ff19c2fd898d44d9bc5945ee80c199ca.zip`);
  await writeZip(file, [
    { name: 'conversations.json', data: JSON.stringify(conversations) },
    { name: 'user.json', data: user(account) },
  ]);
  return file;
}

async function twoExports(dir: string) {
  const older = await exportZip(dir, '2025-01-01', 'user-alice', [
    makeConversation('a', turns('a', 2)),
    makeConversation('b', turns('b', 2), { title: 'Old title' }),
    makeConversation('c', turns('c', 2)),
  ]);
  const newerB = makeConversation('b', turns('b', 4), { title: 'New title', update_time: 1_800_000_000 });
  const newer = await exportZip(dir, '2025-06-01', 'user-alice', [
    makeConversation('a', turns('a', 2)),
    newerB,
    makeConversation('d', turns('d', 2)),
  ]);
  return { older, newer };
}

function expectSameFinalState(data: string): void {
  const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
  expect(stats).toMatchObject({
    accounts: 1,
    exports: 2,
    conversations: 4,
    removedUpstream: 1,
    messages: 10,
  });
  const list = runCli(data, ['conversations', '--json']).json<ConversationSummary[]>();
  const byId = new Map(list.map((c) => [c.id, c]));
  expect(byId.get('b')).toMatchObject({ title: 'New title', messageCount: 4 });
  expect(byId.get('b')?.exports).toHaveLength(2);
  expect(byId.get('c')).toMatchObject({ removedUpstream: true, messageCount: 2 });
  expect(byId.get('d')?.removedUpstream).toBe(false);
  const b = runCli(data, ['show', 'b', '--json']).json<ConversationDetail>();
  expect(b.messages.map((m) => m.text)).toEqual(['b turn 0', 'b turn 1', 'b turn 2', 'b turn 3']);
  const c = runCli(data, ['show', 'c', '--json']).json<ConversationDetail>();
  expect(c.messages).toHaveLength(2);
}

describe('across exports', () => {
  it('merges a newer export: new, updated, unchanged and removed from the account', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const { older, newer } = await twoExports(dir);
    const first = runCli(data, ['import', older, '--json']).json<ImportReport[]>()[0];
    expect(first?.conversations).toEqual({ added: 3, updated: 0, unchanged: 0, removedUpstream: 0 });
    const second = runCli(data, ['import', newer, '--json']).json<ImportReport[]>()[0];
    expect(second?.conversations).toEqual({ added: 1, updated: 1, unchanged: 1, removedUpstream: 1 });
    const human = runCli(data, ['import', newer]);
    expect(human.stdout).toMatch(/already in the archive/);
    expectSameFinalState(data);
  });

  it('tells the person what a newer export changed, in words', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const { older, newer } = await twoExports(dir);
    runCli(data, ['import', older]);
    const said = runCli(data, ['import', newer]).stdout;
    expect(said).toContain(
      'Export of 1 Jun 2025: 1 new conversation, 1 updated, 1 no longer in your account (1 unchanged)',
    );
  });

  it('ends in the same state when the older export arrives last', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const { older, newer } = await twoExports(dir);
    expect(runCli(data, ['import', newer, '--json']).json<ImportReport[]>()[0]?.conversations.added).toBe(3);
    const late = runCli(data, ['import', older, '--json']).json<ImportReport[]>()[0];
    expect(late?.conversations).toMatchObject({ added: 1, unchanged: 2, removedUpstream: 1 });
    expectSameFinalState(data);
  });

  it('keeps several accounts apart', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const { older, newer } = await twoExports(dir);
    const work = await exportZip(dir, '2025-09-01', 'user-work', [makeConversation('w', turns('w', 2))]);
    const imported = runCli(data, ['import', older, newer, work]);
    expect(imported.status, imported.stderr).toBe(0);
    const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
    expect(stats).toMatchObject({ accounts: 2, exports: 3, conversations: 5, removedUpstream: 1 });
    const workOnly = runCli(data, ['conversations', '--account', 'user-work', '--json']).json<
      ConversationSummary[]
    >();
    expect(workOnly.map((c) => c.id)).toEqual(['w']);
  });

  it('a conversation back in a newer export is no longer marked removed', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const { older, newer } = await twoExports(dir);
    const newest = await exportZip(dir, '2025-12-01', 'user-alice', [makeConversation('c', turns('c', 2))]);
    runCli(data, ['import', older, newer]);
    runCli(data, ['import', newest]);
    const list = runCli(data, ['conversations', '--json']).json<ConversationSummary[]>();
    expect(
      list
        .filter((c) => c.removedUpstream)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['a', 'b', 'd']);
  });

  it('search follows a message and a title edited in a newer export, and the index stays consistent', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const before = [
      { role: 'user' as const, text: 'Plan the walrus migration' },
      { role: 'assistant' as const, text: 'Walrus steps' },
    ];
    const after = [before[0]!, { role: 'assistant' as const, text: 'Zeppelin steps instead' }];
    const older = await exportZip(dir, '2025-01-01', 'user-alice', [
      makeConversation('e', before, { title: 'Arctic plans' }),
    ]);
    const newer = await exportZip(dir, '2025-06-01', 'user-alice', [
      makeConversation('e', after, { title: 'Airship plans', update_time: 1_800_000_000 }),
    ]);
    runCli(data, ['import', older]);
    expect(runCli(data, ['search', 'steps', '--json']).json<SearchResult>().hits[0]?.snippet).toBe(
      'Walrus «steps»',
    );
    runCli(data, ['import', newer]);
    const hitsFor = (text: string) =>
      runCli(data, ['search', text, '--json'])
        .json<SearchResult>()
        .hits.map((hit) => hit.snippet);
    expect(hitsFor('zeppelin')).toEqual(['«Zeppelin» steps instead']);
    expect(hitsFor('walrus')).toEqual(['Plan the «walrus» migration']);
    expect(hitsFor('airship')).toEqual(['«Airship» plans']);
    expect(hitsFor('arctic')).toEqual([]);
    const db = new Database(join(data, 'archive.sqlite'));
    try {
      for (const index of ['messages_fts', 'titles_fts']) {
        expect(() => db.exec(`INSERT INTO ${index} (${index}) VALUES ('integrity-check')`)).not.toThrow();
      }
    } finally {
      db.close();
    }
  });
});
