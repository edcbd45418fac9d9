// Progress an import reports while it runs (phase, bytes, conversations, at most every 250 ms), and
// the check that stops it when the person cancels.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ImportProgress } from '../../../src-shared/model/import-report.js';
import { type ExportLayout } from '../chatgpt-export/export-layout.js';

export function throwIfCancelled(signal: AbortSignal | undefined, label: string): void {
  if (signal?.aborted) {
    throw new AppError(
      'import-cancelled',
      `${label}: import cancelled; what was written is kept and the next import of this file carries on.`,
    );
  }
}

const PROGRESS_INTERVAL_MS = 250;

export class ProgressReporter {
  private readonly total: number;
  private bytesDone = 0;
  private conversationsDone = 0;
  private current: ImportProgress['phase'] = 'hashing';
  private lastSent = 0;

  constructor(
    private readonly file: string,
    layout: ExportLayout,
    private readonly listener?: (progress: ImportProgress) => void,
  ) {
    this.total = [...layout.conversationFiles, ...layout.binaries].reduce(
      (sum, entry) => sum + entry.size,
      0,
    );
  }

  phase(phase: ImportProgress['phase']): void {
    this.current = phase;
    this.send(true);
  }

  advance(bytes: number, conversations: number): void {
    this.bytesDone += bytes;
    this.conversationsDone += conversations;
    this.send(false);
  }

  private send(force: boolean): void {
    if (!this.listener) return;
    const now = Date.now();
    if (!force && now - this.lastSent < PROGRESS_INTERVAL_MS) return;
    this.lastSent = now;
    this.listener({
      file: this.file,
      phase: this.current,
      bytesDone: this.bytesDone,
      bytesTotal: this.total,
      conversationsDone: this.conversationsDone,
    });
  }
}
