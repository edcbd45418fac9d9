// Every kind of broken or hostile input: a clear error naming the file and the reason, nothing
// written outside the data folder, no partial export shown as complete, and an archive that opens.

import Database from 'better-sqlite3';
import { createWriteStream, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import type { ConversationDetail } from '../../src-shared/model/conversation.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import type { SearchResult } from '../../src-shared/model/search.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

function expectArchiveOpens(data: string): void {
  const db = new Database(join(data, 'archive.sqlite'), { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
}

function importFailing(file: string, code: string, reason: RegExp) {
  const dir = join(file, '..');
  const before = readdirSync(dir).sort();
  const data = join(dir, 'data');
  const run = runCli(data, ['import', file, '--json']);
  expect(run.status).toBe(1);
  const [report] = run.json<ImportReport[]>();
  expect(report?.status).toBe('failed');
  expect(report?.error?.code).toBe(code);
  expect(report?.error?.message).toContain(file);
  expect(report?.error?.message).toMatch(reason);
  const human = runCli(data, ['import', file]);
  expect(human.status).toBe(1);
  expect(human.stdout + human.stderr).toContain(file);
  expect(readdirSync(dir).sort()).toEqual([...new Set([...before, 'data'])].sort());
  expect(runCli(data, ['stats', '--json']).json<ArchiveStats>().exports).toBe(0);
  expectArchiveOpens(data);
  return { data, report };
}

const good = (id: string) =>
  makeConversation(id, [
    { role: 'user', text: `question ${id}` },
    { role: 'assistant', text: `answer ${id}` },
  ]);

describe('bad input', () => {
  it('a file that is not a ZIP', () => {
    const file = join(temp(), 'notes.zip');
    writeFileSync(file, 'just some text, not a zip at all');
    importFailing(file, 'not-a-zip', /not a ZIP/);
  });

  it('a truncated ZIP', async () => {
    const dir = temp();
    const whole = join(dir, 'whole.zip');
    await writeZip(whole, [
      { name: 'conversations.json', data: JSON.stringify([good('a'), good('b')]) },
      { name: 'user.json', data: USER_JSON },
    ]);
    const file = join(dir, 'export.zip');
    const bytes = (await import('node:fs')).readFileSync(whole);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    (await import('node:fs')).rmSync(whole);
    importFailing(file, 'zip-truncated', /incomplete or damaged.*cut short/);
  });

  it('a ZIP whose listing says conversations.json is smaller than it inflates to', async () => {
    const file = join(temp(), 'export.zip');
    await writeZip(file, [
      { name: 'conversations.json', data: JSON.stringify([good('a'), good('b')]) },
      { name: 'user.json', data: USER_JSON },
    ]);
    const fs = await import('node:fs');
    const bytes = fs.readFileSync(file);
    // The central directory record of conversations.json (the first one) gets an uncompressed size
    // 10 bytes short of the truth.
    const record = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(bytes.readUInt32LE(record + 24) - 10, record + 24);
    fs.writeFileSync(file, bytes);
    const data = join(file, '..', 'data');
    const run = runCli(data, ['import', file, '--json']);
    expect(run.status).toBe(1);
    const [report] = run.json<ImportReport[]>();
    expect(report?.status).toBe('failed');
    expect(report?.error?.message).toMatch(/too many bytes/);
    expect(runCli(data, ['search', 'question', '--json']).json<SearchResult>().hits).toEqual([]);
    expectArchiveOpens(data);
  });

  it('a ZIP that is no export', async () => {
    const file = join(temp(), 'photos.zip');
    await writeZip(file, [{ name: 'holiday.txt', data: 'sunny' }]);
    importFailing(file, 'not-an-export', /not a ChatGPT export/);
  });

  it('a zip bomb: 1 GB of spaces in about 1 MB', async () => {
    const file = join(temp(), 'bomb.zip');
    const zip = new yazl.ZipFile();
    const chunk = Buffer.alloc(16 * 1024 * 1024, 0x20);
    let left = 64;
    zip.addReadStream(
      new Readable({
        read() {
          this.push(left-- > 0 ? chunk : null);
        },
      }),
      'conversations.json',
      { compressionLevel: 9 },
    );
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(file));
    importFailing(file, 'zip-bomb', /zip bomb/);
  });

  it.each([
    ['../x', /climbs out/],
    ['/etc/x', /absolute/],
  ])('an entry named %s', async (name, reason) => {
    const dir = temp();
    const file = join(dir, 'evil.zip');
    // yazl refuses to write such names, so the ZIP is patched after writing: same length, new name.
    const placeholder = name === '../x' ? 'aa/x' : 'aetc/x';
    await writeZip(file, [
      { name: 'conversations.json', data: JSON.stringify([good('a')]) },
      { name: placeholder, data: 'payload', compress: false },
    ]);
    const fs = await import('node:fs');
    const bytes = fs.readFileSync(file);
    const from = Buffer.from(placeholder);
    const to = Buffer.from(name === '../x' ? '../x' : '/etc/x');
    for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
    fs.writeFileSync(file, bytes);
    importFailing(file, 'zip-unsafe-entry', reason);
    expect(fs.existsSync(join(dir, '..', 'x'))).toBe(false);
  });

  it('conversations.json cut mid-array: the complete conversations are kept, the cut is reported', async () => {
    const file = join(temp(), 'cut.zip');
    const whole = JSON.stringify([good('a'), good('b'), good('c')]);
    const cut = whole.slice(0, whole.indexOf('"c-root"') + 20);
    await writeZip(file, [
      { name: 'conversations.json', data: cut },
      { name: 'user.json', data: USER_JSON },
    ]);
    const { data, report } = importFailing(
      file,
      'export-truncated',
      /element 3.*the 2 complete conversations/,
    );
    expect(report?.conversations.added).toBe(2);
    expect(runCli(data, ['stats', '--json']).json<ArchiveStats>().conversations).toBe(2);
  });

  it('one malformed conversation among good ones: the good ones are imported, the bad one reported', async () => {
    const dir = temp();
    const file = join(dir, 'export.zip');
    const text = `[${JSON.stringify(good('a'))}, {"id": "broken", "mapping": {"x": tru}}, {"title": "no id"}, ${JSON.stringify(good('b'))}]`;
    await writeZip(file, [
      { name: 'conversations.json', data: text },
      { name: 'user.json', data: USER_JSON },
    ]);
    const data = join(dir, 'data');
    const run = runCli(data, ['import', file, '--json']);
    expect(run.status).toBe(0);
    const [report] = run.json<ImportReport[]>();
    expect(report).toMatchObject({ status: 'imported', conversations: { added: 2 } });
    const malformed = report?.warnings.filter((w) => w.code === 'conversation-malformed') ?? [];
    expect(malformed).toHaveLength(2);
    expect(malformed[0]?.message).toMatch(/conversations\.json: conversation #2 .*malformed JSON/);
    expect(malformed[1]?.message).toMatch(/conversation #3 .*has no id/);
    expect(report?.warnings.some((w) => w.code === 'removal-check-skipped')).toBe(true);
    expectArchiveOpens(data);
  });

  it('a parent cycle in the mapping tree', async () => {
    const dir = temp();
    const file = join(dir, 'export.zip');
    const conversation = good('loop');
    const mapping = conversation.mapping as Record<string, { parent: string | null }>;
    (mapping['loop-root'] as { parent: string | null }).parent = 'loop-1';
    await writeZip(file, [{ name: 'conversations.json', data: JSON.stringify([conversation]) }]);
    const data = join(dir, 'data');
    expect(runCli(data, ['import', file]).status).toBe(0);
    const detail = runCli(data, ['show', 'loop', '--json']).json<ConversationDetail>();
    expect(detail.messages.map((m) => m.text)).toEqual(['question loop', 'answer loop']);
  });

  it('a 20 MB message', async () => {
    const dir = temp();
    const file = join(dir, 'export.zip');
    const words = Array.from({ length: 2_000_000 }, (_, i) => (i === 1_234_567 ? 'needleword' : 'filler'));
    const huge = makeConversation('huge', [
      { role: 'user', text: words.join(' ').slice(0, 20 * 1024 * 1024) },
      { role: 'assistant', text: 'that was long' },
    ]);
    await writeZip(file, [{ name: 'conversations.json', data: JSON.stringify([huge, good('small')]) }]);
    const data = join(dir, 'data');
    const run = runCli(data, ['import', file, '--json']);
    expect(run.status).toBe(0);
    expect(run.json<ImportReport[]>()[0]?.conversations.added).toBe(2);
    const result = runCli(data, ['search', 'needleword', '--json']).json<SearchResult>();
    expect(result.hits[0]?.conversationId).toBe('huge');
  });

  it('a path that does not exist', () => {
    const dir = temp();
    const missing = join(dir, 'nowhere.zip');
    const run = runCli(join(dir, 'data'), ['import', missing, '--json']);
    expect(run.status).toBe(1);
    expect(run.json<ImportReport[]>()[0]?.error).toMatchObject({
      code: 'file-not-found',
      message: expect.stringContaining(missing),
    });
  });
});
