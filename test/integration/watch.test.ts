// `archivist watch` on a real folder with a real watcher: a download as browsers make it (a
// .crdownload written in chunks, then renamed) is imported once and never before the rename; the
// same export under another name is not imported again; a ZIP that is no export is skipped; a
// truncated export fails clearly and watching goes on; a killed import resumes on the next start.

import { copyFile, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import {
  generateExport,
  writeExportFolder,
  writeExportZip,
  writeLargeExportZip,
} from '../support/export-generator/generate-export.js';
import { CliProcess } from '../support/cli-process.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const running: CliProcess[] = [];
afterEach(async () => {
  for (const process of running.splice(0)) {
    process.signal('SIGKILL');
    await process.exited;
  }
});

function watch(data: string, args: readonly string[]): CliProcess {
  const process = new CliProcess(data, ['watch', '--json', ...args]);
  running.push(process);
  return process;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small export of an account of its own, so that it never counts as a copy of another. */
function exportOfAccount(id: string, seed: number) {
  return generateExport({ era: '2025', conversations: 2, seed, account: { id, email: `${id}@example.com` } });
}

/** A finished download lands in the watched folder once the watcher has had its first look. */
async function arrives(staged: string, final: string): Promise<void> {
  await sleep(1500);
  await rename(staged, final);
}

async function downloadLikeABrowser(bytes: Buffer, folder: string, finalName: string): Promise<void> {
  const partial = join(folder, `${finalName}.crdownload`);
  const handle = await open(partial, 'w');
  const chunks = 6;
  const size = Math.ceil(bytes.length / chunks);
  for (let i = 0; i < chunks; i++) {
    await handle.write(bytes.subarray(i * size, (i + 1) * size));
    await handle.sync();
    await sleep(400);
  }
  await handle.close();
  await rename(partial, join(folder, finalName));
}

describe('archivist watch', () => {
  it('imports a finished download once, skips copies and non-exports, and survives a broken ZIP', async () => {
    const dir = temp();
    const downloads = join(dir, 'Downloads');
    const data = join(dir, 'data');
    await mkdir(downloads);
    const generated = generateExport({ era: '2025', conversations: 12, seed: 5 });
    const staged = join(dir, 'staged.zip');
    await writeExportZip(generated, staged);
    const bytes = readFileSync(staged);

    const watcher = watch(data, ['--dir', downloads]);
    await sleep(1500);
    const downloading = downloadLikeABrowser(bytes, downloads, generated.zipFileName);
    await sleep(1200);
    expect(watcher.lines.filter((line) => line.event === 'detected')).toEqual([]);
    await downloading;
    const finalPath = join(downloads, generated.zipFileName);
    const imported = await watcher.waitFor((line) => line.event === 'imported');
    expect(imported).toMatchObject({ file: finalPath, status: 'imported' });
    expect(watcher.lines.some((line) => line.file?.endsWith('.crdownload'))).toBe(false);

    await copyFile(staged, join(downloads, 'chatgpt-export-again.zip'));
    const again = await watcher.waitFor(
      (line) => line.event === 'skipped' && line.file?.endsWith('again.zip') === true,
    );
    expect(again['reason']).toBe('already in the archive');

    await writeZip(join(downloads, 'holiday-photos.zip'), [{ name: 'beach.txt', data: 'sand' }]);
    const foreign = await watcher.waitFor((line) => line.file?.endsWith('holiday-photos.zip') === true);
    expect(foreign).toMatchObject({ event: 'skipped', reason: 'a ZIP that holds no ChatGPT export' });

    const brokenName = `${'b'.repeat(64)}-2025-05-01-09-00-00-${'c'.repeat(32)}.zip`;
    await writeFile(join(downloads, brokenName), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const failed = await watcher.waitFor((line) => line.event === 'failed');
    expect(failed['file']).toBe(join(downloads, brokenName));
    expect((failed['error'] as { code: string; message: string }).message).toContain(brokenName);

    const later = exportOfAccount('user-later', 99);
    await writeExportZip(later, join(downloads, later.zipFileName));
    await watcher.waitFor(
      (line) => line.event === 'imported' && line.file === join(downloads, later.zipFileName),
    );

    watcher.signal('SIGTERM');
    expect(await watcher.exited).toBe(0);
    expect(watcher.lines.filter((line) => line.event === 'imported')).toHaveLength(2);
    const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
    expect(stats).toMatchObject({ exports: 2, conversations: 14 });
  });

  it('resumes an import killed mid-way at the next start', async () => {
    const dir = temp();
    const downloads = join(dir, 'Downloads');
    await mkdir(downloads);
    const data = join(dir, 'data');
    const zip = join(downloads, `${'d'.repeat(64)}-2025-04-25-14-40-42-${'e'.repeat(32)}.zip`);
    const staged = join(dir, 'staged.zip');
    const generated = await writeLargeExportZip(staged, { targetBytes: 24 * 1024 * 1024, seed: 8 });

    const first = watch(data, ['--dir', downloads]);
    await arrives(staged, zip);
    await first.waitFor(
      (line) => line.event === 'progress' && (line['conversationsDone'] as number) > 0,
      60_000,
    );
    first.signal('SIGKILL');
    await first.exited;

    const second = watch(data, ['--dir', downloads, '--once']);
    const done = await second.waitFor((line) => line.event === 'imported', 120_000);
    expect(done).toMatchObject({ file: zip, status: 'imported' });
    // The job the killed process was running, carried on rather than started again.
    expect(second.lines.find((line) => line.event === 'import-started')).toMatchObject({ job: 1 });
    expect(await second.exited).toBe(0);
    const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
    expect(stats).toMatchObject({ exports: 1, conversations: generated.conversations });
  });

  it('takes unzipped folders, shrugs off a thousand files at once, and watches a folder that comes back', async () => {
    const dir = temp();
    const downloads = join(dir, 'Downloads');
    await mkdir(downloads);
    const data = join(dir, 'data');
    const watcher = watch(data, ['--dir', downloads]);
    await sleep(1500);

    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => writeFile(join(downloads, `scan-${i}.jpg`), `jpeg ${i}`)),
    );
    const unzipped = generateExport({ era: '2026-sharded', conversations: 6, seed: 21 });
    const folder = join(downloads, unzipped.zipFileName.replace(/\.zip$/, ''));
    await writeExportFolder(unzipped, folder);
    const fromFolder = await watcher.waitFor((line) => line.event === 'imported');
    expect(fromFolder).toMatchObject({ file: folder, conversations: { added: 6 } });

    await rm(downloads, { recursive: true, force: true });
    await watcher.waitFor((line) => line.event === 'problem' && String(line['message']).includes('is gone'));
    await mkdir(downloads);
    const back = generateExport({
      era: '2025',
      conversations: 2,
      seed: 22,
      account: { id: 'user-back', email: 'b@example.com' },
    });
    await sleep(6000);
    await writeExportZip(back, join(downloads, back.zipFileName));
    const afterReturn = await watcher.waitFor(
      (line) => line.event === 'imported' && line.file === join(downloads, back.zipFileName),
    );
    expect(afterReturn).toMatchObject({ conversations: { added: 2 } });
    expect(watcher.lines.filter((line) => line.event === 'failed')).toEqual([]);
  });

  it('never runs two imports into one archive at once, across processes', async () => {
    const dir = temp();
    const downloads = join(dir, 'Downloads');
    await mkdir(downloads);
    const data = join(dir, 'data');
    const big = join(downloads, `${'f'.repeat(64)}-2025-04-25-14-40-42-${'0'.repeat(32)}.zip`);
    const staged = join(dir, 'staged.zip');
    await writeLargeExportZip(staged, { targetBytes: 16 * 1024 * 1024, seed: 9 });
    const small = generateExport({ era: '2024', conversations: 2, seed: 31 });
    const smallZip = join(dir, small.zipFileName);
    await writeExportZip(small, smallZip);

    const watcher = watch(data, ['--dir', downloads]);
    await arrives(staged, big);
    await watcher.waitFor(
      (line) => line.event === 'progress' && (line['conversationsDone'] as number) > 0,
      60_000,
    );
    const fromCli = runCli(data, ['import', smallZip, '--json']);
    expect(fromCli.status).toBe(0);
    await watcher.waitFor((line) => line.event === 'imported' && line.file === big, 120_000);

    const db = new Database(join(data, 'archive.sqlite'), { readonly: true });
    try {
      const jobs = db
        .prepare('SELECT path, origin, started_at, finished_at FROM import_jobs ORDER BY id')
        .all() as {
        path: string;
        origin: string;
        started_at: string;
        finished_at: string;
      }[];
      expect(jobs.map((job) => [job.path, job.origin])).toEqual([
        [big, 'watcher'],
        [smallZip, 'cli'],
      ]);
      expect(jobs[1]!.started_at >= jobs[0]!.finished_at).toBe(true);
    } finally {
      db.close();
    }
  });

  it('stops cleanly on SIGTERM mid-import, and the next start carries on', async () => {
    const dir = temp();
    const downloads = join(dir, 'Downloads');
    await mkdir(downloads);
    const data = join(dir, 'data');
    const zip = join(downloads, `${'9'.repeat(64)}-2025-04-25-14-40-42-${'1'.repeat(32)}.zip`);
    const staged = join(dir, 'staged.zip');
    const generated = await writeLargeExportZip(staged, { targetBytes: 16 * 1024 * 1024, seed: 12 });

    const first = watch(data, ['--dir', downloads]);
    await arrives(staged, zip);
    await first.waitFor(
      (line) => line.event === 'progress' && (line['conversationsDone'] as number) > 0,
      60_000,
    );
    const stoppedAt = Date.now();
    first.signal('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(first.lines.some((line) => line.event === 'imported' || line.event === 'failed')).toBe(false);
    const db = new Database(join(data, 'archive.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT status FROM import_jobs').pluck().all()).toEqual(['running']);
    } finally {
      db.close();
    }

    const second = watch(data, ['--dir', downloads, '--once']);
    await second.waitFor((line) => line.event === 'imported', 120_000);
    expect(second.lines.find((line) => line.event === 'import-started')).toMatchObject({ job: 1 });
    expect(runCli(data, ['stats', '--json']).json<ArchiveStats>().conversations).toBe(
      generated.conversations,
    );
  });

  it('offers the exports already there on its first look, and imports those there on later starts', async () => {
    const dir = temp();
    const downloads = join(dir, 'Downloads');
    await mkdir(downloads);
    const data = join(dir, 'data');
    const old = generateExport({ era: '2024', conversations: 3, seed: 51 });
    const oldZip = join(downloads, old.zipFileName);
    await writeExportZip(old, oldZip);

    const first = watch(data, ['--dir', downloads]);
    const offered = await first.waitFor((line) => line.event === 'offered');
    expect(offered).toMatchObject({ file: oldZip });
    const fresh = exportOfAccount('user-fresh', 52);
    await writeExportZip(fresh, join(dir, 'fresh.zip'));
    await rename(join(dir, 'fresh.zip'), join(downloads, fresh.zipFileName));
    await first.waitFor(
      (line) => line.event === 'imported' && line.file === join(downloads, fresh.zipFileName),
    );
    expect(first.lines.some((line) => line.event === 'imported' && line.file === oldZip)).toBe(false);
    first.signal('SIGTERM');
    await first.exited;

    // The person says yes to the offer.
    expect(runCli(data, ['import', oldZip, '--json']).json<{ status: string }[]>()[0]?.status).toBe(
      'imported',
    );
    const db = new Database(join(data, 'archive.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT id, status FROM import_jobs WHERE path = ?').all(oldZip)).toEqual([
        { id: offered['job'], status: 'done' },
      ]);
    } finally {
      db.close();
    }

    // Later starts import what is new, without asking.
    const another = exportOfAccount('user-more', 53);
    await writeExportZip(another, join(downloads, another.zipFileName));
    const second = watch(data, ['--dir', downloads]);
    await second.waitFor(
      (line) => line.event === 'imported' && line.file === join(downloads, another.zipFileName),
    );
    expect(second.lines.some((line) => line.event === 'offered')).toBe(false);
  });
});
