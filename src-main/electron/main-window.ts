// The one window: the renderer from app://archive/ with the checklist's webPreferences and the preload,
// at the size and place the person left it. Closing it hides nothing but itself: watching goes on.

import { BrowserWindow } from 'electron';
import { APP_START_URL } from './security/app-origin.js';
import { SECURE_WEB_PREFERENCES } from './security/web-preferences.js';
import type { WindowBounds, WindowState } from './window-state.js';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly state: WindowState;
  readonly onClosing: (bounds: WindowBounds, maximized: boolean) => void;
  /** The page to open (see appPageUrl); the start page when absent. */
  readonly url?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    ...(state.bounds ?? { width: state.width, height: state.height }),
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Archivist',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => options.onClosing(window.getNormalBounds(), window.isMaximized()));
  void window.loadURL(options.url ?? APP_START_URL);
  return window;
}
