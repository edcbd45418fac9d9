// The application menu with each platform's usual roles (macOS has the app menu first; Windows and
// Linux a File menu with Quit), and the tray's menu: open, pause or resume watching, open at login, quit.

import type { MenuItemConstructorOptions } from 'electron';
import type { ImportProgress } from '../../src-shared/model/import-report.js';

export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}

export interface TrayState {
  /** Null when idle; else the import running and how far it is. */
  readonly importing: { readonly percent: number } | null;
  readonly watching: boolean;
  /** The person's launchAtLogin setting, shown as a check mark. */
  readonly launchAtLogin: boolean;
}

export interface TrayActions {
  openWindow(): void;
  setWatching(watching: boolean): void;
  setLaunchAtLogin(on: boolean): void;
  quit(): void;
}

/** How far an import is, from its progress event: 0 while the export's size is not known yet. */
export function importingFrom(progress: Pick<ImportProgress, 'bytesDone' | 'bytesTotal'>): {
  readonly percent: number;
} {
  const ratio = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  return { percent: Number.isFinite(ratio) ? 100 * ratio : 0 };
}

/**
 * What Archivist is doing, in a few words. The percent is rounded down, so an import never reads as
 * done while it runs; at the end (the last batch, linking its uploads) it says it is finishing.
 */
export function trayStatus(state: TrayState): string {
  if (state.importing) {
    const percent = Number.isFinite(state.importing.percent)
      ? Math.max(0, Math.floor(state.importing.percent))
      : 0;
    return percent >= 100 ? 'finishing an import' : `importing an export, ${percent}%`;
  }
  return state.watching ? 'watching for new exports' : 'watching paused';
}

/** What the tray icon says when hovered. */
export function trayTooltip(state: TrayState): string {
  return `Archivist: ${trayStatus(state)}`;
}

export function trayMenuTemplate(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Archivist', click: () => actions.openWindow() },
    { label: capitalized(trayStatus(state)), enabled: false },
    { type: 'separator' },
    state.watching
      ? { label: 'Pause watching', click: () => actions.setWatching(false) }
      : { label: 'Resume watching', click: () => actions.setWatching(true) },
    {
      label: 'Open at login',
      type: 'checkbox',
      checked: state.launchAtLogin,
      click: () => actions.setLaunchAtLogin(!state.launchAtLogin),
    },
    { type: 'separator' },
    { label: 'Quit Archivist', click: () => actions.quit() },
  ];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
