// Issue 19: the archive stays near the size of the conversations it was imported from (at most 1.3×
// the JSON), and nothing is lost for it: every node's message reads back equal to the export's, search
// finds what it found before, and an archive made before messages were packed is converted on open.

import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../src-shared/model/search.js';
import { BlobStore } from '../../src-main/core/blobs/blob-store.js';
import { openArchiveDb, type ArchiveDb } from '../../src-main/core/db/archive-db.js';
import { storedConversation } from '../../src-main/core/db/conversation-repository.js';
import { MIGRATIONS, latestSchemaVersion, migrate } from '../../src-main/core/db/migrate.js';
import { unpackRaw, unpackText } from '../../src-main/core/db/message-packing.js';
import { searchArchive } from '../../src-main/core/db/search-repository.js';
import { importExport } from '../../src-main/core/import/importer.js';
import { readConversation } from '../../src-main/core/reader/conversation-reading.js';
import { checkArchive } from '../../src-main/core/safekeeping/archive-check.js';
import { generateExport } from '../support/export-generator/generate-export.js';
import { writeLargeConversationsJson } from '../support/export-generator/large-conversations-file.js';
import { writeExportZip } from '../support/export-generator/write-export.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();
const REAL = join(import.meta.dirname, '..', 'fixtures', 'real');
const REAL_EXPORTS = ['2023-06-pkuppens', '2023-09-realazthat-code-interpreter'];

type SourceConversation = { id: string; mapping: Record<string, { message: unknown }> };

async function importInto(db: ArchiveDb, dir: string, path: string): Promise<void> {
  const report = await importExport(db, new BlobStore(join(dir, 'blobs')), path);
  expect(report.status).toBe('imported');
}

/** Every node of every conversation of the source, its message read back from the archive. */
function expectEveryMessageKept(db: ArchiveDb, conversations: readonly SourceConversation[]): number {
  let nodes = 0;
  for (const conversation of conversations) {
    const stored = storedConversation(db, conversation.id);
    expect(stored, conversation.id).not.toBeNull();
    const raws = new Map(stored?.nodes.map((node) => [node.node_id, node.raw]));
    for (const [nodeId, node] of Object.entries(conversation.mapping)) {
      const raw = raws.get(nodeId);
      if (node.message)
        expect(JSON.parse(raw as string), `${conversation.id}/${nodeId}`).toEqual(node.message);
      else expect(raw ?? null).toBeNull();
      nodes += 1;
    }
  }
  return nodes;
}

function archiveBytes(db: ArchiveDb): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(db.name).size;
}

describe('archive size and what is kept (issue 19)', () => {
  it('reads back every node of the two real exports exactly as the export had it', async () => {
    for (const name of REAL_EXPORTS) {
      const dir = temp();
      const db = openArchiveDb(join(dir, 'archive.sqlite'));
      const file = join(REAL, name, 'conversations.json');
      await importInto(db, dir, file);
      const source = JSON.parse(readFileSync(file, 'utf8')) as SourceConversation[];
      expect(expectEveryMessageKept(db, source)).toBeGreaterThan(20);
      // The packed form is what is stored: a long message is not kept as plain JSON.
      expect(
        db.prepare(`SELECT count(*) FROM messages WHERE typeof(raw) = 'blob'`).pluck().get(),
      ).toBeGreaterThan(0);
      db.close();
    }
  });

  it('reads back every node of a generated export, and its archive is at most 1.3× its JSON', async () => {
    const dir = temp();
    const generated = generateExport({ era: '2025', conversations: 60, seed: 19 });
    const zip = join(dir, generated.zipFileName);
    await writeExportZip(generated, zip);
    const db = openArchiveDb(join(dir, 'data', 'archive.sqlite'));
    await importInto(db, dir, zip);
    const source = generated.files
      .filter((file) => /^conversations(-\d+)?\.json$/.test(file.name))
      .flatMap((file) => JSON.parse(file.data.toString('utf8')) as SourceConversation[]);
    expect(source.length).toBe(60);
    expectEveryMessageKept(db, source);
    db.close();

    const json = join(dir, 'conversations.json');
    await writeLargeConversationsJson(json, { targetBytes: 8 * 1024 * 1024, seed: 19, era: '2025' });
    const big = openArchiveDb(join(dir, 'big', 'archive.sqlite'));
    await importInto(big, join(dir, 'big'), json);
    const ratio = archiveBytes(big) / statSync(json).size;
    big.close();
    expect(ratio).toBeLessThanOrEqual(1.3);
    expect(ratio).toBeGreaterThan(0.5);
  });

  it('converts an archive made before packing: same search hits, every message kept, and smaller', async () => {
    const dir = temp();
    const file = join(dir, 'archive.sqlite');
    const generated = generateExport({ era: '2025', conversations: 40, seed: 20 });
    const zip = join(dir, generated.zipFileName);
    await writeExportZip(generated, zip);
    const pkuppens = join(REAL, REAL_EXPORTS[0] as string, 'conversations.json');

    // An archive at schema 13, as Archivist wrote it then: text and raw JSON stored plain, and the
    // message index an external-content table over the text.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrate(old, MIGRATIONS.slice(0, 13));
    await importInto(old, dir, zip);
    await importInto(old, dir, pkuppens);
    const rows = old.prepare('SELECT rowid, text, raw FROM messages').all() as {
      rowid: number;
      text: unknown;
      raw: unknown;
    }[];
    const plain = old.prepare('UPDATE messages SET text = ?, raw = ? WHERE rowid = ?');
    old.transaction(() => {
      for (const row of rows) {
        const text = unpackText(row.text);
        plain.run(
          text,
          unpackRaw(row.raw, () => text),
          row.rowid,
        );
      }
    })();
    expect(
      old
        .prepare(`SELECT count(*) FROM messages WHERE typeof(raw) = 'blob' OR typeof(text) = 'blob'`)
        .pluck()
        .get(),
    ).toBe(0);
    expect(() =>
      old.exec(`INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')`),
    ).not.toThrow();

    const sample = (
      old
        .prepare(`SELECT text FROM messages WHERE role = 'user' AND length(text) > 200 ORDER BY rowid`)
        .pluck()
        .all() as string[]
    ).flatMap((text) => text.match(/\b[a-z]{6,}\b/g) ?? []);
    expect(sample.length).toBeGreaterThan(20);
    const [word, other, third] = [0, 7, 19].map((index) => sample[index] ?? '') as [string, string, string];
    const queries: SearchQuery[] = [
      { text: word },
      { text: `${word.slice(0, 4)}*` },
      { text: `"${sample[3]} ${sample[4]}"` },
      { text: `${word} -${other}` },
      { text: `${word} OR ${third}`, role: 'user' },
      { text: third, from: '2020-01-01T00:00:00.000Z', limit: 50 },
    ];
    const before = queries.map((query) => searchArchive(old, query));
    expect(before.every((result) => result.total > 0)).toBe(true);
    old.prepare('VACUUM').run();
    const sizeBefore = archiveBytes(old);
    // A fault half way through packing (a full disk, say) leaves the archive as it was, at schema 13.
    const middle = (rows[Math.floor(rows.length / 2)] as { rowid: number }).rowid;
    old.exec(`CREATE TRIGGER fault AFTER UPDATE ON messages WHEN new.rowid = ${middle} BEGIN
      SELECT RAISE(ABORT, 'the disk gave out'); END`);
    old.close();
    expect(() => openArchiveDb(file)).toThrow();
    const untouched = new Database(file);
    expect(untouched.pragma('user_version', { simple: true })).toBe(13);
    expect(untouched.prepare(`SELECT count(*) FROM messages WHERE typeof(raw) = 'blob'`).pluck().get()).toBe(
      0,
    );
    expect(queries.map((query) => searchArchive(untouched, query))).toEqual(before);
    untouched.exec('DROP TRIGGER fault');
    untouched.close();

    const db = openArchiveDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(
      db.prepare(`SELECT count(*) FROM messages WHERE typeof(raw) = 'blob'`).pluck().get(),
    ).toBeGreaterThan(0);
    expect(queries.map((query) => searchArchive(db, query))).toEqual(before);
    const source = [
      ...generated.files
        .filter((member) => /^conversations(-\d+)?\.json$/.test(member.name))
        .flatMap((member) => JSON.parse(member.data.toString('utf8')) as SourceConversation[]),
      ...(JSON.parse(readFileSync(pkuppens, 'utf8')) as SourceConversation[]),
    ];
    expectEveryMessageKept(db, source);
    const first = source[0] as SourceConversation;
    expect(readConversation(db, first.id)?.nodes.some((node) => node.parts.length > 0)).toBe(true);
    // The space the plain rows took is given back on open; a re-import finds the export known.
    expect(archiveBytes(db)).toBeLessThan(sizeBefore * 0.6);
    expect((await importExport(db, new BlobStore(join(dir, 'blobs')), zip)).status).toBe('already-imported');
    db.close();
    expect((await checkArchive(dir)).problems).toEqual([]);
  });
});
