// A one-line progress bar on stderr for long imports, drawn only when stderr is a terminal so that
// logs and pipes stay clean.

import type { ImportProgress } from '../../src-shared/model/import-report.js';
import { formatBytes } from '../../src-shared/model/byte-size.js';

export class ProgressBar {
  private drawn = false;
  private readonly startedAt = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(progress: ImportProgress): void {
    if (!this.enabled) return;
    const fraction = progress.bytesTotal > 0 ? Math.min(1, progress.bytesDone / progress.bytesTotal) : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const elapsed = (Date.now() - this.startedAt) / 1000;
    const eta = fraction > 0.02 ? Math.max(0, Math.round(elapsed / fraction - elapsed)) : null;
    const name = progress.file.length > 32 ? `…${progress.file.slice(-31)}` : progress.file;
    const line =
      `${name} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ` +
      `${formatBytes(progress.bytesDone)}/${formatBytes(progress.bytesTotal)} ` +
      `${progress.conversationsDone} conversations${eta !== null ? `, ${eta}s left` : ''}`;
    this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 120) - 1)}\x1b[K`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
