// What the window says about each file dropped on it, from the upload through the import: one
// sentence naming the file, the same for the desktop app and the browser.

import type { ImportJob } from '../../../src-shared/model/import-job.js';

export type DropStage =
  /** Desktop app: handed to main, which queues it where it lies. */
  | { readonly stage: 'sending' }
  /** Browser: its bytes on their way to `archivist serve`. */
  | { readonly stage: 'uploading'; readonly fraction: number }
  | { readonly stage: 'queued'; readonly job: ImportJob }
  | { readonly stage: 'refused'; readonly message: string };

export type DropTone = 'busy' | 'done' | 'problem';

export interface DropStatus {
  readonly words: string;
  readonly tone: DropTone;
  /** 0–1 while something is measurably under way, else null. */
  readonly fraction: number | null;
}

const percent = (fraction: number) => `${Math.floor(Math.min(1, Math.max(0, fraction)) * 100)}%`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function dropStatus(name: string, stage: DropStage): DropStatus {
  if (stage.stage === 'sending')
    return { words: `Adding ${name} to the imports…`, tone: 'busy', fraction: null };
  if (stage.stage === 'uploading') {
    return { words: `Uploading ${name}… ${percent(stage.fraction)}`, tone: 'busy', fraction: stage.fraction };
  }
  if (stage.stage === 'refused') return { words: stage.message, tone: 'problem', fraction: null };
  const { job } = stage;
  switch (job.status) {
    case 'offered':
    case 'queued':
      return { words: `Waiting to import ${name}…`, tone: 'busy', fraction: null };
    case 'running': {
      const progress = job.progress;
      if (!progress || progress.bytesTotal <= 0)
        return { words: `Importing ${name}…`, tone: 'busy', fraction: null };
      const fraction = progress.bytesDone / progress.bytesTotal;
      const left = progress.secondsLeft ? `, about ${Math.ceil(progress.secondsLeft)} s left` : '';
      return { words: `Importing ${name}… ${percent(fraction)}${left}`, tone: 'busy', fraction };
    }
    case 'done': {
      const report = job.report;
      if (report?.status === 'already-imported') {
        return {
          words: `${name} is already in your archive; nothing new in it.`,
          tone: 'done',
          fraction: null,
        };
      }
      const counts = report?.conversations;
      const added = counts ? plural(counts.added, 'new conversation') : 'its conversations';
      const updated = counts && counts.updated > 0 ? `, ${counts.updated} updated` : '';
      return { words: `Imported ${name}: ${added}${updated}.`, tone: 'done', fraction: null };
    }
    case 'failed':
      return {
        words: `The import of ${name} failed: ${job.error?.message ?? 'no reason was given'}`,
        tone: 'problem',
        fraction: null,
      };
    case 'cancelled':
      return { words: `The import of ${name} was cancelled.`, tone: 'problem', fraction: null };
  }
}
