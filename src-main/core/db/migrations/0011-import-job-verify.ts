// An import job can ask for a verify (`archivist import --verify`): the export is read again even when
// it is known, and what the archive misses is added back.

import type { Migration } from './migration.js';

export const importJobVerify: Migration = {
  version: 11,
  name: 'import-job-verify',
  up(db) {
    db.exec(`ALTER TABLE import_jobs ADD COLUMN verify INTEGER NOT NULL DEFAULT 0;`);
  },
};
