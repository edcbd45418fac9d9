// Decides, from the central directory alone, whether a ZIP's entries are safe to read: no names that
// climb out of a folder, no zip bombs. Pure, so every rule is tested without a ZIP in sight.

import { formatBytes } from '../../../src-shared/model/byte-size.js';

export interface ZipEntryFacts {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  /** Inflated size over compressed size above which an entry is treated as a bomb. */
  readonly maxRatio: number;
  /** Entries smaller than this may compress as well as they like (a file of spaces, say). */
  readonly ratioFloorBytes: number;
}

// Real exports compress 3-15x; 1 GB exports exist and grow. The limits leave generous headroom for
// those while refusing what only an attack produces (deflate tops out near 1032x).
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 500_000,
  maxEntryBytes: 32 * 1024 ** 3,
  maxTotalBytes: 128 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 16 * 1024 ** 2,
};

export type EntryVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'zip-unsafe-entry' | 'zip-bomb'; readonly reason: string };

const OK: EntryVerdict = { ok: true };

/** Why an entry name is unsafe, or null when it is a plain relative path. */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'has an empty name';
  if (name.includes('\0')) return 'has a NUL character in its name';
  if (name.includes('\\')) return 'uses backslashes in its name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'has an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'climbs out of the export with ".."';
  return null;
}

export function checkEntry(entry: ZipEntryFacts, limits: ZipLimits = DEFAULT_ZIP_LIMITS): EntryVerdict {
  const nameReason = unsafeNameReason(entry.name);
  if (nameReason)
    return { ok: false, code: 'zip-unsafe-entry', reason: `entry "${entry.name}" ${nameReason}` };
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    return {
      ok: false,
      code: 'zip-bomb',
      reason: `entry "${entry.name}" would inflate to ${formatBytes(entry.uncompressedSize)}, more than the ${formatBytes(limits.maxEntryBytes)} allowed`,
    };
  }
  if (entry.uncompressedSize >= limits.ratioFloorBytes) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxRatio) {
      return {
        ok: false,
        code: 'zip-bomb',
        reason: `entry "${entry.name}" would inflate ${Math.round(ratio)}-fold (${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)}), which only a zip bomb does`,
      };
    }
  }
  return OK;
}

export function checkEntries(
  entries: readonly ZipEntryFacts[],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): EntryVerdict {
  if (entries.length > limits.maxEntries) {
    return {
      ok: false,
      code: 'zip-bomb',
      reason: `it holds ${entries.length} entries, more than ${limits.maxEntries}`,
    };
  }
  let total = 0;
  for (const entry of entries) {
    const verdict = checkEntry(entry, limits);
    if (!verdict.ok) return verdict;
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    return {
      ok: false,
      code: 'zip-bomb',
      reason: `its entries would inflate to ${formatBytes(total)} in all`,
    };
  }
  return OK;
}

/** Entries that are never part of an export: folders, and what macOS adds when a user re-zips one. */
export function isIgnoredEntry(name: string): boolean {
  if (name.endsWith('/')) return true;
  if (name.startsWith('__MACOSX/')) return true;
  const base = name.slice(name.lastIndexOf('/') + 1);
  return base.startsWith('._') || base === '.DS_Store' || base === 'Thumbs.db';
}
