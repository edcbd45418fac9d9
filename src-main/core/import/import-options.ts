// What a caller may ask of one import: progress, batch size, cancellation, a verify, keeping the export.

import type { ImportProgress } from '../../../src-shared/model/import-report.js';
import type { KeptExports } from '../safekeeping/kept-exports.js';

export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Conversations per transaction. */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  /**
   * Re-reads an export even when it is known complete, adding whatever conversations or binaries the
   * archive is missing; the report says what was repaired.
   */
  readonly verify?: boolean;
  /** Where imported exports are kept (unless the person turned keeping off); none: not kept. */
  readonly keptExports?: KeptExports;
}
