// Wires the checklist's predicates into Electron: every web contents (the window's, and any a bug or
// a page might create) is kept on the app's origin, opens no window, attaches no <webview>, and the
// session grants no permission. Thin on purpose: the decisions are the pure functions it calls.

import type { App, Session, Shell, WebContents } from 'electron';
import { decideWindowOpen, shouldAllowNavigation } from './navigation-policy.js';
import { isPermissionGranted, shouldAttachWebview } from './permission-policy.js';

export interface SecurityPolicyOptions {
  readonly app: Pick<App, 'on'>;
  readonly session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  readonly shell: Pick<Shell, 'openExternal'>;
  readonly appOrigin: string;
  readonly onProblem: (message: string) => void;
}

function guardWebContents(contents: WebContents, options: SecurityPolicyOptions): void {
  const keepOnOrigin = (event: { readonly url: string; preventDefault(): void }) => {
    if (!shouldAllowNavigation(event.url, options.appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', keepOnOrigin);
  contents.on('will-frame-navigate', keepOnOrigin);
  contents.on('will-redirect', keepOnOrigin);
  contents.on('will-attach-webview', (event, _preferences, params) => {
    if (!shouldAttachWebview(params.src)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally !== null) {
      options.shell
        .openExternal(decision.openExternally)
        .catch((error: unknown) => options.onProblem(`The link could not be opened: ${String(error)}`));
    }
    return { action: decision.action };
  });
}

/** Call before the first window exists (on `ready`), so no web contents escapes the guard. */
export function applySecurityPolicy(options: SecurityPolicyOptions): void {
  options.session.setPermissionRequestHandler((_contents, permission, grant, details) =>
    grant(isPermissionGranted(permission, details.requestingUrl)),
  );
  options.session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  options.app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}
