// Where a kit goes when the window asks for one (a window never names a folder): one folder per
// conversation under `<Downloads>/Archivist rebuild kits/`, named after its title. A conversation's
// kit is found again by the id its notebook records, so a second run rewrites that folder (even after
// the title changed) and never a folder holding another conversation's kit or the person's own files.

import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REBUILD_KITS_FOLDER_NAME } from '../os-folders/downloads-folder.js';
import { shortIdOf, titledFileName } from '../output/safe-file-name.js';

export const KITS_FOLDER_NAME = REBUILD_KITS_FOLDER_NAME;

export function kitsFolderIn(downloads: string): string {
  return join(downloads, KITS_FOLDER_NAME);
}

async function recordsConversation(folder: string, conversationId: string): Promise<boolean> {
  try {
    const notebook = JSON.parse(await readFile(join(folder, 'notebook.ipynb'), 'utf8')) as {
      metadata?: { archivist?: { conversationId?: unknown } };
    };
    return notebook.metadata?.archivist?.conversationId === conversationId;
  } catch {
    return false;
  }
}

/** The folder under `kitsRoot` already holding this conversation's kit, or null. */
export async function existingKitFolder(kitsRoot: string, conversationId: string): Promise<string | null> {
  const entries = await readdir(kitsRoot, { withFileTypes: true }).catch(() => []);
  const marker = `(${shortIdOf(conversationId)})`;
  for (const entry of entries) {
    // Not a link: a kit folder is one Archivist made, and it writes into nothing it did not make.
    if (!entry.isDirectory() || !entry.name.includes(marker)) continue;
    const folder = join(kitsRoot, entry.name);
    if (await recordsConversation(folder, conversationId)) return folder;
  }
  return null;
}

/** The conversation's kit folder: the one it already has, else a new one no other file holds. */
export async function kitFolderFor(
  kitsRoot: string,
  conversation: { readonly id: string; readonly title: string | null },
): Promise<string> {
  const existing = await existingKitFolder(kitsRoot, conversation.id);
  if (existing) return existing;
  const name = titledFileName(conversation.title, conversation.id);
  for (let number = 1; ; number += 1) {
    const candidate = join(kitsRoot, number === 1 ? name : `${name} ${number}`);
    const taken = await lstat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}
