// Watches folders (Downloads by default) for finished ChatGPT exports: ZIPs and unzipped folders that
// appear, or were already there when watching began. Downloads in progress are never touched: their
// temporary names are ignored and a file is offered only once its size has held still. A watched
// folder that vanishes (a removable disk) is watched again when it comes back.

import { watch, type FSWatcher } from 'chokidar';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { isPartialDownload, isZipFileName } from './export-file-name.js';
import { probeExport } from './export-probe.js';

export interface WatchListener {
  /** A finished export appeared; `initial` when it was there before watching began. */
  onExport(path: string, initial: boolean): void;
  onSkipped(path: string, reason: string): void;
  onProblem(message: string): void;
}

export interface WatchOptions {
  readonly recursive?: boolean;
  /** How long a file's size must hold still before it counts as finished. */
  readonly stableMs?: number;
  /** How often a vanished folder is looked for. */
  readonly rootCheckMs?: number;
}

export class DownloadsWatcher {
  private watcher: FSWatcher | null = null;
  private rootTimer: NodeJS.Timeout | null = null;
  private readonly missing = new Set<string>();
  private readonly offered = new Map<string, string>();
  private readonly folderChecks = new Map<string, NodeJS.Timeout>();
  private ready = false;
  private readonly folders: readonly string[];

  constructor(
    folders: readonly string[],
    private readonly listener: WatchListener,
    private readonly options: WatchOptions = {},
  ) {
    this.folders = folders.map((folder) => resolve(folder));
  }

  /** Resolves once the folders' present contents have been looked at. */
  async start(): Promise<void> {
    const stableMs = this.options.stableMs ?? 1000;
    const roots = new Set(this.folders);
    this.watcher = watch([...this.folders], {
      ignoreInitial: false,
      depth: this.options.recursive ? 20 : 0,
      awaitWriteFinish: { stabilityThreshold: stableMs, pollInterval: Math.min(250, stableMs / 4) },
      ignored: (path, stats) => {
        const name = basename(path);
        if (roots.has(path)) return false;
        if (name.startsWith('.') || isPartialDownload(name)) return true;
        return stats?.isFile() === true && !isZipFileName(name);
      },
    });
    this.watcher.on('add', (path) => void this.consider(path, !this.ready));
    this.watcher.on('change', (path) => void this.consider(path, false));
    this.watcher.on('addDir', (path) => {
      if (!roots.has(path)) this.considerFolderWhenStill(path, stableMs);
    });
    this.watcher.on('error', (error) =>
      this.listener.onProblem(`Watching failed: ${(error as Error).message}`),
    );
    await new Promise<void>((ready) => this.watcher?.once('ready', () => ready()));
    this.ready = true;
    for (const folder of this.folders) {
      if (!existsSync(folder)) {
        this.missing.add(folder);
        this.listener.onProblem(`${folder} is not there; it will be watched when it appears.`);
      }
    }
    // Not unref'd: close() clears it, and an unref'd interval was seen to stop firing after an import.
    this.rootTimer = setInterval(() => this.checkRoots(), this.options.rootCheckMs ?? 5000);
  }

  async close(): Promise<void> {
    if (this.rootTimer) clearInterval(this.rootTimer);
    for (const timer of this.folderChecks.values()) clearTimeout(timer);
    await this.watcher?.close();
    this.watcher = null;
  }

  /** A folder on a removable disk goes and comes back: watch it afresh when it does. */
  private checkRoots(): void {
    for (const folder of this.folders) {
      const present = existsSync(folder);
      if (!present && !this.missing.has(folder)) {
        this.missing.add(folder);
        this.listener.onProblem(`${folder} is gone; it will be watched again when it comes back.`);
      } else if (present && this.missing.has(folder)) {
        this.missing.delete(folder);
        this.watcher?.unwatch(folder);
        this.watcher?.add(folder);
      }
    }
  }

  private async consider(path: string, initial: boolean): Promise<void> {
    if (!isZipFileName(path)) return;
    let signature: string;
    try {
      const info = await stat(path);
      signature = `${info.size}:${info.mtimeMs}`;
    } catch {
      return;
    }
    // The same file reported twice (a rename, a touch) is offered once.
    if (this.offered.get(path) === signature) return;
    this.offered.set(path, signature);
    const result = await probeExport(path);
    if (result.export) this.listener.onExport(path, initial);
    else this.listener.onSkipped(path, result.reason);
  }

  /** An unzipping tool fills a new folder over seconds: look once its listing holds still. */
  private considerFolderWhenStill(path: string, stableMs: number, previous = '', attempt = 0): void {
    clearTimeout(this.folderChecks.get(path));
    const look = async () => {
      this.folderChecks.delete(path);
      const signature = await folderSignature(path);
      if (signature !== previous && attempt < MAX_FOLDER_CHECKS) {
        this.considerFolderWhenStill(path, stableMs, signature, attempt + 1);
        return;
      }
      if (this.offered.has(path)) return;
      this.offered.set(path, signature);
      const result = await probeExport(path);
      if (result.export) this.listener.onExport(path, !this.ready);
      else this.listener.onSkipped(path, result.reason);
    };
    const timer = setTimeout(() => {
      look().catch((error: unknown) =>
        this.listener.onProblem(`${path} could not be looked at (${(error as Error).message}).`),
      );
    }, stableMs);
    this.folderChecks.set(path, timer);
  }
}

const MAX_FOLDER_CHECKS = 60;

/** Names and sizes at a folder's top and one level down: what changes while it is being filled. */
async function folderSignature(path: string): Promise<string> {
  const parts: string[] = [];
  const list = async (folder: string, depth: number) => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        parts.push(`${full}/`);
        if (depth < 1) await list(full, depth + 1);
      } else {
        const size = await stat(full).then(
          (info) => info.size,
          () => -1,
        );
        parts.push(`${full}:${size}`);
      }
    }
  };
  await list(path, 0);
  return parts.sort().join('\n');
}
