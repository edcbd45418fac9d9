// Writes real ZIP files for tests with yazl: from a folder on disk or from in-memory entries.

import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export interface ZipMember {
  readonly name: string;
  readonly data: Buffer | string;
  readonly compress?: boolean;
}

export async function writeZip(path: string, members: readonly ZipMember[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const member of members) {
    const data = typeof member.data === 'string' ? Buffer.from(member.data, 'utf8') : member.data;
    zip.addBuffer(data, member.name, {
      compress: member.compress ?? true,
      mtime: new Date('2025-04-25T14:40:42Z'),
    });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
}

export async function zipFolder(folder: string, path: string, { prefix = '' } = {}): Promise<void> {
  const members: ZipMember[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        members.push({
          name: prefix + relative(folder, full).split('\\').join('/'),
          data: readFileSync(full),
        });
    }
  };
  walk(folder);
  await writeZip(path, members);
}
