// The one import queue: exports from the watcher, a drop on the window or the command line wait here
// (persisted in import_jobs) and are imported one at a time; a failure is kept with its job and never
// blocks the next. A restart resumes the job that was running.

import type { PublishArchiveEvent } from '../../../src-shared/contract/archive-contract.js';
import type { ImportJob, ImportJobOrigin } from '../../../src-shared/model/import-job.js';
import type { ImportProgress, ImportReport } from '../../../src-shared/model/import-report.js';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  cancelQueuedJob,
  enqueueJob,
  finishJob,
  getJob,
  requeueDiskFullJobs,
  retryJob,
  takeNextJob,
} from '../db/import-job-repository.js';
import type { ImportRunner } from './import-runner.js';
import { isProcessAlive } from '../process-alive.js';
import { failedReport } from './import-reports.js';
import { AppError } from '../../../src-shared/contract/app-error.js';

export interface ImportQueueHooks {
  /** Work that follows each import that added something (linking its uploads, say). */
  readonly afterImport?: (report: ImportReport) => Promise<void>;
  /** What a job's end frees (an uploaded export's copy): after it is done, failed or cancelled. */
  readonly afterJob?: (job: ImportJob) => Promise<void>;
}

export class ImportQueue {
  private running: {
    readonly id: number;
    readonly cancel: AbortController;
    progress: ImportJob['progress'];
  } | null = null;
  private loop: Promise<void> | null = null;
  /** Work arrived while the loop was running: it must not end without looking. */
  private kicked = false;
  private stopped = false;
  private readonly idleWaiters: (() => void)[] = [];
  private readonly finishWaiters = new Map<number, ((report: ImportReport) => void)[]>();

  constructor(
    private readonly db: ArchiveDb,
    private readonly run: ImportRunner,
    private readonly publish: PublishArchiveEvent,
    private readonly hooks: ImportQueueHooks = {},
  ) {}

  enqueue(path: string, origin: ImportJobOrigin, options: { verify?: boolean } = {}): ImportJob {
    const job = enqueueJob(this.db, path, origin, 'queued', options.verify ?? false);
    this.publish('importJobChanged', job);
    this.kick();
    return job;
  }

  /** Offers an export found on Archivist's first look at a folder: it waits for the person's yes. */
  offer(path: string, origin: ImportJobOrigin): ImportJob {
    const job = enqueueJob(this.db, path, origin, 'offered');
    this.publish('importJobChanged', job);
    return job;
  }

  /** The person's yes to an offered export: it joins the queue. */
  accept(id: number): ImportJob | null {
    const job = getJob(this.db, id);
    if (job?.status !== 'offered') return null;
    return this.enqueue(job.path, job.origin);
  }

  /**
   * Starts working through what is waiting, the job a killed process left running first; jobs that
   * stopped on a full disk are tried again.
   */
  start(): void {
    this.stopped = false;
    for (const job of requeueDiskFullJobs(this.db)) this.publish('importJobChanged', job);
    this.kick();
  }

  cancel(id: number): ImportJob | null {
    if (this.running?.id === id) this.running.cancel.abort();
    else if (cancelQueuedJob(this.db, id)) {
      const cancelled = getJob(this.db, id) as ImportJob;
      this.publish('importJobChanged', cancelled);
      void this.hooks.afterJob?.(cancelled).catch(() => {});
    }
    return getJob(this.db, id);
  }

  /** How far the job this process is running has got (the archive keeps no progress), else null. */
  progressOf(id: number): ImportJob['progress'] {
    return this.running?.id === id ? this.running.progress : null;
  }

  retry(id: number): ImportJob | null {
    const job = retryJob(this.db, id);
    if (job) {
      this.publish('importJobChanged', job);
      this.kick();
    }
    return job;
  }

  /** Resolves once nothing is waiting or running. */
  idle(): Promise<void> {
    if (!this.loop) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops after the current job, which is cancelled cleanly (its last batch kept) and resumes next time. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.running?.cancel.abort();
    await this.loop;
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.loop) {
      // The loop may have found nothing and be about to end: it looks once more.
      this.kicked = true;
      return;
    }
    this.loop = this.drain().finally(() => {
      this.loop = null;
      if (this.kicked) this.kick();
      if (!this.loop) for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      this.kicked = false;
      const next = takeNextJob(this.db, process.pid, isProcessAlive);
      if (!next) return;
      if ('busyElsewhere' in next) {
        // Another Archivist process (the app, or a command line) is importing into this archive.
        await new Promise((resolve) => setTimeout(resolve, BUSY_POLL_MS));
        continue;
      }
      await this.runJob(next.job);
    }
  }

  /**
   * The report of a job once it has run, by this process or by another one sharing the archive (the
   * app may run a job the command line queued), which is why the job's row is looked at too.
   */
  whenFinished(id: number): Promise<ImportReport> {
    return new Promise((resolve) => {
      const settle = (report: ImportReport) => {
        clearInterval(timer);
        resolve(report);
      };
      const check = () => {
        const job = getJob(this.db, id);
        if (!job || job.status === 'queued' || job.status === 'running') return;
        settle(
          job.report ??
            failedReport(job.path, new AppError('import-cancelled', `${job.path}: import cancelled.`)),
        );
      };
      const timer = setInterval(check, FINISH_POLL_MS);
      const waiting = this.finishWaiters.get(id) ?? [];
      waiting.push(settle);
      this.finishWaiters.set(id, waiting);
      check();
    });
  }

  private async runJob(job: ImportJob): Promise<void> {
    const cancel = new AbortController();
    const running = { id: job.id, cancel, progress: null as ImportJob['progress'] };
    this.running = running;
    this.publish('importJobChanged', job);
    const started = Date.now();
    const onProgress = (progress: ImportProgress) => {
      running.progress = { ...progress, secondsLeft: eta(progress, started) };
      this.publish('importProgressed', { ...progress, jobId: job.id });
      this.publish('importJobChanged', { ...job, progress: running.progress });
    };
    const report = await this.run({ path: job.path, verify: job.verify, onProgress, signal: cancel.signal });
    this.running = null;
    if (report.error?.code === 'import-cancelled' && this.stopped) {
      // Stopping the app is not the user cancelling: the job stays running and resumes at next start.
      return;
    }
    const status =
      report.status === 'failed'
        ? report.error?.code === 'import-cancelled'
          ? 'cancelled'
          : 'failed'
        : 'done';
    let outcome = report;
    if (report.status === 'imported' || report.status === 'verified') {
      try {
        await this.hooks.afterImport?.(report);
      } catch (error) {
        // The import stands; what follows it failing is worth a warning, not a failed job.
        const warning = { code: 'after-import-failed', message: `${job.path}: ${(error as Error).message}` };
        outcome = { ...report, warnings: [...report.warnings, warning] };
      }
    }
    finishJob(this.db, job.id, { status, report: outcome, error: outcome.error ?? null });
    const ended = getJob(this.db, job.id) as ImportJob;
    // Freed before the job is announced, so whoever hears of its end finds it all done.
    await this.hooks.afterJob?.(ended).catch(() => {});
    for (const resolve of this.finishWaiters.get(job.id) ?? []) resolve(outcome);
    this.finishWaiters.delete(job.id);
    this.publish('importFinished', { ...outcome, jobId: job.id });
    this.publish('importJobChanged', ended);
  }
}

const BUSY_POLL_MS = 500;
const FINISH_POLL_MS = 250;

function eta(progress: ImportProgress, started: number): number | null {
  if (progress.bytesDone <= 0 || progress.bytesTotal <= 0) return null;
  const elapsed = (Date.now() - started) / 1000;
  return Math.max(0, (elapsed * (progress.bytesTotal - progress.bytesDone)) / progress.bytesDone);
}
