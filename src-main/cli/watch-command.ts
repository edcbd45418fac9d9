// `archivist watch`: the watch policy of core/watch/watch-policy.ts, told one line per event (JSON
// lines with --json). `--once` imports what is there now and exits. SIGINT/SIGTERM stop it cleanly:
// the running import keeps its last batch and carries on at the next start.

import type { ArchiveEventName, ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import type { ArchiveService } from '../core/archive-service.js';
import {
  importWhatIsThere,
  recheckLinksAtStart,
  watchFolders,
  type WatchListener,
} from '../core/watch/watch-policy.js';
import { describeImport } from './human-output.js';
import { command } from './runnable-command.js';

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
      return `Offered ${event.file}: it was here before Archivist first looked; import it with: ${command('import')} "${event.file}"`;
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

export async function runWatchCommand(
  service: ArchiveService,
  options: WatchCommandOptions,
  sink: ReturnType<typeof watchEventSink>,
): Promise<number> {
  const listener: WatchListener = {
    onDetected: (file, initial) => sink.emit({ event: 'detected', file, initial }),
    onOffered: (file, job) => sink.emit({ event: 'offered', file, job }),
    onSkipped: (file, reason) => sink.emit({ event: 'skipped', file, reason }),
    onProblem: (message) => sink.emit({ event: 'problem', message }),
  };
  await recheckLinksAtStart(service, listener);
  if (options.once) {
    await importWhatIsThere(service, options.folders, listener);
    return sink.anyFailed() ? 1 : 0;
  }
  const watching = await watchFolders(service, options, listener);
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watching.close();
  return 0;
}
