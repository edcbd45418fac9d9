// One export waiting for, going through, or done with import. Jobs from the watcher, from a drop on
// the window and from the command line share one queue, kept in the archive so it survives a restart.

import type { ImportProgress, ImportReport } from './import-report.js';

export type ImportJobOrigin = 'watcher' | 'drop' | 'cli';
/** offered: found on the first look at Downloads, waiting for the person's yes before it is queued. */
export type ImportJobStatus = 'offered' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportJob {
  readonly id: number;
  readonly path: string;
  readonly origin: ImportJobOrigin;
  readonly status: ImportJobStatus;
  /** The export is read again even if known, to add back what the archive misses. */
  readonly verify: boolean;
  readonly queuedAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** While running: how far it got, with an estimate of the time left. */
  readonly progress: (ImportProgress & { readonly secondsLeft: number | null }) | null;
  /** When done (or failed with a report): what the import found. */
  readonly report: ImportReport | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}
