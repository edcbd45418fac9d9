// `archivist watch`: imports every finished ChatGPT export that appears in the watched folders (the
// settings' folders, else Downloads), one line per event, JSON lines with --json. On the very first
// run, exports already there are offered rather than imported. `--once` imports what is there now and
// exits. SIGINT/SIGTERM stop it cleanly: the running import keeps its last
// batch and carries on at the next start.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArchiveEventName, ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import type { ArchiveService } from '../core/archive-service.js';
import { DownloadsWatcher } from '../core/watch/downloads-watcher.js';
import { isPartialDownload } from '../core/watch/export-file-name.js';
import { probeExport } from '../core/watch/export-probe.js';
import { describeImport } from './human-output.js';

export type WatchEvent =
  | { readonly event: 'detected'; readonly file: string; readonly initial: boolean }
  | { readonly event: 'offered'; readonly file: string; readonly job: number }
  | { readonly event: 'skipped'; readonly file: string; readonly reason: string }
  | { readonly event: 'import-started'; readonly file: string; readonly job: number }
  | ({ readonly event: 'progress' } & ArchiveEvents['importProgressed'])
  | ({ readonly event: 'imported' } & ImportReport)
  | ({ readonly event: 'failed' } & ImportReport)
  | { readonly event: 'problem'; readonly message: string };

export interface WatchCommandOptions {
  readonly folders: readonly string[];
  readonly once: boolean;
  readonly recursive: boolean;
  readonly json: boolean;
  readonly write: (line: string) => void;
}

/** Turns archive events into watch events; returns whether any import failed so far. */
export function watchEventSink(options: WatchCommandOptions) {
  let failed = false;
  const started = new Set<number>();
  const shownTenths = new Map<string, number>();
  // A person reading along hears of an export found at start only once it turns out to be new: the
  // ones already in the archive stay quiet. JSON lines get every event.
  const foundAtStart = new Set<string>();
  const waiting = new Map<string, WatchEvent[]>();
  const write = (event: WatchEvent) => options.write(options.json ? JSON.stringify(event) : describe(event));
  const emit = (event: WatchEvent) => {
    if (options.json) return write(event);
    const file = 'file' in event ? event.file : null;
    if (event.event === 'detected' && event.initial) {
      foundAtStart.add(event.file);
      waiting.set(event.file, [event]);
      return;
    }
    if (file && foundAtStart.has(file)) {
      const held = waiting.get(file);
      if (event.event === 'skipped' && event.reason === 'already in the archive') {
        waiting.delete(file);
        return;
      }
      if (held && (event.event === 'import-started' || event.event === 'progress')) {
        if (event.event === 'import-started') held.push(event);
        else {
          held.forEach(write);
          waiting.delete(file);
          write(event);
        }
        return;
      }
      if (held) {
        held.forEach(write);
        waiting.delete(file);
      }
    }
    write(event);
  };
  const onArchiveEvent = <E extends ArchiveEventName>(name: E, payload: ArchiveEvents[E]) => {
    if (name === 'importJobChanged') {
      const job = payload as ArchiveEvents['importJobChanged'];
      if (job.status === 'running' && !started.has(job.id)) {
        started.add(job.id);
        emit({ event: 'import-started', file: job.path, job: job.id });
      }
    } else if (name === 'importProgressed') {
      const progress = payload as ArchiveEvents['importProgressed'];
      // JSON lines get every event; a person reading along gets a line per tenth of the way.
      const tenth = Math.floor((10 * progress.bytesDone) / Math.max(1, progress.bytesTotal));
      const key = `${progress.file}|${progress.phase}`;
      if (!options.json && shownTenths.get(key) === tenth) return;
      shownTenths.set(key, tenth);
      emit({ event: 'progress', ...progress });
    } else if (name === 'importFinished') {
      const report = payload as ImportReport;
      if (report.status === 'failed') failed = true;
      if (report.status === 'already-imported') {
        emit({ event: 'skipped', file: report.file, reason: 'already in the archive' });
      } else {
        emit({ event: report.status === 'failed' ? 'failed' : 'imported', ...report });
      }
    }
  };
  return { emit, onArchiveEvent, anyFailed: () => failed };
}

function describe(event: WatchEvent): string {
  switch (event.event) {
    case 'detected':
      return `Found ${event.file}`;
    case 'skipped':
      return `Skipped ${event.file}: ${event.reason}`;
    case 'offered':
      return `Offered ${event.file}: it was here before Archivist first looked; import it with: archivist import "${event.file}"`;
    case 'import-started':
      return `Importing ${event.file} …`;
    case 'progress': {
      const read = `${Math.round((100 * event.bytesDone) / Math.max(1, event.bytesTotal))}% of the export read`;
      if (event.phase === 'binaries') return `  storing images and files: ${read}`;
      if (event.phase === 'conversations')
        return `  ${event.conversationsDone.toLocaleString('en-US')} conversations so far (${read})`;
      return `  ${event.phase === 'finishing' ? 'finishing' : 'checking the file'}: ${read}`;
    }
    case 'imported':
    case 'failed': {
      const { event: _, ...report } = event;
      return describeImport(report);
    }
    case 'problem':
      return `Note: ${event.message}`;
  }
}

/** What is in the folders now, without watching: `--once`. */
async function scanOnce(
  service: ArchiveService,
  options: WatchCommandOptions,
  emit: (event: WatchEvent) => void,
): Promise<void> {
  for (const folder of options.folders) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      emit({
        event: 'problem',
        message: `${folder} cannot be read (${(error as NodeJS.ErrnoException).code}).`,
      });
      continue;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.') || isPartialDownload(name)) continue;
      const path = join(folder, name);
      const result = await probeExport(path);
      if (!result.export) {
        if (/\.zip$/i.test(name)) emit({ event: 'skipped', file: path, reason: result.reason });
        continue;
      }
      emit({ event: 'detected', file: path, initial: true });
      service.imports.enqueue(path, 'watcher');
    }
  }
}

export async function runWatchCommand(
  service: ArchiveService,
  options: WatchCommandOptions,
  sink: ReturnType<typeof watchEventSink>,
): Promise<number> {
  // Start-up is when links are re-checked: files moved or deleted while nothing was watching.
  try {
    await service.refreshLinks();
  } catch (error) {
    sink.emit({ event: 'problem', message: `Checking linked originals failed: ${(error as Error).message}` });
  }
  if (options.once) {
    service.imports.start();
    await scanOnce(service, options, sink.emit);
    await service.imports.idle();
    return sink.anyFailed() ? 1 : 0;
  }
  // On Archivist's first look, exports already lying in the folders are offered, not imported unasked.
  const firstRun = service.isFirstRun();
  const watcher = new DownloadsWatcher(
    options.folders,
    {
      onExport: (path, initial) => {
        sink.emit({ event: 'detected', file: path, initial });
        if (initial && firstRun) {
          sink.emit({ event: 'offered', file: path, job: service.imports.offer(path, 'watcher').id });
        } else {
          service.imports.enqueue(path, 'watcher');
        }
      },
      onSkipped: (path, reason) => sink.emit({ event: 'skipped', file: path, reason }),
      onProblem: (message) => sink.emit({ event: 'problem', message }),
    },
    { recursive: options.recursive },
  );
  service.imports.start();
  await watcher.start();
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watcher.close();
  await service.imports.stop();
  return 0;
}
