// `archivist serve`: the archive in a browser, through the HTTP bridge on 127.0.0.1, with the import
// queue running and (unless --no-watch) the same watch policy as `archivist watch`, so an export that
// lands in Downloads shows up in the open page. The folders watched follow the settings (changed from
// the page, or by `archivist settings watch-folder` meanwhile) unless --dir names them. SIGINT/SIGTERM
// stop it as `watch` stops: the running import keeps its last batch and carries on at the next start.

import { resolve } from 'node:path';
import type { ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import type { ArchiveService } from '../core/archive-service.js';
import { openArchive } from '../core/open-archive.js';
import { followWatchedFolders, type FolderFollowing } from '../core/watch/folder-following.js';
import {
  recheckLinksAtStart,
  watchFolders,
  type FolderWatch,
  type WatchListener,
} from '../core/watch/watch-policy.js';
import { ArchiveEventStream } from '../http-bridge/event-stream.js';
import { startHttpBridge, type HttpBridge } from '../http-bridge/http-bridge.js';
import { DEFAULT_RENDERER_FOLDER } from '../http-bridge/renderer-files.js';
import { createRunSecret } from '../http-bridge/run-secret.js';
import { openInBrowser } from './browser-opener.js';
import type { CliArguments } from './cli-arguments.js';
import { sayUpgrade } from './upgrade-notice.js';
import { watchEventSink } from './watch-command.js';

export async function runServeCommand(args: CliArguments, dataFolder: string): Promise<number> {
  const write = (line: string) => process.stdout.write(`${line}\n`);
  const events = new ArchiveEventStream();
  let sink: ReturnType<typeof watchEventSink> | null = null;
  let following: FolderFollowing | null = null;
  const service: ArchiveService = openArchive({
    dataFolder,
    onUpgrade: sayUpgrade,
    publish: (name, payload) => {
      events.publish(name, payload);
      sink?.onArchiveEvent(name, payload);
      if (
        name === 'archiveChanged' &&
        (payload as ArchiveEvents['archiveChanged']).changed.includes('settings')
      )
        void following?.check();
    },
  });
  let bridge: HttpBridge | null = null;
  let watching: FolderWatch | null = null;
  try {
    const chosenByDir = args.options.dirs.length > 0;
    const folders = chosenByDir ? args.options.dirs.map((dir) => resolve(dir)) : service.watchedFolders();
    sink = watchEventSink({ folders, once: false, recursive: args.options.recursive, json: false, write });
    const listener: WatchListener = {
      onDetected: (file, initial) => sink?.emit({ event: 'detected', file, initial }),
      onOffered: (file, job) => sink?.emit({ event: 'offered', file, job }),
      onSkipped: (file, reason) => sink?.emit({ event: 'skipped', file, reason }),
      onProblem: (message) => sink?.emit({ event: 'problem', message }),
    };
    bridge = await startHttpBridge({
      service,
      events,
      secret: createRunSecret(),
      port: args.options.port ?? 0,
      // A renderer built elsewhere (a development build, say) can be served instead.
      rendererFolder: process.env['ARCHIVIST_RENDERER'] ?? DEFAULT_RENDERER_FOLDER,
    });
    const stopped = new Promise<void>((stop) => {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    if (args.options.noWatch) service.imports.start();
    else {
      await recheckLinksAtStart(service, listener);
      watching = await watchFolders(service, { folders, recursive: args.options.recursive }, listener);
      if (!chosenByDir) {
        following = followWatchedFolders({
          chosen: () => service.watchedFolders(),
          watching: () => watching,
          onFollowed: (now) => {
            write(`Now watching ${now.join(', ')} for ChatGPT exports.`);
            // When another process changed them the page has not heard of it: it reads the settings again.
            events.publish('archiveChanged', { changed: ['settings'] });
          },
          onProblem: (message) => sink?.emit({ event: 'problem', message }),
        });
      }
    }
    // The first line, printed once everything runs: tools and tests read the address from it.
    write(`Archivist is running at ${bridge.url}`);
    write(
      args.options.noWatch
        ? 'Watching no folder (--no-watch). Ctrl+C stops.'
        : `Watching ${folders.join(', ')} for ChatGPT exports. Ctrl+C stops.`,
    );
    // Not waited for: some openers only return once the browser they started is closed.
    if (args.options.open) {
      void openInBrowser(bridge.url).then((failure) => {
        if (failure) write(`No browser could be opened (${failure}); open the address above yourself.`);
      });
    }
    await stopped;
    return 0;
  } finally {
    // Stop taking requests and end the event streams, stop the watcher and the queue (which answers
    // an import call under way), then close the archive.
    const bridgeClosed = bridge?.close();
    following?.stop();
    if (watching) await watching.close();
    else await service.imports.stop();
    await bridgeClosed;
    await service.close();
  }
}
