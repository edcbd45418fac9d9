// The import queue, kept in the archive so that a restart finds the jobs still to do and resumes the
// one that was running.

import type { Migration } from './migration.js';

export const importJobs: Migration = {
  version: 4,
  name: 'import-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE import_jobs (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        origin TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
        queued_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        report TEXT,
        error_code TEXT,
        error_message TEXT
      );
      CREATE INDEX import_jobs_status ON import_jobs(status, id);
    `);
  },
};
