// Exports found in Downloads the first time Archivist looks are offered, not imported unasked: a job
// can now wait in the 'offered' state for the person's yes. SQLite cannot change a CHECK constraint,
// so the table is rebuilt with its rows.

import type { Migration } from './migration.js';

export const offeredImports: Migration = {
  version: 9,
  name: 'offered-imports',
  up(db) {
    db.exec(`
      CREATE TABLE import_jobs_new (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        origin TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('offered', 'queued', 'running', 'done', 'failed', 'cancelled')),
        queued_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        report TEXT,
        error_code TEXT,
        error_message TEXT,
        runner_pid INTEGER
      );
      INSERT INTO import_jobs_new (id, path, origin, status, queued_at, started_at, finished_at, report, error_code,
        error_message, runner_pid)
      SELECT id, path, origin, status, queued_at, started_at, finished_at, report, error_code, error_message, runner_pid
      FROM import_jobs;
      DROP TABLE import_jobs;
      ALTER TABLE import_jobs_new RENAME TO import_jobs;
      CREATE INDEX import_jobs_status ON import_jobs(status, id);
    `);
  },
};
