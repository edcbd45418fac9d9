// The application menu with each platform's usual roles (macOS has the app menu first; Windows and
// Linux a File menu with Quit), and the tray's menu: open, pause or resume watching, quit.

import type { MenuItemConstructorOptions } from 'electron';

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
}

export interface TrayActions {
  openWindow(): void;
  setWatching(watching: boolean): void;
  quit(): void;
}

/** What the tray icon says when hovered. */
export function trayTooltip(state: TrayState): string {
  if (state.importing) return `Archivist: importing, ${Math.round(state.importing.percent)}%`;
  return state.watching ? 'Archivist: watching for exports' : 'Archivist: watching paused';
}

export function trayMenuTemplate(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Archivist', click: () => actions.openWindow() },
    { label: trayTooltip(state).replace(/^Archivist: /, ''), enabled: false },
    { type: 'separator' },
    state.watching
      ? { label: 'Pause watching', click: () => actions.setWatching(false) }
      : { label: 'Resume watching', click: () => actions.setWatching(true) },
    { type: 'separator' },
    { label: 'Quit Archivist', click: () => actions.quit() },
  ];
}
