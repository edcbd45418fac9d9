// `archivist serve --open`: the address handed to the system's own opener (xdg-open, open, start),
// which starts the default browser. Where there is none, the person is told to open it themselves.

import { spawn } from 'node:child_process';

/** The command that opens a URL in the default browser on this platform. */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start`'s first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Resolves null once the browser is asked, or with why it could not be. */
export function openInBrowser(url: string): Promise<string | null> {
  const { command, args } = browserCommand(url);
  return new Promise((settle) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.once('error', (error: NodeJS.ErrnoException) =>
      settle(error.code === 'ENOENT' ? `${command} is not installed here` : error.message),
    );
    child.once('exit', (code) => settle(code === 0 ? null : `${command} found no browser to open it`));
    child.unref();
  });
}
