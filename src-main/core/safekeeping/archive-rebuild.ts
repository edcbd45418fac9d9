// `archivist rebuild-archive`: a new archive built beside the old one from the exports kept in the
// data folder (oldest export first) and the person's journal, swapped in only once it is complete.
// The old file is kept as archive.before-rebuild-<time>.sqlite; a rebuild cut short leaves it untouched.

import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ImportProgress } from '../../../src-shared/model/import-report.js';
import { openArchiveDb } from '../db/archive-db.js';
import {
  archiveFileIn,
  blobFolderIn,
  journalFileIn,
  keptExportsFolderIn,
} from '../os-folders/data-folder.js';
import { exportTimeFromFileName } from '../chatgpt-export/export-layout.js';
import { BlobStore } from '../blobs/blob-store.js';
import { importExport } from '../import/importer.js';
import { refreshDecisions } from '../decisions/decision-refresh.js';
import { quickCheckProblems } from './archive-check.js';
import { otherArchiveUsers } from './archive-users.js';
import { replayJournal } from './journal-replay.js';
import { KeptExports, type KeptExport } from './kept-exports.js';
import { PersonJournal } from './person-journal.js';

export interface RebuildReport {
  readonly archive: string;
  /** Where the archive that was replaced now is; null when there was none. */
  readonly previous: string | null;
  readonly exports: number;
  readonly conversations: number;
  readonly messages: number;
  readonly edits: { readonly applied: number; readonly skipped: number };
  /**
   * Kept exports that could not be read whole (a file cut short, say): what they held before the
   * problem is in, the rest is missing, and each is named with the reason.
   */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  readonly seconds: number;
}

export interface RebuildOptions {
  readonly onExport?: (kept: KeptExport, index: number, total: number) => void;
  readonly onProgress?: (progress: ImportProgress) => void;
}

const SIDE_FILES = ['', '-wal', '-shm'] as const;

/** Oldest export first: by the time in the export's file name, else the file's own time. */
function exportTime(kept: KeptExport): number {
  return exportTimeFromFileName(kept.name) ?? kept.modifiedAt;
}

export async function rebuildArchive(
  dataFolder: string,
  options: RebuildOptions = {},
): Promise<RebuildReport> {
  const started = performance.now();
  const archive = archiveFileIn(dataFolder);
  const keptStore = new KeptExports(keptExportsFolderIn(dataFolder));
  await keptStore.removeUnfinished();
  const kept = keptStore.list().sort((a, b) => exportTime(a) - exportTime(b) || a.name.localeCompare(b.name));
  if (kept.length === 0) {
    throw new AppError(
      'not-found',
      `No exports are kept in ${keptStore.root}, so there is nothing to rebuild the archive from. ` +
        'Import your exports again (archivist import <zip>) to build a new archive.',
    );
  }
  // A rebuild cut short starts again from nothing: its half-built file is never used.
  const building = join(dataFolder, 'archive.rebuilding.sqlite');
  for (const suffix of SIDE_FILES) rmSync(building + suffix, { force: true });

  const db = openArchiveDb(building);
  let counts: { conversations: number; messages: number };
  let edits: { applied: number; skipped: number };
  const problems: { file: string; message: string }[] = [];
  let finished = false;
  try {
    const blobs = new BlobStore(blobFolderIn(dataFolder));
    for (const [index, one] of kept.entries()) {
      options.onExport?.(one, index, kept.length);
      const report = await importExport(db, blobs, one.path, {
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      // One damaged kept export must not keep the others from being rebuilt.
      if (report.status === 'failed') {
        problems.push({ file: one.path, message: report.error?.message ?? 'it could not be imported' });
      }
    }
    if (problems.length === kept.length) {
      throw new AppError(
        'not-an-export',
        `None of the kept exports could be imported (${problems[0]?.message}); the archive was not replaced.`,
      );
    }
    refreshDecisions(db);
    edits = await replayJournal(db, new PersonJournal(journalFileIn(dataFolder)).read());
    const damage = quickCheckProblems(db);
    if (damage.length > 0) {
      throw new AppError(
        'archive-damaged',
        `The rebuilt archive failed its check (${damage[0]}); the archive was not replaced.`,
      );
    }
    counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM conversations) AS conversations,
                (SELECT count(*) FROM messages WHERE raw IS NOT NULL) AS messages`,
      )
      .get() as { conversations: number; messages: number };
    db.pragma('wal_checkpoint(TRUNCATE)');
    finished = true;
  } finally {
    db.close();
    // A rebuild that did not finish leaves nothing behind to take up the disk.
    if (!finished) for (const suffix of SIDE_FILES) rmSync(building + suffix, { force: true });
  }

  // Nothing may have the archive open while its file is replaced: it would go on writing into the
  // old one. Then the old file (and its log) is linked under its new name before the new one is
  // renamed over it, so that at every moment there is a whole archive at archive.sqlite.
  const users = otherArchiveUsers(dataFolder);
  if (users.length > 0) {
    rmSync(building, { force: true });
    throw new AppError(
      'database-busy',
      `The archive in ${dataFolder} is open in another Archivist (process ${users.join(', ')}: the app or a watch). ` +
        'Close it and run rebuild-archive again; the archive was not replaced.',
    );
  }
  let previous: string | null = null;
  if (existsSync(archive)) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    previous = join(dataFolder, `archive.before-rebuild-${stamp}.sqlite`);
    for (const suffix of SIDE_FILES) {
      if (existsSync(archive + suffix)) linkSync(archive + suffix, previous + suffix);
    }
  }
  // The old log must not be read as the new file's: it is kept under the old file's new name.
  for (const suffix of SIDE_FILES.slice(1)) rmSync(archive + suffix, { force: true });
  renameSync(building, archive);
  for (const suffix of SIDE_FILES.slice(1)) rmSync(building + suffix, { force: true });
  return {
    archive,
    previous,
    exports: kept.length,
    conversations: counts.conversations,
    messages: counts.messages,
    edits,
    problems,
    seconds: (performance.now() - started) / 1000,
  };
}
