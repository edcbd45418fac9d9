// The checklist's predicates wired into Electron's hooks (security-policy.ts): a web contents created
// after the policy is applied is kept on the app's origin, opens no window (a web link goes to the
// browser, a javascript: link nowhere), attaches no <webview>, and the session grants nothing. Electron's
// objects are stand-ins that record what the policy registered; the hooks are then called as Electron
// calls them.

import { EventEmitter } from 'node:events';
import type { App, Session, Shell, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { applySecurityPolicy } from '../../../src-main/electron/security/security-policy.js';

const APP_ORIGIN = 'app://archivist';

type WindowOpenHandler = (details: { url: string }) => { action: string };
type PermissionRequest = (
  contents: unknown,
  permission: string,
  grant: (ok: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheck = (contents: unknown, permission: string, origin: string) => boolean;

class StandInContents extends EventEmitter {
  windowOpen: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpen = handler;
  }
  /** Emits `name` the way Electron does and says whether a listener prevented it. */
  prevented(name: string, ...rest: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { url: rest[0] as string, preventDefault: () => (prevented = true) }, ...rest.slice(1));
    return prevented;
  }
}

function applied() {
  const app = new EventEmitter();
  const opened: string[] = [];
  const problems: string[] = [];
  let request: PermissionRequest | null = null;
  let check: PermissionCheck | null = null;
  applySecurityPolicy({
    app: app as unknown as Pick<App, 'on'>,
    session: {
      setPermissionRequestHandler: (handler: unknown) => void (request = handler as PermissionRequest),
      setPermissionCheckHandler: (handler: unknown) => void (check = handler as PermissionCheck),
    } as unknown as Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
    shell: {
      openExternal: async (url: string) => {
        opened.push(url);
      },
    } as Pick<Shell, 'openExternal'>,
    appOrigin: APP_ORIGIN,
    onProblem: (message) => problems.push(message),
  });
  const contents = new StandInContents();
  app.emit('web-contents-created', {}, contents as unknown as WebContents);
  return {
    contents,
    opened,
    problems,
    request: request as unknown as PermissionRequest,
    check: check as unknown as PermissionCheck,
  };
}

describe('the security policy applied to every web contents', () => {
  it('keeps navigation and redirects on the app origin', () => {
    const { contents } = applied();
    for (const hook of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.prevented(hook, `${APP_ORIGIN}/conversation/abc`), hook).toBe(false);
      expect(contents.prevented(hook, 'https://evil.example/'), hook).toBe(true);
      expect(contents.prevented(hook, 'file:///etc/passwd'), hook).toBe(true);
      expect(contents.prevented(hook, 'app://archivist.evil.example/'), hook).toBe(true);
    }
  });

  it('opens no window: a web link goes to the browser, a script or file link nowhere', async () => {
    const { contents, opened } = applied();
    for (const url of [
      'https://example.com/docs',
      'javascript:alert(1)',
      'file:///etc/passwd',
      `${APP_ORIGIN}/x`,
    ])
      expect(contents.windowOpen?.({ url }).action, url).toBe('deny');
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened).toEqual(['https://example.com/docs']);
  });

  it('attaches no <webview>, whatever it loads', () => {
    const { contents } = applied();
    expect(contents.prevented('will-attach-webview', undefined, {}, { src: `${APP_ORIGIN}/` })).toBe(true);
    expect(contents.prevented('will-attach-webview', undefined, {}, { src: 'https://evil.example/' })).toBe(
      true,
    );
  });

  it('grants no permission, asked or checked, even to the app itself', () => {
    const { request, check } = applied();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      request({}, permission, (ok) => (granted = ok), { requestingUrl: `${APP_ORIGIN}/` });
      expect(granted, permission).toBe(false);
      expect(check({}, permission, APP_ORIGIN), permission).toBe(false);
    }
  });
});
