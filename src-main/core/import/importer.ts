// Imports one export (ZIP, folder or conversations.json) into the archive: identity by sha256 so the
// same file is imported once, binaries into the blob store, then conversations streamed one at a time
// and written in batched transactions with the progress saved in the same transaction, so that a
// killed import, a full disk or a failed write leaves a consistent archive and the next import of the
// file carries on where it stopped. An export is marked complete only once the archive holds what it held.

import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ImportReport, ImportWarning } from '../../../src-shared/model/import-report.js';
import { upsertAccount } from '../db/account-repository.js';
import { saveLibraryFiles } from '../db/library-repository.js';
import { attachLibraryFiles } from './library-linking.js';
import { addArtifactsToTimeline, addConversationDaysToTimeline } from '../db/timeline-repository.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { countExportFiles, exportFiles } from '../db/blob-repository.js';
import { markRemovedUpstream } from '../db/conversation-write-repository.js';
import {
  countExportConversations,
  findExportByFingerprint,
  findExportBySha256,
  finishExport,
  saveExportReport,
  insertExport,
  parseProgress,
  rememberFingerprint,
  emptyProgress,
  resetExportProgress,
  restartExport,
  type ExportProgress,
  type ExportRow,
} from '../db/export-repository.js';
import { readSetting } from '../db/settings-repository.js';
import {
  archiveDamagedError,
  diskFullError,
  freeBytesIn,
  isDiskFull,
  storageFailure,
} from '../db/storage-failure.js';
import { quickCheckProblems } from '../safekeeping/archive-check.js';
import { KEEP_EXPORTS } from '../safekeeping/safekeeping-settings.js';
import type { KeptExports } from '../safekeeping/kept-exports.js';
import { AssetResolver } from '../chatgpt-export/asset-resolver.js';
import { detectLayout, exportTimeFromFileName, type ExportLayout } from '../chatgpt-export/export-layout.js';
import type { ExportSource } from '../chatgpt-export/export-source.js';
import { readLibraryFiles } from '../chatgpt-export/library-files.js';
import { openExportSource } from '../chatgpt-export/open-export-source.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { readAccount, readSideFile } from './side-files.js';
import type { ImportOptions } from './import-options.js';
import { alreadyImported, failedReport } from './import-reports.js';
import { quickCheckIsCheap, spaceNeeded } from './import-space.js';
import { ProgressReporter } from './import-progress.js';
import { linkNewlyCarriedBlobs, storeBinaries } from './binary-import.js';
import { importConversationFile } from './conversation-file-import.js';

export async function importExport(
  db: ArchiveDb,
  blobs: BlobStore,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  let source: ExportSource | null = null;
  try {
    source = await openExportSource(path, { scratchFolder: join(dirname(db.name), 'tmp') });
    const layout = detectLayout(source.entries, path);
    return await importSource(db, blobs, source, layout, options);
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    return failedReport(path, storageFailure(error, db.name));
  } finally {
    await source?.close();
  }
}

async function importSource(
  db: ArchiveDb,
  blobs: BlobStore,
  source: ExportSource,
  layout: ExportLayout,
  options: ImportOptions,
): Promise<ImportReport> {
  const file = source.path;
  const verify = options.verify ?? false;
  const known = findExportByFingerprint(db, source.fingerprint);
  if (known?.status === 'complete' && !verify) return alreadyImported(file, known);
  const sha256 = known?.sha256 ?? (await source.sha256());
  const existing = known ?? findExportBySha256(db, sha256);
  if (existing?.status === 'complete' && !verify) {
    rememberFingerprint(db, existing.id, source.fingerprint);
    return alreadyImported(file, existing);
  }
  const verifying = verify && existing?.status === 'complete';
  const kept =
    options.keptExports && readSetting<boolean>(db, KEEP_EXPORTS) !== false ? options.keptExports : null;
  // An upload in the data folder is kept by a hard link, which takes no room.
  const keeping = kept !== null && !kept.has(sha256) && !kept.links(source);
  const dataFolder = dirname(db.name);
  const binariesStored = existing !== undefined && parseProgress(existing).binariesDone;
  const needed = spaceNeeded(source, layout, { keeping, binaries: !binariesStored });
  // An import that cannot fit is refused before it writes anything (a verify mostly finds nothing to add).
  if (!verifying && freeBytesIn(dataFolder) < needed) throw diskFullError(dataFolder, needed);
  try {
    return await importKnownSource(db, blobs, source, layout, options, { sha256, existing, verifying, kept });
  } catch (error) {
    throw isDiskFull(error) ? diskFullError(dataFolder, needed) : error;
  }
}

async function importKnownSource(
  db: ArchiveDb,
  blobs: BlobStore,
  source: ExportSource,
  layout: ExportLayout,
  options: ImportOptions,
  identity: {
    readonly sha256: string;
    readonly existing: ExportRow | undefined;
    readonly verifying: boolean;
    readonly kept: KeptExports | null;
  },
): Promise<ImportReport> {
  const file = source.path;
  const { sha256, existing, verifying } = identity;
  const warnings: ImportWarning[] = [];
  const account = await readSideFile(
    source,
    layout.userFile,
    readAccount,
    { code: 'user-file-unreadable', message: `${file}: user.json cannot be read.` },
    warnings,
  );
  if (!account) {
    warnings.push({
      code: 'account-unknown',
      message: `${file}: no account in the export (user.json); no conversation is marked as removed from the account.`,
    });
  }
  const exportedAt =
    existing?.exported_at ??
    exportTimeFromFileName(basename(file)) ??
    layout.conversationFiles[0]?.modifiedAt ??
    Date.now() / 1000;
  const exportId = existing?.id ?? sha256.slice(0, 16);
  // The copy kept for rebuilding is written while the conversations are read (it is disk work, they
  // are mostly parsing), and waited for before anything is marked done.
  const keeping: Promise<unknown> = identity.kept
    ? identity.kept.keep(source, sha256).then(
        () => null,
        (error: unknown) => error,
      )
    : Promise.resolve(null);
  db.transaction(() => {
    if (account) upsertAccount(db, account);
    if (existing) {
      // A verify leaves a complete export complete, whatever happens to it.
      if (!verifying) restartExport(db, exportId, source.fingerprint, file);
    } else {
      insertExport(db, {
        id: exportId,
        sha256,
        fingerprint: source.fingerprint,
        fileName: basename(file),
        filePath: file,
        fileSize: source.entries.reduce((sum, entry) => sum + entry.compressedSize, 0),
        accountId: account?.id ?? null,
        exportedAt,
        layout: layout.name,
      });
    }
  }).immediate();
  // A verify reads everything again; what the archive holds is recognised by its bytes and skipped.
  const progress: ExportProgress = existing && !verifying ? parseProgress(existing) : emptyProgress();
  const reporter = new ProgressReporter(file, layout, options.onProgress);

  const binaries = await storeBinaries(db, {
    blobs,
    source,
    layout,
    exportId,
    progress,
    reporter,
    warnings,
    options,
  });
  const shaByPath = binaries.shaByPath;
  const resolver = new AssetResolver(
    exportFiles(db, exportId).map((row) => ({ path: row.path, originalName: row.original_name })),
  );
  let missingBinaries = 0;
  const context = {
    exportId,
    exportedAt,
    accountId: account?.id ?? null,
    blobFor(pointer: string) {
      const path = resolver.resolve(pointer);
      const sha = path ? (shaByPath.get(path) ?? null) : null;
      if (!sha) missingBinaries += 1;
      return sha;
    },
  };

  let malformed = 0;
  let truncated: AppError | null = null;
  for (const entry of layout.conversationFiles) {
    const outcome = await importConversationFile(db, source, entry, context, progress, reporter, options);
    malformed += outcome.malformed;
    if (outcome.truncated) {
      truncated = outcome.truncated;
      break;
    }
  }
  warnings.push(...progress.warnings);
  reporter.phase('finishing');
  const notKept = await keeping;
  if (notKept) {
    if (isDiskFull(notKept)) throw notKept;
    warnings.push({
      code: 'export-not-kept',
      message: `${file}: a copy could not be kept in the data folder (${(notKept as Error).message}); the archive cannot be rebuilt from it.`,
    });
  }

  const libraryFiles =
    (await readSideFile(
      source,
      layout.libraryFile,
      readLibraryFiles,
      {
        code: 'library-unreadable',
        message: `${file}: library_files.json cannot be read; the files it lists are taken from the conversations alone.`,
      },
      warnings,
    )) ?? [];
  let libraryArtifacts = 0;
  db.transaction(() => {
    saveLibraryFiles(db, exportId, libraryFiles, (fileId) => {
      const path = resolver.resolve(fileId);
      return path ? (shaByPath.get(path) ?? null) : null;
    });
    libraryArtifacts = attachLibraryFiles(db);
    // A conversation's day comes before what it produced at the same moment.
    addConversationDaysToTimeline(db, exportId);
    addArtifactsToTimeline(db);
  }).immediate();
  progress.counts.artifacts += libraryArtifacts;

  const linked = linkNewlyCarriedBlobs(db, resolver, shaByPath);
  if (missingBinaries > 0) {
    warnings.push({
      code: 'binaries-missing',
      message: `${missingBinaries} file${missingBinaries === 1 ? '' : 's'} referenced in conversations ${missingBinaries === 1 ? 'is' : 'are'} not in this export; they are recorded as missing.`,
    });
  }
  if (linked > 0) {
    warnings.push({
      code: 'binaries-recovered',
      message: `${linked} earlier missing files were found in this export.`,
    });
  }

  let removedUpstream = 0;
  const report = (status: 'imported' | 'verified' | 'failed', error?: AppError): ImportReport => {
    const counts = progress.counts;
    return {
      file,
      status,
      exportId,
      account: account?.id ?? null,
      conversations: {
        added: counts.added,
        updated: counts.updated,
        unchanged: counts.unchanged,
        removedUpstream,
      },
      messages: counts.messages,
      artifacts: counts.artifacts,
      blobs: progress.blobs,
      warnings,
      ...(status === 'verified'
        ? {
            repaired: {
              conversations: counts.added + counts.updated,
              binaries: binaries.restored,
            },
          }
        : {}),
      ...(error ? { error: { code: error.code, message: error.message } } : {}),
    };
  };
  if (truncated) {
    const failed = report('failed', truncated);
    finishExport(db, exportId, 'failed', failed);
    return failed;
  }
  const shortfall = missingFromArchive(db, exportId, layout, progress);
  if (shortfall) {
    // Never a success: the next import of this file reads it all again and adds what is missing.
    const error = new AppError(
      'import-incomplete',
      `${file}: ${shortfall}; nothing was marked as imported. Importing this file again reads it whole and adds what is missing.`,
    );
    const failed = report('failed', error);
    db.transaction(() => {
      resetExportProgress(db, exportId);
      saveExportReport(db, exportId, failed);
    }).immediate();
    return failed;
  }
  if (account && malformed > 0) {
    warnings.push({
      code: 'removal-check-skipped',
      message:
        'Some conversations could not be read, so this export is not used to tell which were removed from the account.',
    });
  }
  const status = verifying ? 'verified' : 'imported';
  db.transaction(() => {
    // Complete first, so that the removal check can judge against this export; then its final report.
    // A verify keeps the report of the import it checked.
    if (verifying)
      finishExport(
        db,
        exportId,
        'complete',
        JSON.parse(existing?.report ?? 'null') as ImportReport,
        malformed === 0,
      );
    else finishExport(db, exportId, 'complete', report(status), malformed === 0);
    if (account) removedUpstream = markRemovedUpstream(db, account.id);
    if (removedUpstream > 0 && !verifying) saveExportReport(db, exportId, report(status));
  }).immediate();
  // A quick look over the whole file tells damage at once, where that is cheap beside the import;
  // `archivist check` looks at everything, always.
  const damage = quickCheckIsCheap(db) ? quickCheckProblems(db) : [];
  if (damage.length > 0) {
    warnings.push({ code: 'archive-damaged', message: archiveDamagedError(db.name, damage[0]).message });
  }
  return report(status);
}

/**
 * What the export held that the archive does not, as a sentence; null when all is there. Compares what
 * was read (whole conversations per file, binaries) with what the archive records for this export.
 */
function missingFromArchive(
  db: ArchiveDb,
  exportId: string,
  layout: ExportLayout,
  progress: ExportProgress,
): string | null {
  const read = Object.values(progress.read).reduce((sum, n) => sum + n, 0);
  const held = countExportConversations(db, exportId);
  if (held < read) return `${read} conversations were read but the archive holds ${held} of them`;
  const binaries = layout.binaries.length - progress.skippedBinaries;
  const stored = countExportFiles(db, exportId);
  if (stored < binaries) return `${binaries} files were read but the archive holds ${stored} of them`;
  return null;
}
