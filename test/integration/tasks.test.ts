// Long work started from a window answers at once with a task, and its outcome arrives as one
// taskFinished event: the files written, or the error a person can read, never a silent failure.

import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import { createArchiveClient, dispatchArchiveCall } from '../../src-shared/contract/archive-rpc.js';
import { openArchive } from '../../src-main/core/open-archive.js';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();

describe('tasks', () => {
  it('answer with an id at once and finish with an event carrying the answer or the error', async () => {
    const dir = temp();
    const finished: ArchiveEvents['taskFinished'][] = [];
    const waiting = new Map<number, () => void>();
    const service = openArchive({
      dataFolder: join(dir, 'data'),
      publish: (name, payload) => {
        if (name !== 'taskFinished') return;
        const outcome = payload as ArchiveEvents['taskFinished'];
        finished.push(outcome);
        waiting.get(outcome.taskId)?.();
      },
    });
    const api = createArchiveClient((method, input) => dispatchArchiveCall(service, method, input));
    const outcomeOf = (taskId: number) =>
      new Promise<ArchiveEvents['taskFinished']>((resolve) => {
        const known = finished.find((outcome) => outcome.taskId === taskId);
        if (known) return resolve(known);
        waiting.set(taskId, () => resolve(finished.find((outcome) => outcome.taskId === taskId)!));
      });
    try {
      const generated = generateExport({ era: '2025', conversations: 6, seed: 7 });
      const zip = join(dir, generated.zipFileName);
      await writeExportZip(generated, zip);
      await api.importExport({ path: zip });

      const out = join(dir, 'notes');
      const task = await api.startWriteConversations({ all: true, format: 'md', folder: out });
      expect(task.kind).toBe('write-conversations');
      // The answer comes before the work: nothing is written yet when the id is known.
      expect(existsSync(out)).toBe(false);
      const written = await outcomeOf(task.taskId);
      expect(written.ok).toBe(true);
      if (!written.ok || written.kind !== 'write-conversations') throw new Error('unexpected outcome');
      expect(written.value.files.filter((file) => file.endsWith('.md'))).toHaveLength(6);
      expect(readdirSync(out).filter((file) => file.endsWith('.md'))).toHaveLength(6);

      const folder = join(dir, 'originals');
      mkdirSync(folder);
      const relink = await api.startRelink({ roots: [folder] });
      const relinked = await outcomeOf(relink.taskId);
      expect(relinked).toMatchObject({ kind: 'relink', ok: true });

      const missing = await api.startRebuildKit({
        conversationId: 'no-such-conversation',
        folder: join(dir, 'kit'),
      });
      const failed = await outcomeOf(missing.taskId);
      expect(failed).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(new Set([task.taskId, relink.taskId, missing.taskId]).size).toBe(3);

      // Bad input is refused at the call, as for every method, not later in an event.
      await expect(api.startWriteConversations({ format: 'md', folder: out } as never)).rejects.toThrow(
        /name a "conversationId" or set "all"/,
      );
    } finally {
      await service.close();
    }
  });
});
