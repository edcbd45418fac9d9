// The desktop app's composition root, the only file that knows how the pieces connect: one instance,
// the archive with its import queue and watcher (the same core the CLI and `serve` use), the archive
// over IPC, the app:// protocol, the window, tray, menu and notifications. Closing the window keeps
// watching, on the folders the settings name as they change; quitting stops everything in reverse order
// (start-order.ts), so the import in flight keeps its last batch. A launch at login starts in the tray
// only. Folders the window adds are chosen here, with the system's folder picker (folder-choice.ts).

import {
  app,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  protocol,
  screen,
  session,
  shell,
  Tray,
  type BrowserWindow,
} from 'electron';
import { fileURLToPath } from 'node:url';
import { AppError } from '../src-shared/contract/app-error.js';
import type { ArchiveEvents, PublishArchiveEvent } from '../src-shared/contract/archive-contract.js';
import type { ArchiveService } from './core/archive-service.js';
import { openArchive } from './core/open-archive.js';
import { defaultDataFolder } from './core/os-folders/data-folder.js';
import { followWatchedFolders, type FolderFollowing } from './core/watch/folder-following.js';
import {
  recheckLinksAtStart,
  watchFolders,
  type FolderWatch,
  type WatchListener,
} from './core/watch/watch-policy.js';
import {
  applicationMenuTemplate,
  importingFrom,
  trayMenuTemplate,
  trayTooltip,
  type TrayState,
} from './electron/app-menu.js';
import { registerAppScheme, serveAppProtocol } from './electron/app-protocol.js';
import { exportPathsIn } from './electron/command-line-exports.js';
import { createDesktopNotices, showNatively } from './electron/desktop-notices.js';
import { forwardArchiveEvents, serveArchiveOverIpc } from './electron/ipc-server.js';
import { applyLaunchAtLogin, autostartFile, launchCommand, startsHidden } from './electron/login-item.js';
import { createMainWindow } from './electron/main-window.js';
import { APP_ORIGIN, appPageUrl } from './electron/security/app-origin.js';
import { applySecurityPolicy } from './electron/security/security-policy.js';
import { desktopStartSteps, startInOrder, type Started } from './electron/start-order.js';
import { readWindowState, writeWindowState } from './electron/window-state.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** dist/src-main/main.js → the built renderer, the preload and the icons. */
const RENDERER_FOLDER = here('../../dist-renderer/');
const PRELOAD = here('./preload/preload.cjs');
const TRAY_ICON = here('../../assets/tray-icon.png');

const log = (message: string) => console.log(message);

app.enableSandbox();
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Archivist runs: it has been handed this launch's command line (second-instance).
  app.quit();
} else {
  const dataFolder = defaultDataFolder();
  let service: ArchiveService | null = null;
  let window: BrowserWindow | null = null;
  let tray: Tray | null = null;
  let watching: FolderWatch | null = null;
  let following: FolderFollowing | null = null;
  let trayState: TrayState = { importing: null, watching: true, launchAtLogin: false };
  let appliedLaunchAtLogin: boolean | null = null;
  let started: Started | null = null;
  let stopped = false;
  const waitingExports: string[] = exportPathsIn(process.argv, process.cwd());

  const toWindow = forwardArchiveEvents(() => window?.webContents ?? null);
  const notices = createDesktopNotices({
    show: showNatively(Notification, (route) => void showWindow(route)),
    candidateLinks: () => service?.listLinks({ status: 'candidate' }) ?? Promise.resolve([]),
    onProblem: log,
  });
  const publish: PublishArchiveEvent = (name, payload) => {
    toWindow(name, payload);
    notices.hear(name, payload);
    if (name === 'importProgressed') {
      updateTray({ ...trayState, importing: importingFrom(payload as ArchiveEvents['importProgressed']) });
    } else if (name === 'importFinished') {
      updateTray({ ...trayState, importing: null });
    } else if (
      name === 'archiveChanged' &&
      (payload as ArchiveEvents['archiveChanged']).changed.includes('settings')
    ) {
      void applySettings();
      void following?.check();
    }
  };

  const listener: WatchListener = {
    onDetected: (file) => log(`Found ${file}`),
    onOffered: (file) => log(`Offered ${file} (the first look at this folder)`),
    onSkipped: (file, reason) => log(`Skipped ${file}: ${reason}`),
    onProblem: (message) => log(message),
  };

  const queueExports = (paths: readonly string[]) => {
    if (!service) {
      waitingExports.push(...paths);
      return;
    }
    for (const path of paths) {
      service
        .enqueueImport({ path })
        .catch((error: unknown) => log(`${path} could not be queued: ${String(error)}`));
    }
  };

  async function startWatching(): Promise<void> {
    if (!service || watching) return;
    watching = await watchFolders(service, { folders: service.watchedFolders(), recursive: false }, listener);
  }

  async function stopWatching(): Promise<void> {
    const current = watching;
    watching = null;
    await current?.close();
  }

  /** The settings the shell itself acts on: launch at login (applied again only when it changed). */
  async function applySettings(): Promise<void> {
    if (!service) return;
    try {
      const { launchAtLogin } = await service.getSettings({});
      updateTray({ ...trayState, launchAtLogin });
      if (launchAtLogin === appliedLaunchAtLogin) return;
      appliedLaunchAtLogin = launchAtLogin;
      await applyLaunchAtLogin(
        launchAtLogin,
        launchCommand({
          execPath: process.execPath,
          appImage: process.env['APPIMAGE'],
          defaultApp: process.defaultApp === true,
          appPath: app.getAppPath(),
        }),
        {
          platform: process.platform,
          setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
          autostartFile: autostartFile(process.env),
        },
      );
    } catch (error) {
      appliedLaunchAtLogin = null;
      log(`Launch at login could not be changed: ${String(error)}`);
    }
  }

  function updateTray(state: TrayState): void {
    trayState = state;
    if (!tray) return;
    tray.setToolTip(trayTooltip(state));
    tray.setContextMenu(
      Menu.buildFromTemplate(
        trayMenuTemplate(state, {
          openWindow: () => void showWindow(),
          setWatching: (on) => {
            updateTray({ ...trayState, watching: on });
            // Paused: the queue still finishes what it holds; resumed: the folders are looked at again.
            void (on ? startWatching() : stopWatching().then(() => service?.imports.start()));
          },
          // Saved like any setting; its archiveChanged event applies it (applySettings).
          setLaunchAtLogin: (on) =>
            void service?.updateSettings({ launchAtLogin: on }).catch((error: unknown) => log(String(error))),
          quit: () => app.quit(),
        }),
      ),
    );
  }

  /** Shows the window (made again if it was closed), at `route` when one is given. */
  async function showWindow(route?: string): Promise<void> {
    if (window && !window.isDestroyed()) {
      if (route !== undefined) void window.loadURL(appPageUrl(route));
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      return;
    }
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    window = createMainWindow({
      preloadPath: PRELOAD,
      state: await readWindowState(dataFolder, workAreas),
      ...(route !== undefined ? { url: appPageUrl(route) } : {}),
      onClosing: (bounds, maximized) => {
        writeWindowState(dataFolder, bounds, maximized).catch(() => {});
      },
    });
    window.on('closed', () => {
      window = null;
    });
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    queueExports(exportPathsIn(argv, workingDirectory));
    if (!startsHidden(argv, {})) void showWindow();
  });
  // macOS: a ZIP opened with Archivist, before or after start.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    queueExports([path]);
  });
  // The window closing leaves the tray and the watcher running; only Quit stops them.
  app.on('window-all-closed', () => {});
  // macOS: the Dock icon clicked; before the start is done, the start itself decides.
  app.on('activate', () => {
    if (started) void showWindow();
  });
  app.on('before-quit', (event) => {
    if (stopped || !started) return;
    event.preventDefault();
    const stopping = started;
    started = null;
    void stopping.stop().finally(() => {
      stopped = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    applySecurityPolicy({
      app,
      session: session.defaultSession,
      shell,
      appOrigin: APP_ORIGIN,
      onProblem: log,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform)));
    try {
      started = await startInOrder(
        desktopStartSteps({
          archive: () => {
            service = openArchive({
              dataFolder,
              publish,
              shell: {
                async openPath(path) {
                  const failure = await shell.openPath(path);
                  if (failure) throw new AppError('file-unreadable', failure);
                },
                showItemInFolder: (path) => shell.showItemInFolder(path),
              },
            });
            const opened = service;
            void applySettings();
            return () => opened.close();
          },
          'import queue': async () => {
            const archive = service as ArchiveService;
            await recheckLinksAtStart(archive, listener);
            await notices.start();
            archive.imports.start();
            queueExports(waitingExports.splice(0));
            return () => archive.imports.stop();
          },
          watcher: async () => {
            await startWatching();
            const archive = service as ArchiveService;
            following = followWatchedFolders({
              chosen: () => archive.watchedFolders(),
              watching: () => watching,
              onFollowed: (folders) => {
                log(`Now watching ${folders.join(', ')}`);
                // A change made by the command line: the window reads the settings again.
                toWindow('archiveChanged', { changed: ['settings'] });
              },
              onProblem: log,
            });
            return () => {
              following?.stop();
              following = null;
              return stopWatching();
            };
          },
          ipc: () =>
            serveArchiveOverIpc(ipcMain, service as ArchiveService, APP_ORIGIN, {
              // Over the window when it is open, so the picker is its sheet (macOS) and stays on top.
              showFolderPicker: (options) =>
                window && !window.isDestroyed()
                  ? dialog.showOpenDialog(window, options)
                  : dialog.showOpenDialog(options),
            }),
          'app protocol': () =>
            serveAppProtocol(protocol, {
              rendererFolder: RENDERER_FOLDER,
              artifactBlob: (id) => (service as ArchiveService).artifactBlob(id),
            }),
          'window and tray': async () => {
            tray = new Tray(nativeImage.createFromPath(TRAY_ICON));
            tray.on('click', () => void showWindow());
            updateTray(trayState);
            if (!startsHidden(process.argv, app.getLoginItemSettings())) await showWindow();
            return () => {
              tray?.destroy();
              tray = null;
              window?.destroy();
              window = null;
            };
          },
        }),
        (name, error) => log(`Stopping ${name} failed: ${String(error)}`),
      );
    } catch (error) {
      log(`Archivist could not start: ${error instanceof Error ? error.message : String(error)}`);
      stopped = true;
      app.exit(1);
    }
  });
}
