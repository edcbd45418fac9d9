// kill -9 in the middle of an import: the archive still opens and passes integrity_check, nothing is
// shown as a complete export, and importing the same ZIP again finishes the job with the right counts.

import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import { writeLargeExportZip } from '../support/export-generator/generate-export.js';
import { CLI, runCli } from '../support/run-cli.js';
import { committedConversations } from '../support/archive-fingerprint.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();

describe('an import killed mid-way', () => {
  it('leaves a consistent archive, and the next import of the same ZIP completes it', async () => {
    const dir = temp();
    const zip = join(dir, `${'d'.repeat(64)}-2025-04-25-14-40-42-${'e'.repeat(32)}.zip`);
    const generated = await writeLargeExportZip(zip, { targetBytes: 24 * 1024 * 1024, seed: 7 });
    const data = join(dir, 'data');
    const archiveFile = join(data, 'archive.sqlite');

    const child = spawn(process.execPath, [CLI, '--data', data, 'import', zip, '--json'], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (committedConversations(archiveFile) === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await exited;

    const partial = committedConversations(archiveFile);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(generated.conversations);
    const db = new Database(archiveFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT status FROM exports').all()).toEqual([{ status: 'importing' }]);
    db.close();
    expect(runCli(data, ['stats', '--json']).json<ArchiveStats>().exports).toBe(0);

    const resumed = runCli(data, ['import', zip, '--json']);
    expect(resumed.status).toBe(0);
    const [report] = resumed.json<ImportReport[]>();
    expect(report?.status).toBe('imported');
    expect(report?.conversations.added).toBe(generated.conversations);
    expect(report?.messages).toBe(generated.messages);
    const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
    expect(stats).toMatchObject({
      exports: 1,
      conversations: generated.conversations,
      messages: generated.messages,
    });
    expect(runCli(data, ['import', zip, '--json']).json<ImportReport[]>()[0]?.status).toBe(
      'already-imported',
    );
  });
});

describe('an import killed again and again at random moments', () => {
  it('passes integrity_check after every kill and the run that finishes has every conversation', async () => {
    const dir = temp();
    const zip = join(dir, `${'f'.repeat(64)}-2025-05-25-14-40-42-${'e'.repeat(32)}.zip`);
    const generated = await writeLargeExportZip(zip, { targetBytes: 16 * 1024 * 1024, seed: 9 });
    const data = join(dir, 'data');
    const archiveFile = join(data, 'archive.sqlite');
    // Fixed "random" moments, so that a failure can be run again as it was.
    const delays = [150, 900, 420, 1300, 60];
    let finished = false;
    for (const delay of delays) {
      const child = spawn(process.execPath, [CLI, '--data', data, 'import', zip, '--json'], {
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const code = await exited;
      clearTimeout(timer);
      if (existsSync(archiveFile)) {
        const db = new Database(archiveFile);
        expect(db.pragma('integrity_check', { simple: true }), `killed after ${delay} ms`).toBe('ok');
        db.close();
      }
      if (code === 0) {
        finished = true;
        break;
      }
    }
    if (!finished) expect(runCli(data, ['import', zip, '--json']).status).toBe(0);
    const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
    expect(stats).toMatchObject({
      exports: 1,
      conversations: generated.conversations,
      messages: generated.messages,
    });
    expect(runCli(data, ['check', '--json']).status).toBe(0);
  });
});
