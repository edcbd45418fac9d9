// A second launch with an export on its command line (double-clicking a ZIP, "Open with Archivist")
// reaches the running app as that launch's argv and working folder: these are the exports to queue.

import { isAbsolute, resolve } from 'node:path';

const EXPORT_NAME = /\.(zip|json)$/i;

/** The export paths on a command line, made absolute; options and the program's own path are not. */
export function exportPathsIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && EXPORT_NAME.test(arg) && !arg.includes('\0'))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}
