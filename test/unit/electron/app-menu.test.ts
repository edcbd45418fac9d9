// The application menu carries each platform's usual roles; the tray's menu opens the window, pauses
// or resumes watching, turns opening at login on or off, and quits, and says what Archivist is doing.

import { describe, expect, it } from 'vitest';
import {
  applicationMenuTemplate,
  importingFrom,
  trayMenuTemplate,
  trayTooltip,
  type TrayState,
} from '../../../src-main/electron/app-menu.js';

describe('the application menu', () => {
  it('on macOS starts with the app menu, then File, Edit, View, Window and Help', () => {
    expect(applicationMenuTemplate('darwin').map((item) => item.role)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
  });

  it('on Linux and Windows has no app menu (Quit is in File)', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(applicationMenuTemplate(platform).map((item) => item.role)).toEqual([
        'fileMenu',
        'editMenu',
        'viewMenu',
        'windowMenu',
        'help',
      ]);
    }
  });
});

const idle: TrayState = { importing: null, watching: true, launchAtLogin: false };

describe('the tray', () => {
  it('says whether it is importing, watching, or paused', () => {
    expect(trayTooltip({ ...idle, importing: { percent: 41.6 } })).toBe(
      'Archivist: importing an export, 41%',
    );
    expect(trayTooltip(idle)).toBe('Archivist: watching for new exports');
    expect(trayTooltip({ ...idle, watching: false })).toBe('Archivist: watching paused');
  });

  it('rounds the percent down, never reads 100% while importing, and is finishing at the end', () => {
    const at = (bytesDone: number, bytesTotal: number) =>
      trayTooltip({ ...idle, importing: importingFrom({ bytesDone, bytesTotal }) });
    expect(at(0, 0)).toBe('Archivist: importing an export, 0%');
    expect(at(1, 3)).toBe('Archivist: importing an export, 33%');
    expect(at(999, 1000)).toBe('Archivist: importing an export, 99%');
    expect(at(1000, 1000)).toBe('Archivist: finishing an import');
    expect(trayTooltip({ ...idle, importing: { percent: Number.NaN } })).toBe(
      'Archivist: importing an export, 0%',
    );
  });

  it('shows what it is doing in its menu as a sentence, not as a button', () => {
    const status = trayMenuTemplate({ ...idle, importing: { percent: 7.9 } }, noActions())[1];
    expect(status).toMatchObject({ label: 'Importing an export, 7%', enabled: false });
    expect(trayMenuTemplate(idle, noActions())[1]?.label).toBe('Watching for new exports');
  });

  it('opens the window, pauses and resumes watching, turns opening at login on and off, and quits', () => {
    const done: string[] = [];
    const actions = {
      openWindow: () => done.push('open'),
      setWatching: (on: boolean) => done.push(on ? 'resume' : 'pause'),
      setLaunchAtLogin: (on: boolean) => done.push(on ? 'login on' : 'login off'),
      quit: () => done.push('quit'),
    };
    const click = (items: ReturnType<typeof trayMenuTemplate>, label: string) => {
      const item = items.find((entry) => entry.label === label);
      expect(item, label).toBeDefined();
      (item!.click as () => void)();
    };
    const watching = trayMenuTemplate(idle, actions);
    click(watching, 'Open Archivist');
    click(watching, 'Pause watching');
    click(trayMenuTemplate({ ...idle, watching: false }, actions), 'Resume watching');
    click(watching, 'Open at login');
    const atLogin = trayMenuTemplate({ ...idle, launchAtLogin: true }, actions);
    click(atLogin, 'Open at login');
    click(watching, 'Quit Archivist');
    expect(done).toEqual(['open', 'pause', 'resume', 'login on', 'login off', 'quit']);
    expect(watching.map((item) => item.label).filter(Boolean)).not.toContain('Resume watching');
    expect(watching.find((item) => item.label === 'Open at login')).toMatchObject({
      type: 'checkbox',
      checked: false,
    });
    expect(atLogin.find((item) => item.label === 'Open at login')?.checked).toBe(true);
  });
});

function noActions() {
  return { openWindow() {}, setWatching() {}, setLaunchAtLogin() {}, quit() {} };
}
