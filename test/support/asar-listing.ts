// The files an app.asar holds, read from its header (a little-endian size prefix, then JSON), so a
// test can say what a packaged app ships without unpacking it.

import { readFileSync } from 'node:fs';

interface AsarEntry {
  readonly files?: Record<string, AsarEntry>;
  readonly unpacked?: boolean;
}

export interface AsarFile {
  readonly path: string;
  /** Stored beside the archive, in app.asar.unpacked (native modules). */
  readonly unpacked: boolean;
}

export function asarFiles(asar: string): AsarFile[] {
  const bytes = readFileSync(asar);
  const jsonLength = bytes.readUInt32LE(12);
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + jsonLength)) as AsarEntry;
  const files: AsarFile[] = [];
  const walk = (entry: AsarEntry, prefix: string): void => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, path);
      else files.push({ path, unpacked: child.unpacked === true });
    }
  };
  walk(header, '');
  return files;
}
