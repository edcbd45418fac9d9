// The reports an import answers with when it did not run: a failure (with its cause named) and an
// export already in the archive.

import { isAppError } from '../../../src-shared/contract/app-error.js';
import type { ImportReport } from '../../../src-shared/model/import-report.js';

/** The report of an import that could not even start, or stopped for an unexpected reason. */
export function failedReport(file: string, error: unknown, partial?: Partial<ImportReport>): ImportReport {
  const code = isAppError(error) ? error.code : 'internal';
  const message = isAppError(error)
    ? error.message
    : `${file}: ${(error as Error)?.message ?? String(error)}`;
  return {
    file,
    status: 'failed',
    exportId: null,
    account: null,
    conversations: { added: 0, updated: 0, unchanged: 0, removedUpstream: 0 },
    messages: 0,
    artifacts: 0,
    blobs: 0,
    warnings: [],
    ...partial,
    error: { code, message },
  };
}

export function alreadyImported(file: string, row: { id: string; account_id: string | null }): ImportReport {
  return {
    file,
    status: 'already-imported',
    exportId: row.id,
    account: row.account_id,
    conversations: { added: 0, updated: 0, unchanged: 0, removedUpstream: 0 },
    messages: 0,
    artifacts: 0,
    blobs: 0,
    warnings: [],
  };
}
