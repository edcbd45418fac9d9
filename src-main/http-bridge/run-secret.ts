// The secret of one `archivist serve` run: the address it prints carries it, and every API, event
// and blob request must too (as a header from fetch, or the session cookie the page trades it for),
// so that other programs and other people on this machine cannot read the archive through the port.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { SESSION_COOKIE } from '../../src-shared/contract/transport-names.js';

export function createRunSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The session cookie's value in a Cookie header, if it is there. */
export function sessionCookieOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === SESSION_COOKIE) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/** Whether the header or the cookie carries the run's secret (compared in constant time). */
export function carriesSecret(
  presented: { readonly header?: string | string[] | undefined; readonly cookie?: string | undefined },
  secret: string,
): boolean {
  const expected = Buffer.from(secret, 'utf8');
  const matches = (candidate: string | undefined) => {
    if (candidate === undefined) return false;
    const given = Buffer.from(candidate, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const header = Array.isArray(presented.header) ? undefined : presented.header;
  return matches(header) || matches(sessionCookieOf(presented.cookie));
}
