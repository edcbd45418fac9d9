// The first command after an update that changes the archive's format says so before it starts the
// work (a minute or two on a large archive), so that a quiet terminal never looks hung; later commands,
// and a new archive, say nothing of it.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate, MIGRATIONS } from '../../src-main/core/db/migrate.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();
const OLDER = 13;
const NOTICE = 'Bringing the archive up to date';

describe('an archive made by an older Archivist', () => {
  it('is brought up to date once, and the command line says so while it is', () => {
    const data = temp('data');
    const older = new Database(join(data, 'archive.sqlite'));
    older.pragma('journal_mode = WAL');
    migrate(older, MIGRATIONS.slice(0, OLDER));
    older.close();

    const first = runCli(data, ['stats']);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(`${NOTICE} (format ${OLDER} → ${latestSchemaVersion()})`);
    expect(first.stdout).toContain('0 conversations');

    const second = runCli(data, ['stats']);
    expect(second.status).toBe(0);
    expect(second.stderr).not.toContain(NOTICE);
  });

  it('is not what a new archive is: its first command says nothing of it', () => {
    const fresh = runCli(temp('fresh'), ['stats']);
    expect(fresh.status).toBe(0);
    expect(fresh.stderr).not.toContain(NOTICE);
  });
});
