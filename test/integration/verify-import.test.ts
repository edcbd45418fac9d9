// `archivist import --verify` re-reads a known export and adds back whatever the archive lost
// (conversations, messages, stored files), while a plain re-import stays a fast no-op; and an export
// is never marked complete while the archive misses part of it.

import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import { openArchiveDb } from '../../src-main/core/db/archive-db.js';
import { BlobStore } from '../../src-main/core/blobs/blob-store.js';
import { importExport } from '../../src-main/core/import/importer.js';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { fingerprintArchive } from '../support/archive-fingerprint.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();

/** Loses what the data-loss bug lost: whole conversations with their messages, and a stored file. */
function loseSomething(archive: string, blobs: string): { conversations: number; blobPath: string } {
  const db = new Database(archive);
  try {
    const ids = db.prepare('SELECT id FROM conversations ORDER BY id LIMIT 5').pluck().all() as string[];
    const sha = db
      .prepare('SELECT blob_sha256 FROM export_files ORDER BY path LIMIT 1')
      .pluck()
      .get() as string;
    db.transaction(() => {
      for (const id of ids) {
        for (const table of ['decisions', 'decision_runs', 'conversation_exports']) {
          db.prepare(`DELETE FROM ${table} WHERE conversation_id = ?`).run(id);
        }
        db.prepare('DELETE FROM timeline_items WHERE conversation_id = ?').run(id);
        db.prepare(
          'DELETE FROM links WHERE artifact_id IN (SELECT id FROM artifacts WHERE conversation_id = ?)',
        ).run(id);
        db.prepare('DELETE FROM artifacts WHERE conversation_id = ?').run(id);
        db.prepare(
          'DELETE FROM messages_fts WHERE rowid IN (SELECT rowid FROM messages WHERE conversation_id = ?)',
        ).run(id);
        db.prepare(
          `INSERT INTO titles_fts (titles_fts, rowid, title)
           SELECT 'delete', rowid, title FROM conversations WHERE id = ? AND title IS NOT NULL`,
        ).run(id);
        db.prepare('DELETE FROM messages WHERE conversation_id = ?').run(id);
        db.prepare('DELETE FROM conversations WHERE id = ?').run(id);
      }
      db.exec(`DELETE FROM timeline_days;
        INSERT INTO timeline_days (day, kind, account_id, count)
        SELECT CAST(time / 86400 AS INTEGER), kind, coalesce(account_id, ''), count(*) FROM timeline_items GROUP BY 1, 2, 3`);
    })();
    const blobPath = join(blobs, sha.slice(0, 2), sha.slice(2));
    rmSync(blobPath);
    // And one stored file damaged in place: same size, other bytes.
    const other = db
      .prepare('SELECT blob_sha256 FROM export_files WHERE blob_sha256 != ? ORDER BY path LIMIT 1')
      .pluck()
      .get(sha) as string;
    const otherPath = join(blobs, other.slice(0, 2), other.slice(2));
    const bytes = readFileSync(otherPath);
    bytes[0] = bytes[0] === 0 ? 1 : 0;
    writeFileSync(otherPath, bytes);
    return { conversations: ids.length, blobPath };
  } finally {
    db.close();
  }
}

describe('import --verify', () => {
  it('adds back the conversations and files the archive lost; a plain re-import stays a no-op', async () => {
    const dir = temp();
    const zip = join(dir, 'export.zip');
    await writeExportZip(generateExport({ era: '2025', conversations: 40, seed: 11 }), zip);
    const data = join(dir, 'data');
    const archive = join(data, 'archive.sqlite');
    expect(runCli(data, ['import', zip, '--json']).status).toBe(0);
    const whole = fingerprintArchive(archive);

    const lost = loseSomething(archive, join(data, 'blobs'));
    expect(fingerprintArchive(archive).conversations.length).toBe(
      whole.conversations.length - lost.conversations,
    );
    const plain = runCli(data, ['import', zip, '--json']).json<ImportReport[]>()[0];
    expect(plain?.status).toBe('already-imported');

    const run = runCli(data, ['import', '--verify', zip, '--json']);
    expect(run.status).toBe(0);
    const verified = run.json<ImportReport[]>()[0];
    expect(verified?.status).toBe('verified');
    expect(verified?.repaired).toEqual({ conversations: lost.conversations, binaries: 2 });
    const repaired = fingerprintArchive(archive);
    expect(repaired.conversations).toEqual(whole.conversations);
    expect(repaired.nodes).toBe(whole.nodes);
    expect(repaired.artifacts).toBe(whole.artifacts);
    expect(repaired.integrity).toBe('ok');
    const check = runCli(data, ['check', '--json']);
    expect(check.status, check.stdout).toBe(0);

    const human = runCli(data, ['import', '--verify', zip]);
    expect(human.stdout).toMatch(/verified; the archive holds everything this export holds/);
    expect(runCli(data, ['import', zip, '--json']).json<ImportReport[]>()[0]?.status).toBe(
      'already-imported',
    );
  });

  it('never marks an export complete while the archive misses part of it', async () => {
    const dir = temp();
    const zip = join(dir, 'export.zip');
    const generated = generateExport({ era: '2024', conversations: 20, seed: 12 });
    await writeExportZip(generated, zip);
    const db = openArchiveDb(join(dir, 'data', 'archive.sqlite'));
    const blobs = new BlobStore(join(dir, 'data', 'blobs'));
    // A fault that drops one conversation's record as it is written.
    const victim = generated.expected.conversationIds[3] as string;
    db.prepare(
      `CREATE TRIGGER lose AFTER INSERT ON conversation_exports WHEN new.conversation_id = '${victim}' BEGIN
         DELETE FROM conversation_exports WHERE conversation_id = new.conversation_id; END`,
    ).run();
    const failed = await importExport(db, blobs, zip);
    expect(failed.status).toBe('failed');
    expect(failed.error?.code).toBe('import-incomplete');
    expect(failed.error?.message).toContain(zip);
    expect(failed.error?.message).toMatch(/20 conversations were read but the archive holds 19/);
    expect(db.prepare("SELECT count(*) FROM exports WHERE status = 'complete'").pluck().get()).toBe(0);

    db.exec('DROP TRIGGER lose');
    const again = await importExport(db, blobs, zip);
    expect(again.status).toBe('imported');
    expect(db.prepare('SELECT count(*) FROM conversation_exports').pluck().get()).toBe(20);
    db.close();
  });

  it('leaves a complete export complete when a verify is cut short', async () => {
    const dir = temp();
    const zip = join(dir, 'export.zip');
    await writeExportZip(generateExport({ era: '2025', conversations: 20, seed: 13 }), zip);
    const db = openArchiveDb(join(dir, 'data', 'archive.sqlite'));
    const blobs = new BlobStore(join(dir, 'data', 'blobs'));
    expect((await importExport(db, blobs, zip)).status).toBe('imported');
    const cancel = new AbortController();
    cancel.abort();
    const cut = await importExport(db, blobs, zip, { verify: true, signal: cancel.signal });
    expect(cut.error?.code).toBe('import-cancelled');
    expect(db.prepare('SELECT status FROM exports').pluck().all()).toEqual(['complete']);
    expect((await importExport(db, blobs, zip)).status).toBe('already-imported');
    db.close();
  });
});
