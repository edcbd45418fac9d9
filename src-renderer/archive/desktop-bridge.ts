// In the desktop app the preload puts the archive on `window.archivist`; in a browser it is absent and
// the window speaks HTTP to `archivist serve`. This is the one place that tells the two apart, and the
// one that asks the desktop app's main process to show its folder picker.

import { AppError } from '../../src-shared/contract/app-error.js';
import type { ArchiveBridge } from '../../src-shared/contract/archive-bridge.js';
import type { FolderList, FolderPurpose } from '../../src-shared/model/settings.js';

declare global {
  interface Window {
    readonly archivist?: ArchiveBridge;
  }
}

/** The preload's bridge when running in the desktop app, else null. */
export function desktopBridge(): ArchiveBridge | null {
  return typeof window !== 'undefined' && window.archivist ? window.archivist : null;
}

/**
 * The system's folder picker, shown by the desktop app's main process, which adds the folder chosen:
 * the list it joined, or null when the person cancelled. The window never learns of a path first.
 */
export async function chooseFolder(purpose: FolderPurpose): Promise<FolderList | null> {
  const bridge = desktopBridge();
  if (!bridge) throw new AppError('not-available', 'Folders can be chosen in the desktop app only.');
  const envelope = await bridge.chooseFolder({ purpose });
  if (!envelope.ok) throw AppError.fromTransferable(envelope.error);
  return envelope.value as FolderList | null;
}
