// The native notifications of the desktop app, which mostly runs with its window closed: what each
// finished import brought, and uploads whose originals may be on this computer. It hears the archive's
// events; Electron's Notification is handed in, so when a notice appears and what a click opens are
// tested without Electron.

import type { ArchiveEventName, ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import type { LinkView } from '../../src-shared/model/link.js';
import { importNotice, type DesktopNotice } from './import-notice.js';
import { relinkNotice, uploadsWaiting } from './relink-notice.js';

export interface DesktopNoticesDeps {
  show(notice: DesktopNotice): void;
  /** ArchiveApi.listLinks({ status: 'candidate' }). */
  candidateLinks(): Promise<readonly LinkView[]>;
  onProblem(message: string): void;
}

export interface DesktopNotices {
  /** Counts the uploads already waiting as told: what waited before this run is no news. */
  start(): Promise<void>;
  /** Every archive event the app publishes passes here. */
  hear<E extends ArchiveEventName>(name: E, payload: ArchiveEvents[E]): void;
  /** Resolves once the checks started so far are done. */
  settled(): Promise<void>;
}

export function createDesktopNotices(deps: DesktopNoticesDeps): DesktopNotices {
  const announced = new Set<number>();
  // An import links its new uploads before it reports (archiveChanged 'links' comes first): their
  // notice waits for the import's own, so the two read in the order they happened.
  let importing = false;
  let checks: Promise<void> = Promise.resolve();
  const show = (notice: DesktopNotice | null) => {
    if (!notice) return;
    try {
      deps.show(notice);
    } catch (error) {
      deps.onProblem(`A notification could not be shown: ${String(error)}`);
    }
  };
  const checkWaiting = (announce: boolean): Promise<void> => {
    checks = checks.then(async () => {
      try {
        const waiting = uploadsWaiting(await deps.candidateLinks());
        if (announce) show(relinkNotice(waiting, announced));
        for (const upload of waiting) announced.add(upload.artifactId);
      } catch (error) {
        deps.onProblem(`Looking for uploads waiting for a verdict failed: ${String(error)}`);
      }
    });
    return checks;
  };

  return {
    start: () => checkWaiting(false),
    hear(name, payload) {
      if (name === 'importProgressed') importing = true;
      else if (name === 'importJobChanged') {
        if ((payload as ArchiveEvents['importJobChanged']).status === 'running') importing = true;
      } else if (name === 'importFinished') {
        importing = false;
        show(importNotice(payload as ArchiveEvents['importFinished']));
        void checkWaiting(true);
      } else if (name === 'archiveChanged') {
        const { changed } = payload as ArchiveEvents['archiveChanged'];
        if (changed.includes('links') && !importing) void checkWaiting(true);
      }
    },
    settled: () => checks,
  };
}

/** The part of Electron's Notification used here. */
export interface NativeNotification {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  show(): void;
}

export interface NativeNotificationClass {
  isSupported(): boolean;
  new (options: { title: string; body: string }): NativeNotification;
}

/**
 * Shows a notice with the system's notifications, where there are any; a click opens the window at
 * the notice's route. Each is held until clicked or closed: one collected early never hears its click.
 */
export function showNatively(
  Notification: NativeNotificationClass,
  open: (route: string) => void,
): (notice: DesktopNotice) => void {
  const live = new Set<NativeNotification>();
  return (notice) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    live.add(notification);
    notification.on('click', () => {
      live.delete(notification);
      open(notice.route);
    });
    notification.on('close', () => live.delete(notification));
    notification.show();
  };
}
