// The import methods of ArchiveApi: every import goes through the one queue, so that two never run
// into the archive at once, whether it came from the command line, a drop or the watcher.

import { resolve } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { ImportJob } from '../../../src-shared/model/import-job.js';
import { getJob, listJobs } from '../db/import-job-repository.js';
import type { ServiceDeps } from '../service-deps.js';

type ImportHandlers = Pick<
  ArchiveApi,
  'importExport' | 'enqueueImport' | 'listImportJobs' | 'cancelImport' | 'acceptImport' | 'retryImport'
>;

function known(found: ImportJob | null, id: number): ImportJob {
  if (!found) throw new AppError('not-found', `No import job ${id}.`);
  return found;
}

export function importHandlers({ db, imports }: ServiceDeps): ImportHandlers {
  return {
    async importExport({ path, verify }) {
      const queued = imports.enqueue(resolve(path), 'cli', { verify: verify ?? false });
      return imports.whenFinished(queued.id);
    },
    async enqueueImport({ path }) {
      return imports.enqueue(resolve(path), 'drop');
    },
    async listImportJobs() {
      // The job running here carries its progress, which only this process knows.
      return listJobs(db).map((job) =>
        job.status === 'running' ? { ...job, progress: imports.progressOf(job.id) } : job,
      );
    },
    async cancelImport({ id }) {
      return known(imports.cancel(id), id);
    },
    async acceptImport({ id }) {
      const existing = known(getJob(db, id), id);
      const accepted = imports.accept(id);
      if (!accepted)
        throw new AppError('invalid-input', `Import job ${id} is ${existing.status}, not offered.`);
      return accepted;
    },
    async retryImport({ id }) {
      const existing = known(getJob(db, id), id);
      const retried = imports.retry(id);
      if (!retried) {
        throw new AppError(
          'invalid-input',
          `Import job ${id} is ${existing.status}; only failed or cancelled jobs can be retried.`,
        );
      }
      return retried;
    },
  };
}
