// Checklist item 15: `shell.openExternal` hands a URL to the operating system, which would as happily
// run `file:`, `smb:` or a custom handler. Only web addresses (as a conversation's cited sources are)
// go out, parsed by the URL parser, never by prefix.

import { parseUrl } from './app-origin.js';

const MAX_EXTERNAL_URL = 8 * 1024;

/** Whether `value` is an http(s) URL that may be opened in the person's browser. */
export function isSafeExternalUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_EXTERNAL_URL) return false;
  // The parser would trim or drop these; what is opened must be exactly what was checked.
  if ([...value].some((char) => char.trim() === '' || char.charCodeAt(0) < 0x20 || char === '\u007f'))
    return false;
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // user:pass@host hides the real host from a person reading the address.
  return url.hostname !== '' && url.username === '' && url.password === '';
}
