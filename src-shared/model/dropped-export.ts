// What a person may drop on the window (or upload to `archivist serve`) to import: a ChatGPT export
// is a ZIP, so only a file named *.zip is taken; everything else is refused in the same words by the
// window, the desktop app's main process and the server. And what became of each file dropped.

import type { ImportJob } from './import-job.js';

/** Whether a file's name is a ZIP's (the only kind of file a drop imports). */
export function isZipFileName(name: string): boolean {
  return /\.zip$/i.test(name.trim());
}

/** Why a file that is not a ZIP was not imported, naming it. */
export function notAZipMessage(name: string): string {
  return `“${name}” is not a ZIP file. Drop the ChatGPT export itself: the .zip file OpenAI emailed you a link to.`;
}

/** One file dropped: queued for import as this job, or refused with a sentence naming it. */
export type DroppedFileOutcome =
  { readonly ok: true; readonly job: ImportJob } | { readonly ok: false; readonly message: string };

/** At most this many files are taken in one drop. */
export const MAX_DROPPED_FILES = 100;
