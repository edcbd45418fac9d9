// The persisted import queue: jobs in, one picked at a time in order, and their outcome kept.

import type { ImportJob, ImportJobOrigin, ImportJobStatus } from '../../../src-shared/model/import-job.js';
import type { ImportReport } from '../../../src-shared/model/import-report.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

interface JobRow {
  readonly id: number;
  readonly path: string;
  readonly origin: ImportJobOrigin;
  readonly status: ImportJobStatus;
  readonly queued_at: string;
  readonly started_at: string | null;
  readonly finished_at: string | null;
  readonly report: string | null;
  readonly error_code: string | null;
  readonly error_message: string | null;
  readonly verify: number;
}

function toJob(row: JobRow): ImportJob {
  return {
    id: row.id,
    path: row.path,
    origin: row.origin,
    status: row.status,
    verify: row.verify === 1,
    queuedAt: row.queued_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    progress: null,
    report: row.report ? (JSON.parse(row.report) as ImportReport) : null,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
  };
}

/**
 * Queues a path (or offers it, waiting for the person's yes) unless it is already waiting or running;
 * queueing a path that was only offered accepts the offer. Returns the job either way.
 */
export function enqueueJob(
  db: ArchiveDb,
  path: string,
  origin: ImportJobOrigin,
  status: 'queued' | 'offered' = 'queued',
  verify = false,
): ImportJob {
  const pending = prepared(
    db,
    `SELECT * FROM import_jobs WHERE path = ? AND status IN ('offered', 'queued', 'running') ORDER BY id LIMIT 1`,
  ).get(path) as JobRow | undefined;
  if (pending) {
    if (pending.status === 'offered' && status === 'queued') {
      prepared(db, `UPDATE import_jobs SET status = 'queued' WHERE id = ?`).run(pending.id);
    }
    if (verify && pending.status !== 'running') {
      prepared(db, `UPDATE import_jobs SET verify = 1 WHERE id = ?`).run(pending.id);
    }
    return getJob(db, pending.id) as ImportJob;
  }
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO import_jobs (path, origin, status, queued_at, verify) VALUES (?, ?, ?, ?, ?)`,
  ).run(path, origin, status, new Date().toISOString(), verify ? 1 : 0);
  return getJob(db, Number(lastInsertRowid)) as ImportJob;
}

/** Whether the archive has never imported nor been offered anything: Archivist's first look. */
export function isFirstRun(db: ArchiveDb): boolean {
  return (
    (
      prepared(
        db,
        'SELECT (SELECT count(*) FROM exports) + (SELECT count(*) FROM import_jobs) AS n',
      ).get() as {
        n: number;
      }
    ).n === 0
  );
}

export function getJob(db: ArchiveDb, id: number): ImportJob | null {
  const row = prepared(db, 'SELECT * FROM import_jobs WHERE id = ?').get(id) as JobRow | undefined;
  return row ? toJob(row) : null;
}

export function listJobs(db: ArchiveDb, limit = 200): ImportJob[] {
  return (prepared(db, 'SELECT * FROM import_jobs ORDER BY id DESC LIMIT ?').all(limit) as JobRow[]).map(
    toJob,
  );
}

export type NextJob = { readonly job: ImportJob } | { readonly busyElsewhere: true } | null;

/**
 * The oldest waiting job, marked running by this process. A job left running by a process that has
 * died comes first; while a live process is running one, nothing is taken (one import at a time).
 */
export function takeNextJob(db: ArchiveDb, pid: number, isAlive: (pid: number) => boolean): NextJob {
  return db
    .transaction((): NextJob => {
      const running = prepared(
        db,
        `SELECT id, runner_pid FROM import_jobs WHERE status = 'running' ORDER BY id`,
      ).all() as { id: number; runner_pid: number | null }[];
      const queued = (
        prepared(db, `SELECT id FROM import_jobs WHERE status = 'queued' ORDER BY id LIMIT 1`).get() as
          { id: number } | undefined
      )?.id;
      let resumed: number | undefined;
      for (const row of running) {
        if (row.runner_pid !== null && row.runner_pid !== pid && isAlive(row.runner_pid)) {
          return queued === undefined ? null : { busyElsewhere: true };
        }
        resumed ??= row.id;
      }
      const id = resumed ?? queued;
      if (id === undefined) return null;
      prepared(
        db,
        `UPDATE import_jobs SET status = 'running', runner_pid = ?, started_at = coalesce(started_at, ?)
       WHERE id = ?`,
      ).run(pid, new Date().toISOString(), id);
      return { job: getJob(db, id) as ImportJob };
    })
    .immediate();
}

export function finishJob(
  db: ArchiveDb,
  id: number,
  outcome: {
    readonly status: 'done' | 'failed' | 'cancelled';
    readonly report?: ImportReport | null;
    readonly error?: { readonly code: string; readonly message: string } | null;
  },
): void {
  prepared(
    db,
    `UPDATE import_jobs SET status = ?, finished_at = ?, report = ?, error_code = ?, error_message = ?
     WHERE id = ?`,
  ).run(
    outcome.status,
    new Date().toISOString(),
    outcome.report ? JSON.stringify(outcome.report) : null,
    outcome.error?.code ?? null,
    outcome.error?.message ?? null,
    id,
  );
}

/** A waiting or offered job is dropped; returns false when it already ran. */
export function cancelQueuedJob(db: ArchiveDb, id: number): boolean {
  return (
    prepared(
      db,
      `UPDATE import_jobs SET status = 'cancelled', finished_at = ? WHERE id = ? AND status IN ('queued', 'offered')`,
    ).run(new Date().toISOString(), id).changes === 1
  );
}

/** A failed or cancelled job goes back in the queue, as a new job for the same path. */
export function retryJob(db: ArchiveDb, id: number): ImportJob | null {
  const job = getJob(db, id);
  if (!job || (job.status !== 'failed' && job.status !== 'cancelled')) return null;
  return enqueueJob(db, job.path, job.origin, 'queued', job.verify);
}

/**
 * Jobs that stopped on a full disk go back in the queue (at start-up): the import carries on where it
 * stopped, and is refused again, before writing anything, if the space is still not there.
 */
export function requeueDiskFullJobs(db: ArchiveDb): ImportJob[] {
  const ids = (
    prepared(
      db,
      `SELECT id FROM import_jobs j WHERE status = 'failed' AND error_code = 'disk-full'
       AND NOT EXISTS (SELECT 1 FROM import_jobs later WHERE later.path = j.path AND later.id > j.id)`,
    ).all() as { id: number }[]
  ).map((row) => row.id);
  return ids.map((id) => retryJob(db, id)).filter((job): job is ImportJob => job !== null);
}

/**
 * The paths an import may still read: jobs offered, waiting or running, and those stopped on a full
 * disk (queued again at the next start).
 */
export function pendingJobPaths(db: ArchiveDb): Set<string> {
  const rows = prepared(
    db,
    `SELECT path FROM import_jobs WHERE status IN ('offered', 'queued', 'running')
       OR (status = 'failed' AND error_code = 'disk-full')`,
  ).all() as { path: string }[];
  return new Set(rows.map((row) => row.path));
}
