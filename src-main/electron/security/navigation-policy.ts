// Checklist items 13 and 14: the window never leaves the app's origin, and never opens another window.
// A link to the web (a cited source) opens in the person's browser instead, if it is http(s).

import { isOnOrigin } from './app-origin.js';
import { isSafeExternalUrl } from './external-url.js';

/** `will-navigate` / `will-redirect`: only the app's own pages. */
export function shouldAllowNavigation(url: unknown, appOrigin: string): boolean {
  return isOnOrigin(url, appOrigin);
}

export interface WindowOpenDecision {
  /** What `setWindowOpenHandler` answers: always deny, no window is ever created. */
  readonly action: 'deny';
  /** The URL to hand to `shell.openExternal`, or null when it must not leave the app at all. */
  readonly openExternally: string | null;
}

/** `setWindowOpenHandler`: deny every new window; a web link goes to the person's browser. */
export function decideWindowOpen(url: unknown): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) ? (url as string) : null };
}
