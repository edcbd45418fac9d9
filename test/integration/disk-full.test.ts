// A disk that fills up mid-import never costs a conversation: SQLite itself answers "database or disk
// is full" (PRAGMA max_page_count) at many points of an import (binaries, mid-file, the final mark),
// and, where the tests run as root, a real tmpfs fills up. Each time the error is disk-full, the
// archive passes integrity_check, its rows are exactly those its saved progress describes, and the
// import resumed once space is free ends with the archive an uninterrupted import gives.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../src-main/core/open-archive.js';
import { openArchiveDb, type ArchiveDb } from '../../src-main/core/db/archive-db.js';
import {
  countExportConversations,
  parseProgress,
  type ExportRow,
} from '../../src-main/core/db/export-repository.js';
import { freeBytesIn } from '../../src-main/core/db/storage-failure.js';
import { BlobStore } from '../../src-main/core/blobs/blob-store.js';
import { importExport } from '../../src-main/core/import/importer.js';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { fingerprintArchive } from '../support/archive-fingerprint.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();
const BATCH = 10;

async function twoExports(dir: string): Promise<{ first: string; second: string }> {
  const first = join(dir, 'first.zip');
  const second = join(dir, 'second.zip');
  await writeExportZip(generateExport({ era: '2024', conversations: 30, seed: 3 }), first);
  await writeExportZip(generateExport({ era: '2025', conversations: 120, seed: 4 }), second);
  return { first, second };
}

function open(data: string): { db: ArchiveDb; blobs: BlobStore } {
  return { db: openArchiveDb(join(data, 'archive.sqlite')), blobs: new BlobStore(join(data, 'blobs')) };
}

/** Rows and the progress saved with them agree: every conversation the progress counts is there. */
function expectProgressMatchesRows(db: ArchiveDb): void {
  for (const row of db.prepare("SELECT * FROM exports WHERE status != 'complete'").all() as ExportRow[]) {
    const progress = parseProgress(row);
    const read = Object.values(progress.read).reduce((sum, n) => sum + n, 0);
    expect(countExportConversations(db, row.id)).toBe(read);
    const files = db.prepare('SELECT count(*) FROM export_files WHERE export_id = ?').pluck().get(row.id);
    expect(files).toBe(progress.blobs);
  }
}

describe('a disk that fills up during an import', () => {
  it('stops with disk-full wherever it happens, keeps whole batches only, and the resumed import loses nothing', async () => {
    const dir = temp();
    const { first, second } = await twoExports(dir);

    // The archive an import that was never interrupted gives.
    const whole = join(dir, 'whole');
    {
      const { db, blobs } = open(whole);
      await importExport(db, blobs, first, { batchSize: BATCH });
      const pagesBefore = db.pragma('page_count', { simple: true }) as number;
      expect((await importExport(db, blobs, second, { batchSize: BATCH })).status).toBe('imported');
      const pagesAfter = db.pragma('page_count', { simple: true }) as number;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      (globalThis as { pagesNeeded?: number }).pagesNeeded = pagesAfter - pagesBefore;
    }
    const expected = fingerprintArchive(join(whole, 'archive.sqlite'));
    const pagesNeeded = (globalThis as { pagesNeeded?: number }).pagesNeeded as number;

    // The first export alone, copied for each try.
    const base = join(dir, 'base');
    {
      const { db, blobs } = open(base);
      await importExport(db, blobs, first, { batchSize: BATCH });
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    }

    // Each try: the first export's archive, a page limit, and optionally ballast that one statement
    // of the import writes (so that SQLite runs out of pages exactly there).
    const tryWith = async (label: string, room: number, ballastOn?: string) => {
      const data = join(dir, `try-${label}`);
      mkdirSync(data, { recursive: true });
      copyFileSync(join(base, 'archive.sqlite'), join(data, 'archive.sqlite'));
      const { db, blobs } = open(data);
      if (ballastOn) {
        db.exec(`CREATE TABLE ballast (x); CREATE TRIGGER ballast_on ${ballastOn} BEGIN
          INSERT INTO ballast VALUES (zeroblob(200000)); END;`);
      }
      const limit = (db.pragma('page_count', { simple: true }) as number) + room;
      db.pragma(`max_page_count = ${limit}`);
      let phase = '';
      const failed = await importExport(db, blobs, second, {
        batchSize: BATCH,
        onProgress: (progress) => (phase = progress.phase),
      });
      expect(failed.status, label).toBe('failed');
      expect(failed.error?.code, failed.error?.message).toBe('disk-full');
      expect(failed.error?.message).toContain(data);
      expect(failed.error?.message).toMatch(/Nothing was lost/);
      expect(db.inTransaction).toBe(false);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expectProgressMatchesRows(db);
      expect(db.prepare("SELECT count(*) FROM exports WHERE status = 'complete'").pluck().get()).toBe(1);

      // Space is freed: the same ZIP carries on and ends where an uninterrupted import does.
      db.exec('DROP TABLE IF EXISTS ballast; DROP TRIGGER IF EXISTS ballast_on;');
      db.pragma('max_page_count = 1073741823');
      const resumed = await importExport(db, blobs, second, { batchSize: BATCH });
      expect(resumed.status, resumed.error?.message).toBe('imported');
      expect((await importExport(db, blobs, second)).status).toBe('already-imported');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const got = fingerprintArchive(join(data, 'archive.sqlite'));
      expect(got.conversations).toEqual(expected.conversations);
      expect(got.messages).toBe(expected.messages);
      expect(got.nodes).toBe(expected.nodes);
      expect(got.artifacts).toBe(expected.artifacts);
      expect(got.blobs).toEqual(expected.blobs);
      expect(got.integrity).toBe('ok');
      return phase;
    };

    // In the middle of the file, near its end, at the final mark, and while storing binaries.
    expect(await tryWith('quarter', Math.round(pagesNeeded / 4))).toBe('conversations');
    expect(await tryWith('half', Math.round(pagesNeeded / 2))).toBe('conversations');
    expect(await tryWith('near-the-end', Math.round(pagesNeeded * 0.9))).toBe('conversations');
    const finalMark = "AFTER UPDATE OF status ON exports WHEN new.status = 'complete'";
    expect(await tryWith('final-mark', pagesNeeded, finalMark)).toBe('finishing');
    expect(await tryWith('binaries', 10, 'AFTER INSERT ON export_files')).toBe('binaries');
  });
});

const asRoot = process.getuid?.() === 0 && process.platform === 'linux';

describe.runIf(asRoot)('a real disk that fills up (tmpfs)', () => {
  const mounted: string[] = [];
  afterEach(() => {
    for (const point of mounted.splice(0)) execFileSync('umount', ['-l', point]);
  });
  const mountTmpfs = (megabytes: number) => {
    const point = temp('archivist-tmpfs');
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', point]);
    mounted.push(point);
    return point;
  };

  it('refuses an import that cannot fit before writing anything', async () => {
    const dir = temp();
    const { first, second } = await twoExports(dir);
    const data = join(mountTmpfs(40), 'data');
    const { db, blobs } = open(data);
    expect((await importExport(db, blobs, first)).status).toBe('imported');
    // Fill the disk but for a little, so the second export cannot fit.
    const filler = join(data, '..', 'filler');
    writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytesIn(data) - 2 * 1024 * 1024)));
    const refused = await importExport(db, blobs, second);
    expect(refused.status).toBe('failed');
    expect(refused.error?.code).toBe('disk-full');
    expect(refused.error?.message).toContain(data);
    expect(refused.error?.message).toMatch(/needs about .* more than is free/);
    expect(db.prepare('SELECT count(*) FROM exports').pluck().get()).toBe(1);
    rmSync(filler);
    expect((await importExport(db, blobs, second)).status).toBe('imported');
    db.close();
  });

  it.each(['binaries', 'conversations'])(
    'stops with disk-full when the disk fills while storing %s, and carries on once space is free',
    async (fillAt) => {
      const dir = temp();
      const { first, second } = await twoExports(dir);
      const expectedDir = join(dir, 'whole');
      {
        const { db, blobs } = open(expectedDir);
        await importExport(db, blobs, first, { batchSize: BATCH });
        await importExport(db, blobs, second, { batchSize: BATCH });
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
      const data = join(mountTmpfs(200), 'data');
      const { db, blobs } = open(data);
      await importExport(db, blobs, first, { batchSize: BATCH });
      // Something else fills the disk once the conversations are being written.
      const filler = join(data, '..', 'filler');
      let filled = false;
      const failed = await importExport(db, blobs, second, {
        batchSize: BATCH,
        onProgress: (progress) => {
          if (filled || progress.phase !== fillAt) return;
          filled = true;
          try {
            writeFileSync(filler, Buffer.alloc(freeBytesIn(data)));
          } catch {
            // ENOSPC once the disk is full: what is written stays.
          }
        },
      });
      expect(filled).toBe(true);
      expect(failed.status).toBe('failed');
      expect(failed.error?.code).toBe('disk-full');
      expect(db.inTransaction).toBe(false);
      rmSync(filler);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expectProgressMatchesRows(db);
      expect((await importExport(db, blobs, second, { batchSize: BATCH })).status).toBe('imported');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const got = fingerprintArchive(join(data, 'archive.sqlite'));
      const want = fingerprintArchive(join(expectedDir, 'archive.sqlite'));
      expect(got.conversations).toEqual(want.conversations);
      expect(got.nodes).toBe(want.nodes);
      expect(got.blobs).toEqual(want.blobs);
    },
  );

  it('keeps the queued job that met a full disk and runs it again at the next start', async () => {
    const dir = temp();
    const { second } = await twoExports(dir);
    const point = mountTmpfs(4);
    const data = join(point, 'data');
    const first = openArchive({ dataFolder: data });
    try {
      const job = await first.enqueueImport({ path: second });
      await first.imports.idle();
      const [failed] = await first.listImportJobs({});
      expect(failed?.id).toBe(job.id);
      expect(failed?.status).toBe('failed');
      expect(failed?.error?.code).toBe('disk-full');
    } finally {
      await first.close();
    }
    // The person frees space (here: the disk grows); the next start carries on by itself.
    execFileSync('mount', ['-o', 'remount,size=200m', point]);
    const next = openArchive({ dataFolder: data });
    try {
      next.imports.start();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await next.imports.idle();
      const [retried] = await next.listImportJobs({});
      expect(retried?.status).toBe('done');
      expect(retried?.report?.conversations.added).toBe(120);
    } finally {
      await next.close();
    }
  });
});
