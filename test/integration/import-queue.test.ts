// The import queue behind the window and the watcher, through ArchiveApi: jobs are listed with their
// outcome, a failed job keeps its error and does not block the next, a cancelled import keeps what it
// wrote and a retry finishes it.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import type { ImportJob } from '../../src-shared/model/import-job.js';
import { openArchive } from '../../src-main/core/open-archive.js';
import {
  generateExport,
  writeExportZip,
  writeLargeExportZip,
} from '../support/export-generator/generate-export.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();

describe('the import queue', () => {
  it('runs jobs in order, keeps failures with their job, and never lets one block the next', async () => {
    const dir = temp();
    const broken = join(dir, 'broken.zip');
    await writeFile(broken, 'holiday notes, not a zip at all');
    const good = generateExport({ era: '2024', conversations: 4, seed: 2 });
    const goodPath = join(dir, good.zipFileName);
    await writeExportZip(good, goodPath);
    const changes: ImportJob[] = [];
    const archive = openArchive({
      dataFolder: join(dir, 'data'),
      publish: (name, payload) => {
        if (name === 'importJobChanged') changes.push(payload as ArchiveEvents['importJobChanged']);
      },
    });
    try {
      const first = await archive.enqueueImport({ path: broken });
      const second = await archive.enqueueImport({ path: goodPath });
      expect((await archive.enqueueImport({ path: goodPath })).id).toBe(second.id);
      await archive.imports.idle();
      const jobs = await archive.listImportJobs({});
      expect(jobs.map((job) => [job.id, job.status])).toEqual([
        [second.id, 'done'],
        [first.id, 'failed'],
      ]);
      expect(jobs[1]?.error).toMatchObject({ code: 'not-a-zip' });
      expect(jobs[1]?.error?.message).toContain('broken.zip');
      expect(jobs[0]?.report?.conversations.added).toBe(4);
      const startedInOrder = new Set(changes.filter((job) => job.status === 'running').map((job) => job.id));
      expect([...startedInOrder]).toEqual([first.id, second.id]);
      await expect(archive.retryImport({ id: second.id })).rejects.toThrow(/only failed or cancelled/);
    } finally {
      await archive.close();
    }
  });

  it('cancels a running import, keeping what it wrote, and a retry finishes it', async () => {
    const dir = temp();
    const zip = join(dir, `${'a'.repeat(64)}-2025-04-25-14-40-42-${'b'.repeat(32)}.zip`);
    const generated = await writeLargeExportZip(zip, { targetBytes: 12 * 1024 * 1024, seed: 4 });
    let cancelled = false;
    const archive = openArchive({
      dataFolder: join(dir, 'data'),
      publish: (name, payload) => {
        const progress = payload as ArchiveEvents['importProgressed'];
        if (name === 'importProgressed' && progress.conversationsDone > 0 && !cancelled) {
          cancelled = true;
          void archive.cancelImport({ id: 1 });
        }
      },
    });
    try {
      await archive.enqueueImport({ path: zip });
      await archive.imports.idle();
      const [stopped] = await archive.listImportJobs({});
      expect(stopped).toMatchObject({ status: 'cancelled', error: { code: 'import-cancelled' } });
      const kept = (await archive.getStats({})).conversations;
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(generated.conversations);

      const retried = await archive.retryImport({ id: 1 });
      await archive.imports.idle();
      const [finished] = await archive.listImportJobs({});
      expect(finished).toMatchObject({ id: retried.id, status: 'done' });
      expect((await archive.getStats({})).conversations).toBe(generated.conversations);
    } finally {
      await archive.close();
    }
  });
});
