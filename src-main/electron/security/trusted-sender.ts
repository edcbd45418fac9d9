// Checklist item 17: every IPC call is answered only for the app's own page. A frame the window
// navigated elsewhere (it cannot, but if it could), an iframe, or a destroyed frame is refused.

import { isOnOrigin } from './app-origin.js';

/** The part of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  readonly url: string;
  /** Null for a window's main frame; sub-frames are never trusted. */
  readonly parent: unknown;
}

/** Whether a frame at `frameUrl` may call the archive: it must be on the app's origin. */
export function isTrustedSender(frameUrl: unknown, appOrigin: string): boolean {
  return isOnOrigin(frameUrl, appOrigin);
}

/** isTrustedSender for an IPC event's `senderFrame`, which must exist and be a main frame. */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return isTrustedSender(frame.url, appOrigin);
}
