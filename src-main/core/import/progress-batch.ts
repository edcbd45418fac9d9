// One batched transaction of an import, holding the rows and the progress that describes them: both
// are committed together or not at all. When anything fails (a full disk, a failed COMMIT that SQLite
// has already rolled back, a merge that throws) the transaction is rolled back if still open and the
// progress in memory goes back to what was last committed, so nothing is written outside a transaction.

import type { ArchiveDb } from '../db/archive-db.js';
import { saveExportProgress, type ExportProgress } from '../db/export-repository.js';

export class ProgressBatch {
  private committed: string;

  constructor(
    private readonly db: ArchiveDb,
    private readonly exportId: string,
    private readonly progress: ExportProgress,
  ) {
    this.committed = JSON.stringify(progress);
  }

  get open(): boolean {
    return this.db.inTransaction;
  }

  begin(): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
  }

  /** Saves the progress and commits; on failure everything of the batch is rolled back, then rethrown. */
  commit(): void {
    try {
      this.begin();
      saveExportProgress(this.db, this.exportId, this.progress);
      this.db.exec('COMMIT');
      this.committed = JSON.stringify(this.progress);
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Undoes the open batch, in the archive and in the progress held in memory. */
  rollback(): void {
    if (this.db.inTransaction) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // SQLite rolls back on its own when it cannot go on; the check below is what matters.
      }
    }
    Object.assign(this.progress, JSON.parse(this.committed) as ExportProgress);
  }

  /** Runs one write of its own in a transaction with the progress (a blob's record, say). */
  run(write: () => void): void {
    this.begin();
    try {
      write();
    } catch (error) {
      this.rollback();
      throw error;
    }
    this.commit();
  }
}
