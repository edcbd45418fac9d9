// Which processes have the archive open: each Archivist that opens it whole leaves a small marker
// named by its process id in the data folder and removes it when it closes. rebuild-archive refuses
// to swap files under a live one (it would go on writing into the replaced file); a read-only open
// (`archivist stats`) writes nothing, so it leaves none.

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from '../process-alive.js';

function markerFolder(dataFolder: string): string {
  return join(dataFolder, 'in-use');
}

/** Marks the archive as open by this process; the returned function unmarks it. */
export function markArchiveInUse(dataFolder: string): () => void {
  const marker = join(markerFolder(dataFolder), String(process.pid));
  try {
    mkdirSync(markerFolder(dataFolder), { recursive: true });
    writeFileSync(marker, new Date().toISOString());
  } catch {
    // A marker that cannot be written (a read-only folder) only weakens rebuild's check.
  }
  return () => rmSync(marker, { force: true });
}

/** Other live processes that have the archive open; markers of ended ones are cleared. */
export function otherArchiveUsers(dataFolder: string): number[] {
  const folder = markerFolder(dataFolder);
  if (!existsSync(folder)) return [];
  const others: number[] = [];
  for (const name of readdirSync(folder)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (isProcessAlive(pid)) others.push(pid);
    else rmSync(join(folder, name), { force: true });
  }
  return others;
}
