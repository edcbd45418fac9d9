// The one import queue: exports from the watcher, a drop on the window or the command line wait here
// (persisted in import_jobs) and are imported one at a time; a failure is kept with its job and never
// blocks the next. A restart resumes the job that was running.

import type { PublishArchiveEvent } from '../../../src-shared/contract/archive-contract.js';
import type { ImportJob, ImportJobOrigin } from '../../../src-shared/model/import-job.js';
import type { ImportProgress } from '../../../src-shared/model/import-report.js';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  cancelQueuedJob,
  enqueueJob,
  finishJob,
  getJob,
  retryJob,
  takeNextJob,
} from '../db/import-job-repository.js';
import type { ImportRunner } from './import-runner.js';

export class ImportQueue {
  private running: { readonly id: number; readonly cancel: AbortController } | null = null;
  private loop: Promise<void> | null = null;
  private stopped = false;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly db: ArchiveDb,
    private readonly run: ImportRunner,
    private readonly publish: PublishArchiveEvent,
  ) {}

  enqueue(path: string, origin: ImportJobOrigin): ImportJob {
    const job = enqueueJob(this.db, path, origin);
    this.publish('importJobChanged', job);
    this.kick();
    return job;
  }

  /** Starts working through what is waiting, the job a killed process left running first. */
  start(): void {
    this.stopped = false;
    this.kick();
  }

  cancel(id: number): ImportJob | null {
    if (this.running?.id === id) this.running.cancel.abort();
    else if (cancelQueuedJob(this.db, id)) this.publish('importJobChanged', getJob(this.db, id) as ImportJob);
    return getJob(this.db, id);
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
    if (this.loop || this.stopped) return;
    this.loop = this.drain().finally(() => {
      this.loop = null;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  private async drain(): Promise<void> {
    for (let job = takeNextJob(this.db); job && !this.stopped; job = takeNextJob(this.db)) {
      await this.runJob(job);
    }
  }

  private async runJob(job: ImportJob): Promise<void> {
    const cancel = new AbortController();
    this.running = { id: job.id, cancel };
    this.publish('importJobChanged', job);
    const started = Date.now();
    const onProgress = (progress: ImportProgress) => {
      this.publish('importProgressed', progress);
      this.publish('importJobChanged', {
        ...job,
        progress: { ...progress, secondsLeft: eta(progress, started) },
      });
    };
    const report = await this.run({ path: job.path, onProgress, signal: cancel.signal });
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
    finishJob(this.db, job.id, { status, report, error: report.error ?? null });
    this.publish('importFinished', report);
    this.publish('importJobChanged', getJob(this.db, job.id) as ImportJob);
  }
}

function eta(progress: ImportProgress, started: number): number | null {
  if (progress.bytesDone <= 0 || progress.bytesTotal <= 0) return null;
  const elapsed = (Date.now() - started) / 1000;
  return Math.max(0, (elapsed * (progress.bytesTotal - progress.bytesDone)) / progress.bytesDone);
}
