// The Electron security checklist's decisions, as pure functions: what the window may call, where it
// may go, what it may open, and what the operating system is asked to open for it.

import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, appPageUrl, isOnOrigin } from '../../../src-main/electron/security/app-origin.js';
import { WINDOW_CONTENT_SECURITY_POLICY } from '../../../src-shared/contract/window-files.js';
import { isSafeExternalUrl } from '../../../src-main/electron/security/external-url.js';
import {
  decideWindowOpen,
  shouldAllowNavigation,
} from '../../../src-main/electron/security/navigation-policy.js';
import {
  isPermissionGranted,
  shouldAttachWebview,
} from '../../../src-main/electron/security/permission-policy.js';
import { isTrustedSender, isTrustedSenderFrame } from '../../../src-main/electron/security/trusted-sender.js';

// Addresses a page could be made to reach: look-alike hosts, other schemes, credentials, garbage.
const FOREIGN = [
  'https://archive',
  'http://archive/',
  'app://archive.attacker.com/',
  'app://archivex/',
  'app://evil/',
  'app://user:pw@archive/',
  'app://archive:8080/',
  'file:///etc/passwd',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  '',
  'not a url',
];

describe('isTrustedSender (checklist 17)', () => {
  it('trusts the app origin, any of its pages', () => {
    expect(isTrustedSender('app://archive/', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://archive/conversation/abc?branch=2#m-1', APP_ORIGIN)).toBe(true);
  });

  it.each(FOREIGN)('refuses a frame at %j', (url) => {
    expect(isTrustedSender(url, APP_ORIGIN)).toBe(false);
  });

  it('refuses what is no string at all', () => {
    for (const value of [undefined, null, 42, {}, ['app://archive/']]) {
      expect(isTrustedSender(value, APP_ORIGIN)).toBe(false);
    }
  });

  it('refuses sub-frames and frames already gone, even on the app origin', () => {
    expect(isTrustedSenderFrame({ url: 'app://archive/', parent: null }, APP_ORIGIN)).toBe(true);
    expect(isTrustedSenderFrame({ url: 'app://archive/', parent: {} }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderFrame(null, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderFrame(undefined, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderFrame({ url: 'https://example.com/', parent: null }, APP_ORIGIN)).toBe(false);
  });

  it('compares by scheme and host, because a custom scheme has an opaque origin', () => {
    expect(new URL('app://archive/').origin).toBe('null');
    expect(isOnOrigin('app://ARCHIVE/x')).toBe(true);
  });
});

describe('shouldAllowNavigation (checklist 13)', () => {
  it('lets the window move between its own pages only', () => {
    expect(shouldAllowNavigation('app://archive/search?q=postgres', APP_ORIGIN)).toBe(true);
    for (const url of FOREIGN) expect(shouldAllowNavigation(url, APP_ORIGIN)).toBe(false);
    expect(shouldAllowNavigation('https://example.com/', APP_ORIGIN)).toBe(false);
  });
});

describe('appPageUrl (a notification opening the window at a route)', () => {
  it('puts the renderer’s route on the app’s origin', () => {
    expect(appPageUrl('/?from=2025-04-03&to=2025-06-01')).toBe(
      'app://archive/?from=2025-04-03&to=2025-06-01',
    );
    expect(appPageUrl('/conversation/a%2Fb')).toBe('app://archive/conversation/a%2Fb');
  });

  it('never leads off the origin: anything else is the start page', () => {
    for (const route of ['//example.com/x', 'https://example.com/', 'javascript:alert(1)', '', 'search']) {
      expect(appPageUrl(route)).toBe('app://archive/');
    }
    expect(isOnOrigin(appPageUrl('/@example.com'))).toBe(true);
  });
});

describe('decideWindowOpen (checklist 14)', () => {
  it('denies every new window, and hands web links to the browser', () => {
    expect(decideWindowOpen('https://docs.python.org/3/')).toEqual({
      action: 'deny',
      openExternally: 'https://docs.python.org/3/',
    });
    expect(decideWindowOpen('http://example.com/a?b=c')).toEqual({
      action: 'deny',
      openExternally: 'http://example.com/a?b=c',
    });
  });

  it('opens nothing outside for other schemes, nor for the app itself', () => {
    for (const url of [
      'file:///etc/passwd',
      'app://archive/',
      'smb://host/share',
      'javascript:alert(1)',
      '',
    ]) {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
    }
  });
});

describe('isSafeExternalUrl (checklist 15)', () => {
  it('takes http and https addresses', () => {
    expect(isSafeExternalUrl('https://en.wikipedia.org/wiki/Write-ahead_logging')).toBe(true);
    expect(isSafeExternalUrl('HTTP://EXAMPLE.COM/')).toBe(true);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker/share/payload.exe',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,hi',
    'app://archive/',
    'mailto:a@example.com',
    'https://user:password@example.com/',
    'https://',
    '//example.com/',
    'example.com',
    ' https://example.com',
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings and absurdly long strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ href: 'https://example.com' })).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(9000)}`)).toBe(false);
  });
});

describe('permissions and <webview> (checklist 5, 11, 12)', () => {
  it('grants no permission a page may ask for', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'midiSysex',
      'openExternal',
      'fullscreen',
      'unknown',
    ]) {
      expect(isPermissionGranted(permission, 'app://archive/')).toBe(false);
    }
  });

  it('attaches no <webview>, whatever it would show', () => {
    expect(shouldAttachWebview('app://archive/')).toBe(false);
    expect(shouldAttachWebview('https://example.com/')).toBe(false);
  });
});

describe('the page CSP (checklist 7)', () => {
  const directives = new Map(
    WINDOW_CONTENT_SECURITY_POLICY.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('runs only the app’s own scripts: no inline script, no eval, nothing remote', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(WINDOW_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  it('fetches from nowhere else, embeds nothing, and cannot be framed or post forms', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
