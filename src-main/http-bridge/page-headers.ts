// Every HTML page the bridge serves runs under the window's content policy, and is never sniffed.

import { WINDOW_CONTENT_SECURITY_POLICY } from '../../src-shared/contract/window-content-policy.js';

export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': WINDOW_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};
