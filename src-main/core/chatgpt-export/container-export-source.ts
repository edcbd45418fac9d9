// The Privacy Portal's container (chatgpt_archive….zip) wraps the ordinary export under `User Online
// Activity/`: one or more Conversations_…-chatgpt-NNNN.zip with the conversations and user.json, and
// Files_…-files-NNNN.zip with the binaries. The inner ZIPs are copied out, through the outer ZIP's
// entry policy, into a scratch folder inside the data folder, opened with the same policy, and read
// together as the one export they make.

import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { isConversationFileName } from './export-layout.js';
import type { ExportEntry, ExportSource } from './export-source.js';
import { openZipExportSource } from './zip-export-source.js';
import { isProcessAlive } from '../process-alive.js';

const INNER_PART = /(?:^|\/)(Conversations|Files)_[^/]*-(\d+)(?: \(\d+\))?\.zip$/i;
const SHARD = /^(.*\/)?conversations(?:-(\d+))?\.json$/i;

interface InnerPart {
  readonly entry: ExportEntry;
  readonly holds: 'conversations' | 'files';
  readonly number: number;
}

function innerParts(entries: readonly ExportEntry[]): InnerPart[] {
  return entries
    .flatMap((entry) => {
      const match = INNER_PART.exec(entry.name);
      if (!match) return [];
      const holds = (match[1] as string).toLowerCase() === 'conversations' ? 'conversations' : 'files';
      return [{ entry, holds, number: Number(match[2]) } as InnerPart];
    })
    .sort((a, b) => (a.holds === b.holds ? a.number - b.number : a.holds === 'conversations' ? -1 : 1));
}

/** Whether a ZIP's listing is a Privacy Portal container: inner conversation ZIPs and no export of its own. */
export function isContainerListing(entries: readonly ExportEntry[]): boolean {
  return (
    !entries.some((entry) => isConversationFileName(entry.name)) &&
    innerParts(entries).some((part) => part.holds === 'conversations')
  );
}

/** Copies a killed import left behind (their process is gone) are removed before new ones are made. */
async function removeAbandonedCopies(scratchRoot: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(scratchRoot);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^container-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || isProcessAlive(pid)) continue;
    await rm(join(scratchRoot, name), { recursive: true, force: true });
  }
}

export async function openContainerExportSource(
  outer: ExportSource,
  scratchRoot: string,
): Promise<ExportSource> {
  await removeAbandonedCopies(scratchRoot);
  const parts = innerParts(outer.entries);
  const scratch = join(scratchRoot, `container-${process.pid}-${randomBytes(6).toString('hex')}`);
  await mkdir(scratch, { recursive: true });
  const opened: ExportSource[] = [];
  try {
    for (const [index, part] of parts.entries()) {
      const file = join(scratch, `part-${index}.zip`);
      await pipeline(await outer.openEntry(part.entry.name), createWriteStream(file));
      try {
        opened.push(await openZipExportSource(file));
      } catch (error) {
        const reason =
          error instanceof AppError ? error.message.slice(file.length + 2) : (error as Error).message;
        throw new AppError(
          error instanceof AppError ? error.code : 'zip-corrupt',
          `${outer.path}: ${part.entry.name}: ${reason}`,
        );
      }
    }
  } catch (error) {
    for (const source of opened) await source.close();
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }

  // Several conversation parts each hold conversations.json (or shards): they are numbered on, so
  // that the one export reads every part's conversations in order.
  const conversationParts = parts.filter((part) => part.holds === 'conversations').length;
  const byName = new Map<string, { source: ExportSource; name: string }>();
  const entries: ExportEntry[] = [];
  parts.forEach((part, index) => {
    const source = opened[index] as ExportSource;
    for (const entry of source.entries) {
      let name = entry.name;
      const shard = SHARD.exec(name);
      if (shard && part.holds === 'conversations' && conversationParts > 1) {
        const number = index * 1000 + Number(shard[2] ?? 0);
        name = `${shard[1] ?? ''}conversations-${String(number).padStart(4, '0')}.json`;
      }
      if (byName.has(name)) continue;
      byName.set(name, { source, name: entry.name });
      entries.push({ ...entry, name });
    }
  });
  return {
    kind: 'zip',
    path: outer.path,
    entries,
    fingerprint: `container:${outer.fingerprint}`,
    sha256: () => outer.sha256(),
    async openEntry(name: string): Promise<Readable> {
      const found = byName.get(name);
      if (!found) throw new AppError('not-found', `${outer.path}: no entry "${name}"`);
      return found.source.openEntry(found.name);
    },
    async close() {
      for (const source of opened) await source.close();
      await outer.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
