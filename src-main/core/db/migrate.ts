// Brings any archive up to the schema this build knows, keyed by PRAGMA user_version, in one
// transaction (then any work a migration must do outside one); refuses an archive written by a newer
// Archivist rather than damage it.

import type Database from 'better-sqlite3';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { createArchive } from './migrations/0001-create-archive.js';
import { indexWithoutTriggers } from './migrations/0002-index-without-triggers.js';
import { libraryFiles } from './migrations/0003-library-files.js';
import { importJobs } from './migrations/0004-import-jobs.js';
import { importJobRunner } from './migrations/0005-import-job-runner.js';
import { localFilesAndLinks } from './migrations/0006-local-files-and-links.js';
import { timeline } from './migrations/0007-timeline.js';
import { decisionEdits } from './migrations/0008-decision-edits.js';
import { offeredImports } from './migrations/0009-offered-imports.js';
import { timelineProjects } from './migrations/0010-timeline-projects.js';
import { importJobVerify } from './migrations/0011-import-job-verify.js';
import { searchableSymbols } from './migrations/0012-searchable-symbols.js';
import { conversationDays } from './migrations/0013-conversation-days.js';
import { contentlessMessageIndex } from './migrations/0014-contentless-message-index.js';
import { packedMessages } from './migrations/0015-packed-messages.js';
import { fewerIndexMerges } from './migrations/0016-fewer-index-merges.js';
import type { Migration } from './migrations/migration.js';

export const MIGRATIONS: readonly Migration[] = [
  createArchive,
  indexWithoutTriggers,
  libraryFiles,
  importJobs,
  importJobRunner,
  localFilesAndLinks,
  timeline,
  decisionEdits,
  offeredImports,
  timelineProjects,
  importJobVerify,
  searchableSymbols,
  conversationDays,
  contentlessMessageIndex,
  packedMessages,
  fewerIndexMerges,
];

export function latestSchemaVersion(): number {
  return MIGRATIONS.length;
}

/** Told before an existing archive is brought up to date, which on a large one takes a while. */
export type OnUpgrade = (from: number, to: number) => void;

export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  onUpgrade?: OnUpgrade,
): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new AppError(
      'database-from-newer-app',
      `This archive was written by a newer Archivist (schema ${current}; this one knows ${latest}). ` +
        'Update Archivist to open it.',
    );
  }
  if (current === latest) return;
  const pending = migrations.slice(current);
  // A new archive is made in an instant; only an existing one has rows to carry over.
  if (current > 0) onUpgrade?.(current, latest);
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  for (const migration of pending) migration.afterCommit?.(db);
}
