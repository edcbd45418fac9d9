// When the archive finds files on this computer that may be the originals of uploads (after an import
// or a scan), only the person can say yes: the desktop tells them once, and a click shows the uploads.

import type { LinkView } from '../../src-shared/model/link.js';
import type { DesktopNotice } from './import-notice.js';

/** An upload with at least one possible original waiting for the person's verdict. */
export interface WaitingUpload {
  readonly artifactId: number;
  readonly conversationId: string;
}

/** The uploads behind `listLinks({ status: 'candidate' })`, once each (an upload can have several). */
export function uploadsWaiting(links: readonly LinkView[]): WaitingUpload[] {
  const seen = new Map<number, WaitingUpload>();
  for (const link of links) {
    if (link.status === 'candidate' && !seen.has(link.artifactId)) {
      seen.set(link.artifactId, { artifactId: link.artifactId, conversationId: link.conversationId });
    }
  }
  return [...seen.values()];
}

/**
 * Where the uploads are shown with their "Possible original found" badge: the conversation when they
 * all come from one, else the timeline of uploads. (There is no relink view yet; when there is, this
 * is the one place to point at it.)
 */
export function relinkRoute(waiting: readonly WaitingUpload[]): string {
  const conversations = new Set(waiting.map((upload) => upload.conversationId));
  const [only] = conversations;
  if (conversations.size === 1 && only !== undefined) return `/conversation/${encodeURIComponent(only)}`;
  return '/?kinds=upload';
}

/**
 * The notice, or null when no upload is waiting that the person has not been told of: the same
 * uploads are never announced twice (each import re-runs the matching), while one new upload waiting
 * announces all that wait.
 */
export function relinkNotice(
  waiting: readonly WaitingUpload[],
  announced: ReadonlySet<number>,
): DesktopNotice | null {
  if (!waiting.some((upload) => !announced.has(upload.artifactId))) return null;
  const n = waiting.length;
  return {
    title: 'Originals found',
    body:
      n === 1
        ? '1 upload may have its original on this computer'
        : `${n.toLocaleString('en-US')} uploads may have their originals on this computer`,
    route: relinkRoute(waiting),
  };
}
