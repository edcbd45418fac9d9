// The exports a person imported, kept in the data folder (once each, by sha256) so that the archive
// can always be rebuilt from what they own, even after the ZIP in Downloads is gone. A folder the
// person unzipped is kept zipped; a ZIP or a bare conversations.json is copied as it is, and a ZIP
// uploaded into the data folder is hard-linked (Archivist wrote it and never changes it; its own name
// goes once its import ends), so its bytes are on the disk once.

import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, utimes } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ExportSource } from '../chatgpt-export/export-source.js';

export interface KeptExport {
  /** The sha256 the export was imported under (for a folder: of its listing). */
  readonly sha256: string;
  readonly path: string;
  readonly name: string;
  readonly bytes: number;
  /** The file's modification time, epoch seconds: the original's, kept on the copy. */
  readonly modifiedAt: number;
}

export class KeptExports {
  constructor(
    readonly root: string,
    /** A folder whose files are Archivist's own uploads: kept by a hard link, not a copy. */
    private readonly linkableFolder?: string,
  ) {}

  /** Whether keeping this source takes no room: a ZIP in the uploads folder, linked. */
  links(source: ExportSource): boolean {
    if (source.kind !== 'zip' || !this.linkableFolder) return false;
    const inside = relative(resolve(this.linkableFolder), resolve(source.path));
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  }

  has(sha256: string): boolean {
    return this.find(sha256) !== null;
  }

  find(sha256: string): KeptExport | null {
    return this.keptIn(sha256)[0] ?? null;
  }

  /** Every kept export; an unfinished copy (a killed process) is not one. */
  list(): KeptExport[] {
    if (!existsSync(this.root)) return [];
    return readdirSync(this.root)
      .filter((name) => /^[0-9a-f]{64}$/.test(name))
      .flatMap((sha256) => this.keptIn(sha256));
  }

  /** The export kept under one sha256 (its folder holds the one file). */
  private keptIn(sha256: string): KeptExport[] {
    const folder = join(this.root, sha256);
    if (!existsSync(folder)) return [];
    return readdirSync(folder).flatMap((name) => {
      const stats = statSync(join(folder, name));
      return stats.isFile()
        ? [{ sha256, path: join(folder, name), name, bytes: stats.size, modifiedAt: stats.mtimeMs / 1000 }]
        : [];
    });
  }

  /** What keeping this source would take on disk (a folder zips to at most its size). */
  static bytesToKeep(source: ExportSource): number {
    return source.entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  }

  /**
   * Keeps a copy of the source under its sha256. Written under a temporary name and renamed, so a
   * killed copy never passes for a kept export. Does nothing when it is kept already.
   */
  async keep(source: ExportSource, sha256: string): Promise<KeptExport> {
    const found = this.find(sha256);
    if (found) return found;
    const folder = join(this.root, sha256);
    const tmpFolder = join(this.root, `.tmp-${sha256}-${process.pid}`);
    const name = source.kind === 'folder' ? `${basename(source.path)}.zip` : basename(source.path);
    await rm(tmpFolder, { recursive: true, force: true });
    await mkdir(tmpFolder, { recursive: true });
    try {
      const target = join(tmpFolder, name);
      if (source.kind === 'folder') await zipSource(source, target);
      else if (!(this.links(source) && (await linked(source.path, target)))) {
        await copyFile(source.path, target);
        const original = statSync(source.path);
        await utimes(target, original.atime, original.mtime);
      }
      // On the disk before it counts as kept: the copy may become the only one the person has.
      await flushToDisk(target);
      await rename(tmpFolder, folder);
      await flushToDisk(this.root);
    } catch (error) {
      await rm(tmpFolder, { recursive: true, force: true });
      throw error;
    }
    return this.find(sha256) as KeptExport;
  }

  /** Leftovers of copies a killed process never finished. */
  async removeUnfinished(): Promise<void> {
    if (!existsSync(this.root)) return;
    for (const name of readdirSync(this.root)) {
      if (name.startsWith('.tmp-')) await rm(join(this.root, name), { recursive: true, force: true });
    }
  }
}

/** Links `target` to `source`; false where the file system cannot (the copy is made instead). */
async function linked(source: string, target: string): Promise<boolean> {
  try {
    await link(source, target);
    return true;
  } catch {
    return false;
  }
}

async function flushToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function zipSource(source: ExportSource, target: string): Promise<void> {
  // Loaded here, only when a folder is kept: listing kept exports (stats) must not load a zip writer.
  const { default: yazl } = await import('yazl');
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(target));
  for (const entry of source.entries) {
    const mtime = entry.modifiedAt === null ? new Date() : new Date(entry.modifiedAt * 1000);
    zip.addReadStream(createReadStream(join(source.path, ...entry.name.split('/'))), entry.name, { mtime });
  }
  zip.end();
  await written;
}
