// The application menu carries each platform's usual roles; the tray's menu opens the window, pauses
// or resumes watching, and quits, and says what Archivist is doing.

import { describe, expect, it } from 'vitest';
import {
  applicationMenuTemplate,
  trayMenuTemplate,
  trayTooltip,
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

describe('the tray', () => {
  it('says whether it is importing, watching, or paused', () => {
    expect(trayTooltip({ importing: { percent: 41.6 }, watching: true })).toBe('Archivist: importing, 42%');
    expect(trayTooltip({ importing: null, watching: true })).toBe('Archivist: watching for exports');
    expect(trayTooltip({ importing: null, watching: false })).toBe('Archivist: watching paused');
  });

  it('opens the window, pauses and resumes watching, and quits', () => {
    const done: string[] = [];
    const actions = {
      openWindow: () => done.push('open'),
      setWatching: (on: boolean) => done.push(on ? 'resume' : 'pause'),
      quit: () => done.push('quit'),
    };
    const click = (items: ReturnType<typeof trayMenuTemplate>, label: string) => {
      const item = items.find((entry) => entry.label === label);
      expect(item, label).toBeDefined();
      (item!.click as () => void)();
    };
    const watching = trayMenuTemplate({ importing: null, watching: true }, actions);
    click(watching, 'Open Archivist');
    click(watching, 'Pause watching');
    click(trayMenuTemplate({ importing: null, watching: false }, actions), 'Resume watching');
    click(watching, 'Quit Archivist');
    expect(done).toEqual(['open', 'pause', 'resume', 'quit']);
    expect(watching.map((item) => item.label).filter(Boolean)).not.toContain('Resume watching');
  });
});
