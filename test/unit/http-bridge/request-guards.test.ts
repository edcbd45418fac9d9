// The bridge's refusals as pure decisions: which Host, which Origin and which secret it answers.

import { describe, expect, it } from 'vitest';
import { isAllowedHost } from '../../../src-main/http-bridge/host-guard.js';
import { isAllowedOrigin } from '../../../src-main/http-bridge/origin-guard.js';
import { carriesSecret, createRunSecret, sessionCookieOf } from '../../../src-main/http-bridge/run-secret.js';

describe('Host guard (DNS rebinding)', () => {
  it('answers the loopback names on its own port', () => {
    expect(isAllowedHost('127.0.0.1:4711', 4711)).toBe(true);
    expect(isAllowedHost('localhost:4711', 4711)).toBe(true);
    expect(isAllowedHost('LocalHost:4711', 4711)).toBe(true);
  });

  it('refuses other names, other ports, no port and no Host at all', () => {
    expect(isAllowedHost('evil.example:4711', 4711)).toBe(false);
    expect(isAllowedHost('127.0.0.1.evil.example:4711', 4711)).toBe(false);
    expect(isAllowedHost('127.0.0.1:4712', 4711)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4711)).toBe(false);
    expect(isAllowedHost('localhost', 4711)).toBe(false);
    expect(isAllowedHost('[::1]:4711', 4711)).toBe(false);
    expect(isAllowedHost('0.0.0.0:4711', 4711)).toBe(false);
    expect(isAllowedHost('', 4711)).toBe(false);
    expect(isAllowedHost(undefined, 4711)).toBe(false);
  });
});

describe('Origin guard (CSRF, sandboxed content)', () => {
  it('lets requests without an Origin through (the Host guard and the secret still apply)', () => {
    expect(isAllowedOrigin(undefined, 4711)).toBe(true);
  });

  it("answers the bridge's own page only", () => {
    expect(isAllowedOrigin('http://127.0.0.1:4711', 4711)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4711', 4711)).toBe(true);
    expect(isAllowedOrigin('https://127.0.0.1:4711', 4711)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4712', 4711)).toBe(false);
    expect(isAllowedOrigin('http://evil.example', 4711)).toBe(false);
    expect(isAllowedOrigin('http://evil.example:4711', 4711)).toBe(false);
    expect(isAllowedOrigin('null', 4711)).toBe(false);
    expect(isAllowedOrigin('', 4711)).toBe(false);
  });
});

describe('run secret', () => {
  it('is 32 random bytes in base64url, new each run', () => {
    const secret = createRunSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(createRunSecret()).not.toBe(secret);
  });

  it('is accepted from the header or the session cookie', () => {
    const secret = createRunSecret();
    expect(carriesSecret({ header: secret }, secret)).toBe(true);
    expect(carriesSecret({ cookie: `theme=dark; archivist-session=${secret}` }, secret)).toBe(true);
    expect(carriesSecret({ header: 'wrong', cookie: `archivist-session=${secret}` }, secret)).toBe(true);
  });

  it('is refused when missing, wrong, a prefix, or under another cookie name', () => {
    const secret = createRunSecret();
    expect(carriesSecret({}, secret)).toBe(false);
    expect(carriesSecret({ header: '' }, secret)).toBe(false);
    expect(carriesSecret({ header: secret.slice(0, -1) }, secret)).toBe(false);
    expect(carriesSecret({ header: `${secret}x` }, secret)).toBe(false);
    expect(carriesSecret({ header: createRunSecret() }, secret)).toBe(false);
    expect(carriesSecret({ header: [secret, secret] }, secret)).toBe(false);
    expect(carriesSecret({ cookie: `other-session=${secret}` }, secret)).toBe(false);
    expect(carriesSecret({ cookie: `xarchivist-session=${secret}` }, secret)).toBe(false);
  });

  it('reads the session cookie among others', () => {
    expect(sessionCookieOf('a=1; archivist-session=abc; b=2')).toBe('abc');
    expect(sessionCookieOf('a=1')).toBeUndefined();
    expect(sessionCookieOf(undefined)).toBeUndefined();
  });
});
