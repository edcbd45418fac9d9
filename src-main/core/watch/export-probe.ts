// Decides, without inflating anything, whether a file or folder that appeared in a watched folder is a
// ChatGPT export: by its name, else by the ZIP's central directory (or the folder's listing) holding
// conversations*.json and user.json.

import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isContainerListing } from '../chatgpt-export/container-export-source.js';
import { openExportSource } from '../chatgpt-export/open-export-source.js';
import { hasExportFileName, isZipFileName } from './export-file-name.js';

export type ProbeResult = { readonly export: true } | { readonly export: false; readonly reason: string };

const CONVERSATIONS = /^conversations(?:-\d+)?\.json$/i;

function looksLikeExportListing(names: readonly string[]): boolean {
  return names.some((name) => CONVERSATIONS.test(name)) && names.includes('user.json');
}

export async function probeExport(path: string): Promise<ProbeResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return { export: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (info.isDirectory()) return probeFolder(path);
  if (!isZipFileName(path)) return { export: false, reason: 'not a ZIP' };
  // An export's own name is enough: if the file turns out damaged, its import says so clearly.
  if (hasExportFileName(basename(path))) return { export: true };
  let source;
  try {
    source = await openExportSource(path);
  } catch {
    return { export: false, reason: 'a ZIP that cannot be read' };
  }
  try {
    // At the top of the ZIP, or one folder down when someone zipped the folder again.
    const names = source.entries
      .filter((entry) => entry.name.split('/').length <= 2)
      .map((entry) => entry.name.slice(entry.name.lastIndexOf('/') + 1));
    return looksLikeExportListing(names) || isContainerListing(source.entries)
      ? { export: true }
      : { export: false, reason: 'a ZIP that holds no ChatGPT export' };
  } finally {
    await source.close();
  }
}

/** A folder a person unzipped an export into: the files at its top, or one folder down. */
async function probeFolder(path: string): Promise<ProbeResult> {
  try {
    const top = await readdir(path, { withFileTypes: true });
    if (looksLikeExportListing(top.filter((e) => e.isFile()).map((e) => e.name))) return { export: true };
    const folders = top.filter((entry) => entry.isDirectory());
    if (folders.length === 1) {
      const inner = await readdir(join(path, (folders[0] as { name: string }).name), { withFileTypes: true });
      if (looksLikeExportListing(inner.filter((e) => e.isFile()).map((e) => e.name))) return { export: true };
    }
  } catch (error) {
    return { export: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return { export: false, reason: 'a folder that holds no ChatGPT export' };
}
