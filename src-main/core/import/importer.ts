// Imports one export (ZIP, folder or conversations.json) into the archive: identity by sha256 so the
// same file is imported once, binaries into the blob store, then conversations streamed one at a time
// and written in batched transactions with the progress saved in the same transaction, so that a
// killed import, a full disk or a failed write leaves a consistent archive and the next import of the
// file carries on where it stopped. An export is marked complete only once the archive holds what it held.

import { basename, dirname, join } from 'node:path';
import { AppError, isAppError } from '../../../src-shared/contract/app-error.js';
import type { ImportProgress, ImportReport, ImportWarning } from '../../../src-shared/model/import-report.js';
import { upsertAccount } from '../db/account-repository.js';
import { attachLibraryFiles, saveLibraryFiles } from '../db/library-repository.js';
import { addArtifactsToTimeline, addConversationDaysToTimeline } from '../db/timeline-repository.js';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  artifactsWithoutBlob,
  exportFiles,
  linkArtifactBlob,
  recordBlob,
  recordExportFile,
} from '../db/blob-repository.js';
import {
  isKnownContent,
  isRecordedInExport,
  markRemovedUpstream,
  mergeConversation,
  recordIfUnchanged,
} from '../db/conversation-repository.js';
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
import { KeptExports } from '../safekeeping/kept-exports.js';
import { AssetResolver } from '../export/asset-resolver.js';
import { detectLayout, exportTimeFromFileName, type ExportLayout } from '../export/export-layout.js';
import type { ExportEntry, ExportSource } from '../export/export-source.js';
import { sha256OfText } from '../export/file-hash.js';
import { JsonArrayError, JsonArraySplitter, type ArrayElement } from '../export/json-array-splitter.js';
import { readLibraryFiles } from '../export/library-files.js';
import { mimeFromFileName, sniffFileType } from '../export/magic-bytes.js';
import { openExportSource } from '../export/open-export-source.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { createConversationParser } from './conversation-parser.js';
import { parseConversation, type ParseOutcome } from './conversation-parsing.js';
import { ProgressBatch } from './progress-batch.js';
import { readAccount, readAssetNames, readSideFile } from './side-files.js';

export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Conversations per transaction. */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  /**
   * Re-reads an export even when it is known complete, adding whatever conversations or binaries the
   * archive is missing; the report says what was repaired.
   */
  readonly verify?: boolean;
  /** Where imported exports are kept (unless the person turned keeping off); none: not kept. */
  readonly keptExports?: KeptExports;
}

const DEFAULT_BATCH = 100;
const BATCH_BYTES = 16 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 250;
// How far parsing may run ahead of writing: enough to keep both threads busy, little enough to keep
// memory flat.
const MAX_AHEAD = 8;
const MAX_AHEAD_BYTES = 4 * 1024 * 1024;
// The archive takes about 2.3× the conversations' JSON (text, the verbatim node and the search index);
// the estimate leaves room for that, the WAL and SQLite's own working space.
const ARCHIVE_BYTES_PER_JSON_BYTE = 2.5;
const SPACE_MARGIN_BYTES = 32 * 1024 * 1024;

/** The report of an import that could not even start, or stopped for an unexpected reason. */
export function failedReport(file: string, error: unknown, partial?: Partial<ImportReport>): ImportReport {
  const code = isAppError(error) ? error.code : 'internal';
  const message = isAppError(error)
    ? error.message
    : `${file}: ${(error as Error)?.message ?? String(error)}`;
  return {
    file,
    status: 'failed',
    exportId: null,
    account: null,
    conversations: { added: 0, updated: 0, unchanged: 0, removedUpstream: 0 },
    messages: 0,
    artifacts: 0,
    blobs: 0,
    warnings: [],
    ...partial,
    error: { code, message },
  };
}

function alreadyImported(file: string, row: { id: string; account_id: string | null }): ImportReport {
  return {
    file,
    status: 'already-imported',
    exportId: row.id,
    account: row.account_id,
    conversations: { added: 0, updated: 0, unchanged: 0, removedUpstream: 0 },
    messages: 0,
    artifacts: 0,
    blobs: 0,
    warnings: [],
  };
}

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

const QUICK_CHECK_ALWAYS_BYTES = 256 * 1024 * 1024;

function quickCheckIsCheap(db: ArchiveDb, importBytes: number): boolean {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const archiveBytes = (db.pragma('page_count', { simple: true }) as number) * pageSize;
  return archiveBytes <= QUICK_CHECK_ALWAYS_BYTES || archiveBytes <= 2 * importBytes;
}

/** Bytes the import may still need on disk: the archive's share of the JSON, the binaries, the kept copy. */
function spaceNeeded(source: ExportSource, layout: ExportLayout, keeping: boolean): number {
  const json = layout.conversationFiles.reduce((sum, entry) => sum + entry.size, 0);
  const binaries = layout.binaries.reduce((sum, entry) => sum + entry.size, 0);
  return Math.round(
    json * ARCHIVE_BYTES_PER_JSON_BYTE +
      binaries +
      (keeping ? KeptExports.bytesToKeep(source) : 0) +
      SPACE_MARGIN_BYTES,
  );
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
  const keeping = kept !== null && !kept.has(sha256);
  const dataFolder = dirname(db.name);
  const needed = spaceNeeded(source, layout, keeping);
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
  if (identity.kept) {
    try {
      await identity.kept.keep(source, sha256);
    } catch (error) {
      if (isDiskFull(error)) throw error;
      warnings.push({
        code: 'export-not-kept',
        message: `${file}: a copy could not be kept in the data folder (${(error as Error).message}); the archive cannot be rebuilt from it.`,
      });
    }
  }
  db.transaction(() => {
    if (account) upsertAccount(db, account);
    if (existing) restartExport(db, exportId, source.fingerprint, file);
    else {
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
  })();
  // A verify reads everything again; what the archive holds is recognised by its bytes and skipped.
  const progress: ExportProgress = existing && !verifying ? parseProgress(existing) : emptyProgress();
  const reporter = new ProgressReporter(file, layout, options.onProgress);

  const binaries = await storeBinaries(
    db,
    blobs,
    source,
    layout,
    exportId,
    progress,
    reporter,
    warnings,
    options,
  );
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
  })();
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
    })();
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
  })();
  // A quick look over the whole file tells damage at once. It reads every page (5.7 s on a 2.3 GB
  // archive here), so it runs when that is small beside the import itself: a small archive, or an
  // import that wrote a good part of it. `archivist check` looks at everything, always.
  const damage = quickCheckIsCheap(db, spaceNeeded(source, layout, false)) ? quickCheckProblems(db) : [];
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
  const stored = exportFiles(db, exportId).length;
  if (stored < binaries) return `${binaries} files were read but the archive holds ${stored} of them`;
  return null;
}

function throwIfCancelled(signal: AbortSignal | undefined, label: string): void {
  if (signal?.aborted) {
    throw new AppError(
      'import-cancelled',
      `${label}: import cancelled; what was written is kept and the next import of this file carries on.`,
    );
  }
}

async function storeBinaries(
  db: ArchiveDb,
  blobs: BlobStore,
  source: ExportSource,
  layout: ExportLayout,
  exportId: string,
  progress: ExportProgress,
  reporter: ProgressReporter,
  warnings: ImportWarning[],
  options: ImportOptions,
): Promise<{ shaByPath: Map<string, string>; restored: number }> {
  const shaByPath = new Map(exportFiles(db, exportId).map((row) => [row.path, row.blob_sha256]));
  let restored = 0;
  if (progress.binariesDone || layout.binaries.length === 0) return { shaByPath, restored };
  const names =
    (await readSideFile(
      source,
      layout.assetNamesFile,
      readAssetNames,
      {
        code: 'asset-names-unreadable',
        message: `${source.path}: conversation_asset_file_names.json cannot be read; .dat files keep their names.`,
      },
      warnings,
    )) ?? new Map<string, string>();
  const batch = new ProgressBatch(db, exportId, progress);
  const writable = progress as { blobs: number; skippedBinaries: number; binariesDone: boolean };
  reporter.phase('binaries');
  for (const entry of layout.binaries) {
    throwIfCancelled(options.signal, source.path);
    const recorded = shaByPath.get(entry.name);
    // A verify also restores bytes that went missing from the blob folder.
    if (recorded && (!options.verify || (await blobs.has(recorded)))) {
      reporter.advance(entry.size, 0);
      continue;
    }
    const base = entry.name.slice(entry.name.lastIndexOf('/') + 1);
    const originalName = names.get(entry.name) ?? names.get(base) ?? null;
    let stored;
    try {
      stored = await blobs.store(await source.openEntry(entry.name));
    } catch (error) {
      // A full disk stops the import (nothing is lost); a damaged entry costs that one file.
      if (isDiskFull(error)) throw error;
      warnings.push({
        code: 'binary-unreadable',
        message: `${source.path}: ${entry.name} cannot be read (${(error as Error).message}).`,
      });
      if (!recorded) batch.run(() => (writable.skippedBinaries += 1));
      continue;
    }
    const mimeType = sniffFileType(stored.head)?.mime ?? mimeFromFileName(originalName ?? entry.name);
    if (recorded) restored += 1;
    else {
      batch.run(() => {
        recordBlob(db, { sha256: stored.sha256, size: stored.size, mimeType, exportId });
        recordExportFile(db, { exportId, path: entry.name, originalName, sha256: stored.sha256 });
        writable.blobs += 1;
      });
      if (options.verify) restored += 1;
    }
    shaByPath.set(entry.name, stored.sha256);
    reporter.advance(entry.size, 0);
  }
  batch.run(() => (writable.binariesDone = true));
  return { shaByPath, restored };
}

/** Earlier exports may have referenced files only this one carries. */
function linkNewlyCarriedBlobs(
  db: ArchiveDb,
  resolver: AssetResolver,
  shaByPath: Map<string, string>,
): number {
  if (shaByPath.size === 0) return 0;
  let linked = 0;
  db.transaction(() => {
    for (const artifact of artifactsWithoutBlob(db)) {
      const path = resolver.resolve(artifact.asset_pointer);
      const sha = path ? shaByPath.get(path) : undefined;
      if (sha) {
        linkArtifactBlob(db, artifact.id, sha);
        linked += 1;
      }
    }
  })();
  return linked;
}

interface FileOutcome {
  readonly malformed: number;
  readonly truncated: AppError | null;
}

async function importConversationFile(
  db: ArchiveDb,
  source: ExportSource,
  entry: ExportEntry,
  context: Parameters<typeof mergeConversation>[3],
  progress: ExportProgress,
  reporter: ProgressReporter,
  options: ImportOptions,
): Promise<FileOutcome> {
  reporter.phase('conversations');
  const label = `${source.kind === 'json-file' ? source.path : `${source.path}: ${entry.name}`}`;
  const alreadyDone = progress.files[entry.name] ?? 0;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const batch = new ProgressBatch(db, context.exportId, progress);
  let done = alreadyDone;
  let malformed = 0;
  let inBatch = 0;
  let batchBytes = 0;

  const commit = () => {
    progress.files[entry.name] = done;
    batch.commit();
    inBatch = 0;
    batchBytes = 0;
  };
  // Counted when the archive records the conversation as held by this export for the first time.
  const countRead = () => {
    progress.read[entry.name] = (progress.read[entry.name] ?? 0) + 1;
  };

  // Conversations are parsed ahead on the parser's thread while this one writes them, in order.
  const ahead: Pending[] = [];
  const readAhead = new Set<string>();
  let aheadBytes = 0;
  const write = (pending: Pending, parsed: ParseOutcome | null) => {
    const { element, hash } = pending;
    batch.begin();
    inBatch += 1;
    batchBytes += element.bytes.length;
    const counts = progress.counts;
    // Only bytes already stored when they were read can be unchanged; parsed ones go to the merge.
    const unchanged = parsed === null ? recordIfUnchanged(db, hash, context) : null;
    if (unchanged) {
      counts.unchanged += 1;
      if (unchanged.firstInExport) countRead();
    } else {
      // A twin of bytes whose first copy was skipped as malformed is parsed here, to be reported too.
      const outcome = parsed ?? parseConversation(element.bytes);
      if (outcome.ok) {
        const { conversation } = outcome;
        if (!isRecordedInExport(db, conversation.id, context.exportId)) countRead();
        counts[mergeConversation(db, conversation, hash, context)] += 1;
        counts.messages += conversation.messageCount;
        counts.artifacts += conversation.artifacts.length;
      } else {
        malformed += 1;
        const which = outcome.conversationId
          ? `conversation ${outcome.conversationId}`
          : `conversation #${element.index + 1} (byte ${element.offset})`;
        progress.warnings.push({
          code: 'conversation-malformed',
          message: `${label}: ${which} was skipped: ${outcome.reason === 'malformed-json' ? `malformed JSON (${outcome.message})` : outcome.message}.`,
        });
      }
    }
    done = element.index + 1;
    reporter.advance(0, 1);
    if (inBatch >= batchSize || batchBytes >= BATCH_BYTES) commit();
  };
  const writeHead = async () => {
    const head = ahead.shift() as Pending;
    aheadBytes -= head.element.bytes.length;
    write(head, head.parsed ? await head.parsed : null);
  };

  const parser = createConversationParser();
  const splitter = new JsonArraySplitter();
  const stream = await source.openEntry(entry.name);
  try {
    for await (const chunk of stream) {
      throwIfCancelled(options.signal, label);
      const elements = splitter.push(chunk as Buffer);
      reporter.advance((chunk as Buffer).length, 0);
      for (const element of elements) {
        if (element.index < alreadyDone) continue;
        const hash = sha256OfText(element.bytes);
        // Bytes already stored, or met earlier in this file, need no parsing: they are recorded as
        // seen when their turn comes.
        const known = isKnownContent(db, hash) || readAhead.has(hash);
        readAhead.add(hash);
        ahead.push({ element, hash, parsed: known ? null : parser.parse(element.bytes) });
        aheadBytes += element.bytes.length;
        while (ahead.length > MAX_AHEAD || aheadBytes > MAX_AHEAD_BYTES) await writeHead();
      }
    }
    splitter.end();
    while (ahead.length > 0) await writeHead();
    if (inBatch > 0) commit();
    return { malformed, truncated: null };
  } catch (error) {
    // What was written whole is kept when the file is cut or the person cancels; after any other
    // failure (a full disk, a failed write or merge) the open batch is rolled back with its progress.
    const keepsBatch =
      error instanceof JsonArrayError || (error instanceof AppError && error.code === 'import-cancelled');
    if (!keepsBatch) {
      batch.rollback();
      throw error;
    }
    try {
      if (error instanceof JsonArrayError) while (ahead.length > 0) await writeHead();
      if (inBatch > 0) commit();
    } catch (failure) {
      batch.rollback();
      throw failure;
    }
    if (error instanceof JsonArrayError) {
      if (error.kind === 'truncated') {
        return {
          malformed,
          truncated: new AppError(
            'export-truncated',
            `${label}: ${error.message}; the ${done} complete conversations before the cut were imported, the rest is missing.`,
          ),
        };
      }
      throw new AppError('export-malformed', `${label}: ${error.message}.`);
    }
    throw error;
  } finally {
    stream.destroy();
    await parser.close();
  }
}

interface Pending {
  readonly element: ArrayElement;
  readonly hash: string;
  /** Null when the bytes are already in the archive (or earlier in this file). */
  readonly parsed: Promise<ParseOutcome> | null;
}

class ProgressReporter {
  private readonly total: number;
  private bytesDone = 0;
  private conversationsDone = 0;
  private current: ImportProgress['phase'] = 'hashing';
  private lastSent = 0;

  constructor(
    private readonly file: string,
    layout: ExportLayout,
    private readonly listener?: (progress: ImportProgress) => void,
  ) {
    this.total = [...layout.conversationFiles, ...layout.binaries].reduce(
      (sum, entry) => sum + entry.size,
      0,
    );
  }

  phase(phase: ImportProgress['phase']): void {
    this.current = phase;
    this.send(true);
  }

  advance(bytes: number, conversations: number): void {
    this.bytesDone += bytes;
    this.conversationsDone += conversations;
    this.send(false);
  }

  private send(force: boolean): void {
    if (!this.listener) return;
    const now = Date.now();
    if (!force && now - this.lastSent < PROGRESS_INTERVAL_MS) return;
    this.lastSent = now;
    this.listener({
      file: this.file,
      phase: this.current,
      bytesDone: this.bytesDone,
      bytesTotal: this.total,
      conversationsDone: this.conversationsDone,
    });
  }
}
