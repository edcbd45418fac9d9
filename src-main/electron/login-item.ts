// Launch at login: the app registers itself to start with the computer (or stops doing so) as the
// person's setting says, and a launch at login starts in the tray without a window. Windows and macOS
// have Electron's login items; Linux has none, so an XDG autostart entry is written instead.

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Settings } from 'electron';

/** On the command line of a launch at login (Windows, Linux): start in the tray, no window. */
export const HIDDEN_FLAG = '--hidden';

/**
 * Whether this launch starts in the tray only: the login item's `--hidden`, or macOS saying it opened
 * the app at login (its login items pass no arguments).
 */
export function startsHidden(
  argv: readonly string[],
  loginItem: { readonly wasOpenedAtLogin?: boolean },
): boolean {
  return argv.includes(HIDDEN_FLAG) || loginItem.wasOpenedAtLogin === true;
}

export interface LaunchCommand {
  readonly path: string;
  readonly args: readonly string[];
}

export interface RunningApp {
  readonly execPath: string;
  /** process.env.APPIMAGE: the AppImage file, whose mount (and so execPath) moves at every run. */
  readonly appImage?: string | undefined;
  /** process.defaultApp: Electron itself runs the app's folder (development). */
  readonly defaultApp: boolean;
  readonly appPath: string;
}

/** How this very app is started again, without the hidden flag. */
export function launchCommand(running: RunningApp): LaunchCommand {
  if (running.appImage) return { path: running.appImage, args: [] };
  if (running.defaultApp) return { path: running.execPath, args: [running.appPath] };
  return { path: running.execPath, args: [] };
}

/** For app.setLoginItemSettings: Windows reads path and args (a path with spaces quoted), macOS openAtLogin. */
export function loginItemSettings(openAtLogin: boolean, command: LaunchCommand): Settings {
  const args = command.args.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg));
  return { openAtLogin, path: command.path, args: [...args, HIDDEN_FLAG] };
}

// The Desktop Entry Specification's Exec rules: an argument holding a reserved character is quoted,
// with " ` $ \ escaped inside; % is doubled; then the value is escaped as any string value is.
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

function execArgument(arg: string): string {
  return RESERVED.test(arg) || arg === '' ? `"${arg.replace(/["`$\\]/g, '\\$&')}"` : arg;
}

function stringValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
}

/** The XDG autostart entry that starts the app, hidden, at login. */
export function autostartEntry(command: LaunchCommand): string {
  const exec = [command.path, ...command.args, HIDDEN_FLAG].map(execArgument).join(' ').replace(/%/g, '%%');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Archivist',
    'Comment=Imports your ChatGPT exports in the background',
    `Exec=${stringValue(exec)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** ~/.config/autostart/archivist.desktop, or under $XDG_CONFIG_HOME when it is set. */
export function autostartFile(env: NodeJS.ProcessEnv, home: string = homedir()): string {
  const configHome = env['XDG_CONFIG_HOME'] || join(home, '.config');
  return join(configHome, 'autostart', 'archivist.desktop');
}

/** Writes or removes the autostart entry; only Archivist's own file is ever touched. */
export async function applyAutostartEntry(file: string, on: boolean, command: LaunchCommand): Promise<void> {
  if (!on) {
    await rm(file, { force: true });
    return;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, autostartEntry(command), { mode: 0o644 });
}

export interface LoginItemPlatform {
  readonly platform: NodeJS.Platform;
  readonly setLoginItemSettings: (settings: Settings) => void;
  readonly autostartFile: string;
}

/** Makes the computer start the app at login, or not, on whichever system this is. */
export async function applyLaunchAtLogin(
  on: boolean,
  command: LaunchCommand,
  system: LoginItemPlatform,
): Promise<void> {
  if (system.platform === 'darwin' || system.platform === 'win32') {
    system.setLoginItemSettings(loginItemSettings(on, command));
  } else {
    await applyAutostartEntry(system.autostartFile, on, command);
  }
}
