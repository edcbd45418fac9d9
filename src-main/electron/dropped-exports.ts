// Files dropped on the desktop window arrive as paths the preload read off their File objects. The
// window is untrusted, so main takes only what a drop of exports can be: existing regular files named
// *.zip, each said in a sentence naming it otherwise; nothing else is ever read from what it sends.

import { statSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../src-shared/contract/archive-contract.js';
import {
  isZipFileName,
  MAX_DROPPED_FILES,
  notAZipMessage,
  type DroppedFileOutcome,
} from '../../src-shared/model/dropped-export.js';

export type DroppedPath =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

const NOT_ON_DISK =
  'A dropped item is not a file on this computer (something dragged from a web page, say); save it, then drop the saved file.';

/** One verdict per entry of what the window sent; anything but a list of at most 100 is refused whole. */
export function checkDroppedPaths(sent: unknown): DroppedPath[] {
  if (!Array.isArray(sent)) throw new AppError('invalid-input', 'The dropped files must come as a list.');
  if (sent.length > MAX_DROPPED_FILES) {
    throw new AppError('invalid-input', `At most ${MAX_DROPPED_FILES} files can be dropped at once.`);
  }
  return sent.map((path: unknown) => checkDroppedPath(path));
}

function checkDroppedPath(path: unknown): DroppedPath {
  if (typeof path !== 'string' || path === '' || !isAbsolute(path) || path.includes('\0')) {
    return { ok: false, message: NOT_ON_DISK };
  }
  const name = basename(path);
  if (!isZipFileName(name)) return { ok: false, message: notAZipMessage(name) };
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return { ok: false, message: `“${name}” cannot be read where it was dropped from (${path}).` };
  }
  if (stats.isDirectory()) return { ok: false, message: `“${name}” is a folder, not a ZIP file.` };
  if (!stats.isFile()) return { ok: false, message: `“${name}” is not a regular file.` };
  return { ok: true, path };
}

/** Queues every dropped export that passed, as a drop; the others come back with why. */
export async function queueDroppedExports(
  api: Pick<ArchiveApi, 'enqueueImport'>,
  sent: unknown,
): Promise<DroppedFileOutcome[]> {
  const outcomes: DroppedFileOutcome[] = [];
  for (const checked of checkDroppedPaths(sent)) {
    outcomes.push(checked.ok ? { ok: true, job: await api.enqueueImport({ path: checked.path }) } : checked);
  }
  return outcomes;
}
