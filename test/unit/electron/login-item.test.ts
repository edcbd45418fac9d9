// Launch at login: a launch at login starts in the tray without a window, whichever way the system
// says so; the login item starts this very app with --hidden; and on Linux, which has no login items,
// a real autostart entry is written and removed, its command quoted as the desktop spec asks.

import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyLaunchAtLogin,
  autostartEntry,
  autostartFile,
  launchCommand,
  loginItemSettings,
  startsHidden,
} from '../../../src-main/electron/login-item.js';
import { useTempFolders } from '../../support/temp-folder.js';

const temp = useTempFolders();

describe('startsHidden', () => {
  it('is true for a launch at login: --hidden on Windows and Linux, the login item on macOS', () => {
    expect(startsHidden(['C:\\Archivist\\Archivist.exe', '--hidden'], {})).toBe(true);
    expect(
      startsHidden(['/Applications/Archivist.app/Contents/MacOS/Archivist'], { wasOpenedAtLogin: true }),
    ).toBe(true);
  });

  it('is false when the person starts the app, or opens an export with it', () => {
    expect(startsHidden(['/opt/Archivist/archivist'], { wasOpenedAtLogin: false })).toBe(false);
    expect(startsHidden(['/opt/Archivist/archivist', '/home/ada/hidden.zip'], {})).toBe(false);
    expect(startsHidden(['electron', 'dist/src-main/main.js'], {})).toBe(false);
  });
});

describe('the command that starts Archivist at login', () => {
  it('is the AppImage file itself, the installed program, or Electron with the app in development', () => {
    const running = {
      execPath: '/opt/Archivist/archivist',
      defaultApp: false,
      appPath: '/opt/Archivist/app',
    };
    expect(launchCommand(running)).toEqual({ path: '/opt/Archivist/archivist', args: [] });
    expect(
      launchCommand({
        ...running,
        execPath: '/tmp/.mount_Arch12/archivist',
        appImage: '/home/ada/Archivist.AppImage',
      }),
    ).toEqual({ path: '/home/ada/Archivist.AppImage', args: [] });
    expect(
      launchCommand({ execPath: '/w/node_modules/electron/dist/electron', defaultApp: true, appPath: '/w' }),
    ).toEqual({ path: '/w/node_modules/electron/dist/electron', args: ['/w'] });
  });

  it('asks Windows and macOS for a login item that starts hidden', () => {
    expect(loginItemSettings(true, { path: 'C:\\Archivist\\Archivist.exe', args: [] })).toEqual({
      openAtLogin: true,
      path: 'C:\\Archivist\\Archivist.exe',
      args: ['--hidden'],
    });
    expect(loginItemSettings(false, { path: 'electron.exe', args: ['C:\\My Work\\archivist'] })).toEqual({
      openAtLogin: false,
      path: 'electron.exe',
      args: ['"C:\\My Work\\archivist"', '--hidden'],
    });
  });

  it('on Linux is an autostart entry whose Exec quotes what the desktop spec reserves', () => {
    const entry = autostartEntry({ path: '/home/ada/My Apps/Archivist 100%.AppImage', args: [] });
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Archivist\n');
    expect(entry).toContain('\nExec="/home/ada/My Apps/Archivist 100%%.AppImage" --hidden\n');
    expect(autostartEntry({ path: '/opt/a$b/archivist', args: [] })).toContain(
      'Exec="/opt/a\\\\$b/archivist" --hidden\n',
    );
    expect(autostartEntry({ path: '/opt/Archivist/archivist', args: [] })).toContain(
      'Exec=/opt/Archivist/archivist --hidden\n',
    );
  });

  it('on Linux lives in the XDG config folder', () => {
    expect(autostartFile({}, '/home/ada')).toBe('/home/ada/.config/autostart/archivist.desktop');
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe('/cfg/autostart/archivist.desktop');
  });
});

describe('applyLaunchAtLogin', () => {
  const command = { path: '/opt/Archivist/archivist', args: [] };

  it('on Linux writes the autostart entry when on and removes it when off', async () => {
    const file = join(temp(), 'config', 'autostart', 'archivist.desktop');
    const linux = {
      platform: 'linux' as const,
      setLoginItemSettings: () => expect.fail('no login items'),
      autostartFile: file,
    };
    await applyLaunchAtLogin(true, command, linux);
    expect(await readFile(file, 'utf8')).toContain('Exec=/opt/Archivist/archivist --hidden');
    await applyLaunchAtLogin(false, command, linux);
    expect(existsSync(file)).toBe(false);
    // Off when it was never on is no problem.
    await applyLaunchAtLogin(false, command, linux);
  });

  it('on Windows and macOS uses the login item and leaves autostart files alone', async () => {
    const file = join(temp(), 'archivist.desktop');
    await writeFile(file, 'not ours to touch');
    for (const platform of ['win32', 'darwin'] as const) {
      const asked: unknown[] = [];
      await applyLaunchAtLogin(true, command, {
        platform,
        setLoginItemSettings: (settings) => asked.push(settings),
        autostartFile: file,
      });
      expect(asked).toEqual([{ openAtLogin: true, path: '/opt/Archivist/archivist', args: ['--hidden'] }]);
    }
    expect(await readFile(file, 'utf8')).toBe('not ours to touch');
  });
});
