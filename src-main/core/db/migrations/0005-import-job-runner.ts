// Which process is running an import job, so that the app and a command-line `archivist` sharing one
// archive never run two imports at once, and a job whose process died is picked up again.

import type { Migration } from './migration.js';

export const importJobRunner: Migration = {
  version: 5,
  name: 'import-job-runner',
  up(db) {
    db.exec(`ALTER TABLE import_jobs ADD COLUMN runner_pid INTEGER`);
  },
};
