// `archivist rebuild-archive`: a new archive built beside the old one from the exports kept in the
// data folder (oldest export first) and the person's journal, swapped in only once it is complete.
// The old file is kept as archive.before-rebuild-<time>.sqlite; a rebuild cut short leaves it untouched.

import { existsSync, renameSync, rmSync } from 'node:fs';
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
import { exportTimeFromFileName } from '../export/export-layout.js';
import { BlobStore } from '../blobs/blob-store.js';
import { importExport } from '../import/importer.js';
import { refreshDecisions } from '../decisions/decision-refresh.js';
import { quickCheckProblems } from './archive-check.js';
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
  try {
    const blobs = new BlobStore(blobFolderIn(dataFolder));
    for (const [index, one] of kept.entries()) {
      options.onExport?.(one, index, kept.length);
      const report = await importExport(db, blobs, one.path, {
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      if (report.status === 'failed') {
        throw new AppError(
          (report.error?.code as AppError['code'] | undefined) ?? 'internal',
          `The kept export ${one.path} could not be imported (${report.error?.message ?? 'unknown reason'}); ` +
            `the archive was not replaced.`,
        );
      }
    }
    refreshDecisions(db);
    edits = await replayJournal(db, new PersonJournal(journalFileIn(dataFolder)).read());
    const problems = quickCheckProblems(db);
    if (problems.length > 0) {
      throw new AppError(
        'archive-damaged',
        `The rebuilt archive failed its check (${problems[0]}); the archive was not replaced.`,
      );
    }
    counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM conversations) AS conversations,
                (SELECT count(*) FROM messages WHERE raw IS NOT NULL) AS messages`,
      )
      .get() as { conversations: number; messages: number };
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }

  let previous: string | null = null;
  if (existsSync(archive)) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    previous = join(dataFolder, `archive.before-rebuild-${stamp}.sqlite`);
    // The old file moves with its WAL, so that it stays exactly the archive it was.
    for (const suffix of SIDE_FILES) {
      if (existsSync(archive + suffix)) renameSync(archive + suffix, previous + suffix);
    }
  } else {
    for (const suffix of SIDE_FILES.slice(1)) rmSync(archive + suffix, { force: true });
  }
  renameSync(building, archive);
  for (const suffix of SIDE_FILES.slice(1)) rmSync(building + suffix, { force: true });
  return {
    archive,
    previous,
    exports: kept.length,
    conversations: counts.conversations,
    messages: counts.messages,
    edits,
    seconds: (performance.now() - started) / 1000,
  };
}
