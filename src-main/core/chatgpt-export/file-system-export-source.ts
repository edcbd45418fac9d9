// Reads an export a person already unzipped (a folder), or a bare conversations.json, through the
// same entry interface as a ZIP. Symbolic links are not followed: an export has none.

import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ExportEntry, ExportSource } from './export-source.js';
import { sha256OfFile, sha256OfText } from './file-hash.js';
import { isIgnoredEntry } from './zip-entry-policy.js';

const MAX_DEPTH = 8;
const MAX_FILES = 500_000;

async function listFiles(root: string): Promise<ExportEntry[]> {
  const entries: ExportEntry[] = [];
  async function walk(dir: string, prefix: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH) return;
    const children = await readdir(dir, { withFileTypes: true });
    for (const child of children) {
      const name = prefix + child.name;
      if (child.isDirectory()) {
        if (!isIgnoredEntry(`${name}/x`)) await walk(join(dir, child.name), `${name}/`, depth + 1);
      } else if (child.isFile() && !isIgnoredEntry(name)) {
        const stats = await lstat(join(dir, child.name));
        entries.push({
          name,
          size: stats.size,
          compressedSize: stats.size,
          modifiedAt: stats.mtimeMs / 1000,
        });
        if (entries.length > MAX_FILES) {
          throw new AppError(
            'not-an-export',
            `${root}: holds more than ${MAX_FILES} files; not an export folder.`,
          );
        }
      }
    }
  }
  await walk(root, '', 0);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function openFolderExportSource(path: string): Promise<ExportSource> {
  const entries = await listFiles(path);
  const listing = sha256OfText(
    entries.map((entry) => `${entry.name}\0${entry.size}\0${entry.modifiedAt}`).join('\n'),
  );
  return {
    kind: 'folder',
    path,
    entries,
    fingerprint: `folder:${listing}`,
    sha256: async () => listing,
    async openEntry(name: string): Promise<Readable> {
      if (!entries.some((entry) => entry.name === name))
        throw new AppError('not-found', `${path}: no file "${name}"`);
      return createReadStream(join(path, ...name.split('/')));
    },
    async close() {},
  };
}

export async function openJsonFileExportSource(path: string): Promise<ExportSource> {
  const stats = await lstat(path);
  const name = basename(path);
  const entry: ExportEntry = {
    name,
    size: stats.size,
    compressedSize: stats.size,
    modifiedAt: stats.mtimeMs / 1000,
  };
  return {
    kind: 'json-file',
    path,
    entries: [entry],
    fingerprint: `file:${stats.size}:${stats.mtimeMs}`,
    sha256: () => sha256OfFile(path),
    async openEntry(wanted: string): Promise<Readable> {
      if (wanted !== name) throw new AppError('not-found', `${path}: no entry "${wanted}"`);
      return createReadStream(path);
    },
    async close() {},
  };
}
