// Recognises which of the export layouts (2023 single file, 2024-25 with binaries, 2026 shards with
// .dat files) an entry list is, and names its parts. Decided from entry names only: nothing is read.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ExportEntry } from './export-source.js';

export type LayoutName = 'single-file' | 'single-file-with-binaries' | 'sharded';

export interface ExportLayout {
  readonly name: LayoutName;
  /** conversations.json, or conversations-000.json, -001 … in order. */
  readonly conversationFiles: readonly ExportEntry[];
  readonly userFile: ExportEntry | null;
  readonly assetNamesFile: ExportEntry | null;
  readonly libraryFile: ExportEntry | null;
  readonly manifestFile: ExportEntry | null;
  /** Every entry that is neither JSON nor the HTML viewer: images, audio, documents, .dat. */
  readonly binaries: readonly ExportEntry[];
}

const SHARD = /^conversations-(\d+)\.json$/;
// Where ChatGPT puts binaries: uploads at the root (file-…, file_…), DALL-E and image-gen folders,
// per-conversation audio and images, and 2026's .dat files. Anything else in a folder is not ours.
const EXPORT_BINARY =
  /^(?:file[-_][^/]+|dalle-generations\/[^/]+|user-[^/]+\/.+|[0-9a-f]{8}-[0-9a-f-]{27}\/(?:audio|image|images|video)\/[^/]+|.+\.dat)$/i;
const NOT_BINARY = /\.(json|html|htm|jsonl|index)$/i;

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

function dirName(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash === -1 ? '' : name.slice(0, slash + 1);
}

export function isConversationFileName(name: string): boolean {
  const base = baseName(name);
  return base === 'conversations.json' || SHARD.test(base);
}

export function detectLayout(entries: readonly ExportEntry[], sourceLabel: string): ExportLayout {
  const candidates = entries.filter((entry) => isConversationFileName(entry.name));
  if (candidates.length === 0) {
    // A bare JSON file the user pointed at directly counts as conversations.json.
    const only = entries.length === 1 ? entries[0] : undefined;
    if (only && /\.json$/i.test(only.name)) return singleFileLayout([only]);
    throw new AppError(
      'not-an-export',
      `${sourceLabel}: not a ChatGPT export (no conversations.json or conversations-NNN.json inside).`,
    );
  }
  // Exports re-zipped by hand often sit one folder down; everything is read relative to that folder.
  const shallowest = candidates.reduce((best, entry) =>
    entry.name.split('/').length < best.name.split('/').length ? entry : best,
  );
  const root = dirName(shallowest.name);
  const inRoot = (entry: ExportEntry) => dirName(entry.name) === root;
  const sideFile = (base: string) => entries.find((entry) => entry.name === root + base) ?? null;
  const shards = candidates
    .filter((entry) => inRoot(entry) && SHARD.test(baseName(entry.name)))
    .sort((a, b) => shardNumber(a) - shardNumber(b));
  const single = candidates.find((entry) => inRoot(entry) && baseName(entry.name) === 'conversations.json');
  const conversationFiles = shards.length > 0 ? shards : single ? [single] : [shallowest];
  const binaries = entries.filter((entry) => {
    if (!entry.name.startsWith(root)) return false;
    const relative = entry.name.slice(root.length);
    return EXPORT_BINARY.test(relative) && !NOT_BINARY.test(relative);
  });
  const name: LayoutName =
    shards.length > 0 ? 'sharded' : binaries.length > 0 ? 'single-file-with-binaries' : 'single-file';
  return {
    name,
    conversationFiles,
    userFile: sideFile('user.json'),
    assetNamesFile: sideFile('conversation_asset_file_names.json'),
    libraryFile: sideFile('library_files.json'),
    manifestFile: sideFile('export_manifest.json'),
    binaries,
  };
}

function singleFileLayout(files: ExportEntry[]): ExportLayout {
  return {
    name: 'single-file',
    conversationFiles: files,
    userFile: null,
    assetNamesFile: null,
    libraryFile: null,
    manifestFile: null,
    binaries: [],
  };
}

function shardNumber(entry: ExportEntry): number {
  return Number(SHARD.exec(baseName(entry.name))?.[1] ?? 0);
}

/** The export time a ChatGPT export's file name carries: `<hex>-YYYY-MM-DD-HH-MM-SS-<hex>.zip`. */
export function exportTimeFromFileName(fileName: string): number | null {
  const match =
    /(?:^|[^0-9])(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})(?:-[0-9a-f]+)?(?: \(\d+\))?(?:\.zip)?$/i.exec(
      fileName,
    );
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(time) ? null : time / 1000;
}
