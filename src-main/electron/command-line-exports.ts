// A second launch with an export on its command line (double-clicking a ZIP, "Open with Archivist")
// reaches the running app as that launch's argv and working folder: these are the exports to queue.
// Linux file managers hand the desktop entry's %U a file:// URL rather than a path.

import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPORT_NAME = /\.(zip|json)$/i;

/** A local file:// URL as its path; null for a URL naming another host or nothing decodable. */
function localPath(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

/** The export paths on a command line, made absolute; options and the program's own path are not. */
export function exportPathsIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && !arg.includes('\0'))
    .map((arg) => (/^file:/i.test(arg) ? localPath(arg) : arg))
    .filter((path): path is string => path !== null && EXPORT_NAME.test(path) && !path.includes('\0'))
    .map((path) => (isAbsolute(path) ? path : resolve(workingDirectory, path)));
}
