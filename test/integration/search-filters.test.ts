// Search narrowed to one project or one account, in the window and at the command line: the hits in
// messages and in titles both stay inside it, a project is found by its id or by the name the person
// gave it, and a filter of the wrong shape is refused at the contract.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src-main/core/open-archive.js';
import { dispatchArchiveCall } from '../../src-shared/contract/archive-rpc.js';
import type { SearchQuery, SearchResult } from '../../src-shared/model/search.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const OTHER_USER_JSON = JSON.stringify({ id: 'user-other', email: 'other@example.com' });

const harbour = (id: string, title: string, extra: Record<string, unknown> = {}) =>
  makeConversation(id, [{ role: 'user', text: `Notes about the harbour for ${id}` }], { title, ...extra });

/** Four conversations that all speak of the harbour, in their title and in a message. */
async function archiveFolder(): Promise<{ dir: string; data: string }> {
  const dir = temp();
  const mine = join(dir, 'mine.zip');
  await writeZip(mine, [
    {
      name: 'conversations.json',
      data: JSON.stringify([
        harbour('thesis-lab', 'Thesis: harbour chapter', { gizmo_id: 'g-p-thesis' }),
        harbour('gpt-chat', 'Harbour pilot GPT', { gizmo_id: 'g-harbourpilot' }),
        harbour('loose', 'A harbour walk'),
      ]),
    },
    { name: 'user.json', data: USER_JSON },
  ]);
  const theirs = join(dir, 'theirs.zip');
  await writeZip(theirs, [
    {
      name: 'conversations.json',
      data: JSON.stringify([harbour('their-thesis', 'Their harbour sketches', { gizmo_id: 'g-p-thesis' })]),
    },
    { name: 'user.json', data: OTHER_USER_JSON },
  ]);
  const data = join(dir, 'data');
  const archive = openArchive({ dataFolder: data });
  try {
    await archive.importExport({ path: mine });
    await archive.importExport({ path: theirs });
  } finally {
    await archive.close();
  }
  return { dir, data };
}

/** Which conversations the hits name, and which of them were title hits, each sorted. */
function found(result: SearchResult) {
  const ids = (hits: SearchResult['hits']) => [...new Set(hits.map((hit) => hit.conversationId))].sort();
  return {
    messages: ids(result.hits.filter((hit) => hit.messageId !== null)),
    titles: ids(result.hits.filter((hit) => hit.messageId === null)),
    total: result.total,
  };
}

describe('search filters', () => {
  it('narrows message and title hits to one project, one account, or both', async () => {
    const { data } = await archiveFolder();
    const archive = openArchive({ dataFolder: data });
    try {
      const search = async (filters: Omit<SearchQuery, 'text'>) =>
        found(await archive.search({ text: 'harbour', ...filters }));
      const everyone = ['gpt-chat', 'loose', 'their-thesis', 'thesis-lab'];
      expect(await search({})).toEqual({ messages: everyone, titles: everyone, total: 8 });

      const thesis = ['their-thesis', 'thesis-lab'];
      expect(await search({ project: 'g-p-thesis' })).toEqual({ messages: thesis, titles: thesis, total: 4 });
      // A custom GPT is a filter too: its id is what the export carries.
      expect(await search({ project: 'g-harbourpilot' })).toEqual({
        messages: ['gpt-chat'],
        titles: ['gpt-chat'],
        total: 2,
      });
      expect(await search({ account: 'user-other' })).toEqual({
        messages: ['their-thesis'],
        titles: ['their-thesis'],
        total: 2,
      });
      expect(await search({ project: 'g-p-thesis', account: 'user-test0001' })).toEqual({
        messages: ['thesis-lab'],
        titles: ['thesis-lab'],
        total: 2,
      });
      // With a role filter titles are no hits at all; the project still narrows the messages.
      expect(await search({ project: 'g-p-thesis', role: 'user' })).toEqual({
        messages: thesis,
        titles: [],
        total: 2,
      });

      // By the name the person gave it, the way the timeline takes it.
      await expect(archive.search({ text: 'harbour', project: 'Thesis' })).rejects.toThrow(
        /No project is named "Thesis"/,
      );
      await archive.nameProject({ id: 'g-p-thesis', name: 'Thesis' });
      expect(await search({ project: ' thesis ' })).toEqual({ messages: thesis, titles: thesis, total: 4 });
      expect(await search({ project: 'g-p-nothing' })).toEqual({ messages: [], titles: [], total: 0 });
    } finally {
      await archive.close();
    }
  });

  it('refuses a project that is not a short string', async () => {
    const { data } = await archiveFolder();
    const archive = openArchive({ dataFolder: data });
    try {
      for (const project of [7, 'g-p-'.padEnd(300, 'x')]) {
        const answer = await dispatchArchiveCall(archive, 'search', { text: 'harbour', project });
        expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
    } finally {
      await archive.close();
    }
  });

  it('takes --project and --account at the command line', async () => {
    const { data } = await archiveFolder();
    const named = runCli(data, ['projects', 'name', 'g-p-thesis', 'Thesis']);
    expect(named.status, named.stderr).toBe(0);
    const run = (...args: string[]) => runCli(data, ['search', 'harbour', ...args, '--json']);
    expect(found(run('--project', 'Thesis').json<SearchResult>()).titles).toEqual([
      'their-thesis',
      'thesis-lab',
    ]);
    expect(found(run('--project', 'Thesis', '--account', 'user-other').json<SearchResult>())).toEqual({
      messages: ['their-thesis'],
      titles: ['their-thesis'],
      total: 2,
    });
    const unknown = runCli(data, ['search', 'harbour', '--project', 'Novel']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No project is named "Novel"');
    expect(runCli(data, ['help']).stdout).toContain('[--account ID] [--project ID|NAME] [--conversation ID]');
  });
});
