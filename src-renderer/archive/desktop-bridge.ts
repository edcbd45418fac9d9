// In the desktop app the preload puts the archive on `window.archivist`; in a browser it is absent and
// the window speaks HTTP to `archivist serve`. This is the one place that tells the two apart.

import type { ArchiveBridge } from '../../src-shared/contract/archive-bridge.js';

declare global {
  interface Window {
    readonly archivist?: ArchiveBridge;
  }
}

/** The preload's bridge when running in the desktop app, else null. */
export function desktopBridge(): ArchiveBridge | null {
  return typeof window !== 'undefined' && window.archivist ? window.archivist : null;
}
