// Reads an export's small JSON side files (user.json, conversation_asset_file_names.json) with a size
// cap, and makes sense of their loosely specified shapes.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ImportWarning } from '../../../src-shared/model/import-report.js';
import type { ExportEntry, ExportSource } from '../chatgpt-export/export-source.js';
import { asArray, asObject, asString } from '../chatgpt-export/json-shape.js';

const MAX_SIDE_FILE_BYTES = 64 * 1024 * 1024;

export async function readJsonEntry(source: ExportSource, entry: ExportEntry): Promise<unknown> {
  if (entry.size > MAX_SIDE_FILE_BYTES) {
    throw new AppError('export-malformed', `${source.path}: ${entry.name} is unexpectedly large.`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of await source.openEntry(entry.name)) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Reads an optional side file with `read`; a side file that is there but unreadable costs a warning,
 * never the import. Null when the file is absent or unreadable.
 */
export async function readSideFile<T>(
  source: ExportSource,
  entry: ExportEntry | null,
  read: (raw: unknown) => T,
  unreadable: ImportWarning,
  warnings: ImportWarning[],
): Promise<T | null> {
  if (!entry) return null;
  try {
    return read(await readJsonEntry(source, entry));
  } catch {
    warnings.push(unreadable);
    return null;
  }
}

export interface AccountInfo {
  readonly id: string;
  readonly email: string | null;
}

export function readAccount(raw: unknown): AccountInfo | null {
  const user = asObject(raw);
  const id = asString(user?.['id']);
  return id ? { id, email: asString(user?.['email']) } : null;
}

/** `{ "<file>.dat": "<original name>" }`, or a list of objects pairing the two; both seen described. */
export function readAssetNames(raw: unknown): Map<string, string> {
  const names = new Map<string, string>();
  const object = asObject(raw);
  if (object) {
    for (const [key, value] of Object.entries(object)) {
      if (typeof value === 'string') names.set(key, value);
    }
    return names;
  }
  for (const item of asArray(raw)) {
    const row = asObject(item);
    const strings = row
      ? Object.values(row).filter((value): value is string => typeof value === 'string')
      : [];
    const dat = strings.find((value) => value.endsWith('.dat'));
    const original = strings.find((value) => !value.endsWith('.dat'));
    if (dat && original) names.set(dat, original);
  }
  return names;
}
