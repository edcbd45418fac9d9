// The two real exports, zipped as ChatGPT ships them, imported through the real CLI.

import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import type { ConversationDetail, ConversationSummary } from '../../src-shared/model/conversation.js';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import type { SearchResult } from '../../src-shared/model/search.js';
import type { ArtifactView } from '../../src-shared/model/artifact.js';
import { openArchive } from '../../src-main/core/open-archive.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const REAL = join(import.meta.dirname, '..', 'fixtures', 'real');
const PKUPPENS = join(REAL, '2023-06-pkuppens');
const CODE_INTERPRETER = join(REAL, '2023-09-realazthat-code-interpreter');
const ZIP_NAME =
  '3b00abafeed5c0de3b00abafeed5c0de3b00abafeed5c0de3b00abafeed5c0de-2023-06-12-10-00-00-ff19c2fd898d44d9bc5945ee80c199ca.zip';

type RawNode = {
  message: null | { author: { role: string }; content: { content_type: string; parts?: unknown[] } };
  parent: string | null;
};
type RawConversation = { id: string; current_node: string; mapping: Record<string, RawNode> };

/** OpenAI's own chat.html walk (getConversationMessages), returning node ids instead of text. */
function chatHtmlThread(conversation: RawConversation): string[] {
  const ids: string[] = [];
  let current: string | null = conversation.current_node;
  while (current !== null) {
    const node: RawNode = conversation.mapping[current] as RawNode;
    const m = node.message;
    const first = m?.content.parts?.[0];
    if (
      m &&
      m.content.content_type === 'text' &&
      typeof first === 'string' &&
      first.length > 0 &&
      m.author.role !== 'system'
    ) {
      ids.push(current);
    }
    current = node.parent;
  }
  return ids.reverse();
}

async function zipPkuppens(dir: string): Promise<string> {
  const zip = join(dir, ZIP_NAME);
  await writeZip(
    zip,
    ['conversations.json', 'user.json', 'message_feedback.json', 'model_comparisons.json'].map((name) => ({
      name,
      data: readFileSync(join(PKUPPENS, name)),
    })),
  );
  return zip;
}

describe('the real 2023 exports', () => {
  const temp = useTempFolders();

  it('imports every conversation, message and branch of the 2023-06 export, once', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const zip = await zipPkuppens(dir);

    const first = runCli(data, ['import', zip, '--json']);
    expect(first.status).toBe(0);
    const [report] = first.json<ImportReport[]>();
    expect(report).toMatchObject({
      file: zip,
      status: 'imported',
      account: expect.stringMatching(/^user-/),
      conversations: { added: 192, updated: 0, unchanged: 0, removedUpstream: 0 },
      messages: 1560,
    });

    const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
    expect(stats).toMatchObject({
      accounts: 1,
      exports: 1,
      conversations: 192,
      messages: 1560,
      removedUpstream: 0,
    });

    const conversations = runCli(data, ['conversations', '--json']).json<ConversationSummary[]>();
    expect(conversations).toHaveLength(192);
    expect(conversations.reduce((sum, c) => sum + c.messageCount, 0)).toBe(1560);
    expect(conversations[0]?.exports).toEqual([report?.exportId]);

    const again = runCli(data, ['import', zip, '--json']);
    expect(again.status).toBe(0);
    expect(again.json<ImportReport[]>()[0]).toMatchObject({
      status: 'already-imported',
      exportId: report?.exportId,
    });
    expect(runCli(data, ['stats', '--json']).json<ArchiveStats>().conversations).toBe(192);
  });

  it('keeps the 4 branch points and walks the visible thread as chat.html does', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    runCli(data, ['import', await zipPkuppens(dir)]);
    const raw = JSON.parse(readFileSync(join(PKUPPENS, 'conversations.json'), 'utf8')) as RawConversation[];
    const shown = runCli(data, ['show', raw[0]?.id as string, '--json']).json<ConversationDetail>();
    expect(shown).toMatchObject({
      id: raw[0]?.id,
      messages: expect.any(Array),
      branches: expect.any(Number),
    });
    const archive = openArchive({ dataFolder: data });
    let forks = 0;
    for (const conversation of raw) {
      const detail = await archive.getConversation({ id: conversation.id });
      forks += detail.branches;
      const ours = detail.messages
        .filter((m) => m.contentType === 'text' && m.role !== 'system' && m.text.length > 0)
        .map((m) => m.id);
      expect(ours, conversation.id).toEqual(chatHtmlThread(conversation));
    }
    await archive.close();
    expect(forks).toBe(4);
  });

  it('finds text on other branches and says so', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    runCli(data, ['import', await zipPkuppens(dir)]);
    const db = new Database(join(data, 'archive.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // A regenerated answer the user did not keep, in "Oscar for Rental Webshop".
    const result = runCli(data, ['search', '"provides some general"', '--json']).json<SearchResult>();
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({
      title: 'Oscar for Rental Webshop',
      onCurrentBranch: false,
      snippet: expect.stringContaining('«provides some general»'),
    });
    const visible = runCli(data, ['search', 'Oscar', '--json']).json<SearchResult>();
    expect(visible.hits.some((hit) => hit.onCurrentBranch)).toBe(true);
  });

  it('finds at most one decision in the 2023-06 export, which holds none', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    runCli(data, ['import', await zipPkuppens(dir)]);
    // Its chats are questions about code and careers; nothing in them is chosen. The learned scorer
    // trained on half of them and still finds one false decision among the other half ("Smarty PHP",
    // in a conversation about converting templates): that one is the bar.
    const found = runCli(data, ['decisions', '--json']).json<{ chosen: string }[]>();
    expect(found.length).toBeLessThanOrEqual(1);
  });

  it('keeps the Code Interpreter cells and outputs of the 2023-09 export', () => {
    const data = join(temp(), 'data');
    const run = runCli(data, ['import', join(CODE_INTERPRETER, 'conversations.json'), '--json']);
    expect(run.status).toBe(0);
    expect(run.json<ImportReport[]>()[0]).toMatchObject({
      status: 'imported',
      conversations: { added: 1 },
      messages: 44,
    });
    const code = runCli(data, ['artifacts', '--kind', 'code', '--json']).json<ArtifactView[]>();
    expect(code).toHaveLength(11);
    expect(code[0]).toMatchObject({
      kind: 'code',
      language: 'python',
      text: expect.stringContaining('sympy'),
    });
    const outputs = runCli(data, ['artifacts', '--kind', 'code_output', '--json']).json<ArtifactView[]>();
    expect(outputs.filter((o) => o.text !== null).length).toBeGreaterThan(0);
    const hits = runCli(data, ['search', 'integrate', '--kind', 'code', '--json']).json<SearchResult>();
    expect(hits.total).toBeGreaterThan(0);
  });
});
