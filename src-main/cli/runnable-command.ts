// Every command Archivist prints must run as printed from where the person is: `archivist` when that
// name on the PATH is this very program (after `npm link`, say), `npx archivist` inside the project,
// else the node command that runs it.

import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { COMMANDS } from './cli-arguments.js';

let prefix: string | null = null;

function onPath(name: string): string | null {
  for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!folder) continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return realpathSync(candidate);
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/** How to start this program from the current folder. */
export function commandPrefix(script = process.argv[1] ?? ''): string {
  if (prefix !== null) return prefix;
  let self = script;
  try {
    self = realpathSync(script);
  } catch {
    // A script that cannot be resolved is named as given.
  }
  // dist/src-main/cli/archivist.js → the project folder, where `npx archivist` finds its own bin.
  const project = resolve(dirname(self), '..', '..', '..');
  const inProject = !relative(project, process.cwd()).startsWith('..');
  prefix =
    onPath('archivist') === self
      ? 'archivist'
      : inProject
        ? 'npx archivist'
        : `node ${/\s/.test(self) ? `"${self}"` : self}`;
  return prefix;
}

/** An `archivist <command …>` hint, written the way it runs here. */
export function command(rest: string): string {
  return `${commandPrefix()} ${rest}`;
}

const COMMAND_MENTION = new RegExp(`\\barchivist (?=(?:${COMMANDS.join('|')})\\b)`, 'g');

/**
 * An error message with every `archivist <command>` it mentions written the way it runs here. Only
 * for Archivist's own messages: text from the archive (titles, messages) is never rewritten.
 */
export function runnable(text: string): string {
  const start = commandPrefix();
  return start === 'archivist' ? text : text.replace(COMMAND_MENTION, `${start} `);
}
