// The binaries an export carries (images, audio, documents) into the blob store, each recorded with
// the import's progress in one transaction; a full disk stops the import, a damaged entry costs a
// warning. Also links earlier exports' artifacts to bytes only this one carries.

import type { ImportWarning } from '../../../src-shared/model/import-report.js';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  artifactsWithoutBlob,
  exportFiles,
  linkArtifactBlob,
  recordBlob,
  recordExportFile,
} from '../db/blob-repository.js';
import { type ExportProgress } from '../db/export-repository.js';
import { isDiskFull } from '../db/storage-failure.js';
import type { AssetResolver } from '../chatgpt-export/asset-resolver.js';
import { type ExportLayout } from '../chatgpt-export/export-layout.js';
import type { ExportSource } from '../chatgpt-export/export-source.js';
import { mimeFromFileName, sniffFileType } from '../chatgpt-export/magic-bytes.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { ProgressBatch } from './progress-batch.js';
import { readAssetNames, readSideFile } from './side-files.js';
import type { ImportOptions } from './import-options.js';
import type { ProgressReporter } from './import-progress.js';
import { throwIfCancelled } from './import-progress.js';

export interface BinaryImport {
  readonly blobs: BlobStore;
  readonly source: ExportSource;
  readonly layout: ExportLayout;
  readonly exportId: string;
  readonly progress: ExportProgress;
  readonly reporter: ProgressReporter;
  readonly warnings: ImportWarning[];
  readonly options: ImportOptions;
}

export async function storeBinaries(
  db: ArchiveDb,
  { blobs, source, layout, exportId, progress, reporter, warnings, options }: BinaryImport,
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
  reporter.phase('binaries');
  for (const entry of layout.binaries) {
    throwIfCancelled(options.signal, source.path);
    const recorded = shaByPath.get(entry.name);
    // A verify also restores bytes that went missing from the blob folder or were damaged there.
    if (recorded && (!options.verify || (await blobs.isWhole(recorded)))) {
      reporter.advance(entry.size, 0);
      continue;
    }
    const base = entry.name.slice(entry.name.lastIndexOf('/') + 1);
    const originalName = names.get(entry.name) ?? names.get(base) ?? null;
    let stored;
    try {
      stored = await blobs.store(await source.openEntry(entry.name), { repair: options.verify === true });
    } catch (error) {
      // A full disk stops the import (nothing is lost); a damaged entry costs that one file.
      if (isDiskFull(error)) throw error;
      warnings.push({
        code: 'binary-unreadable',
        message: `${source.path}: ${entry.name} cannot be read (${(error as Error).message}).`,
      });
      if (!recorded) batch.run(() => (progress.skippedBinaries += 1));
      continue;
    }
    const mimeType = sniffFileType(stored.head)?.mime ?? mimeFromFileName(originalName ?? entry.name);
    if (recorded) restored += 1;
    else {
      batch.run(() => {
        recordBlob(db, { sha256: stored.sha256, size: stored.size, mimeType, exportId });
        recordExportFile(db, { exportId, path: entry.name, originalName, sha256: stored.sha256 });
        progress.blobs += 1;
      });
      if (options.verify) restored += 1;
    }
    shaByPath.set(entry.name, stored.sha256);
    reporter.advance(entry.size, 0);
  }
  batch.run(() => (progress.binariesDone = true));
  return { shaByPath, restored };
}

/** Earlier exports may have referenced files only this one carries. */
export function linkNewlyCarriedBlobs(
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
  }).immediate();
  return linked;
}
