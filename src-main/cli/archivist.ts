#!/usr/bin/env node
// The `archivist` command: the archive from a terminal, and the contract other tools script against.
// Every command goes through the same ArchiveApi dispatch as the desktop app; --json prints exactly
// one JSON document on stdout; exit code 0 on success, 1 on failure.

import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { toTransferableError } from '../../src-shared/contract/app-error.js';
import type { ArchiveApi, ArchiveEvents } from '../../src-shared/contract/archive-contract.js';
import { createArchiveClient, dispatchArchiveCall } from '../../src-shared/contract/archive-rpc.js';
import { openArchive } from '../core/open-archive.js';
import type { ArchiveService } from '../core/archive-service.js';
import { defaultDataFolder } from '../core/os-folders/data-folder.js';
import { checkArchive } from '../core/safekeeping/archive-check.js';
import { rebuildArchive } from '../core/safekeeping/archive-rebuild.js';
import { parseCliArguments, USAGE, type CliArguments, type CommandName } from './cli-arguments.js';
import { inCliTerms } from './cli-terms.js';
import { describeCheck, describeRebuild } from './human-output.js';
import { ProgressBar } from './progress-bar.js';
import { runnable } from './runnable-command.js';
import { runWatchCommand, watchEventSink } from './watch-command.js';
import { runServeCommand } from './serve-command.js';
import { artifactsCommand } from './commands/artifacts-command.js';
import type { CliCommand } from './commands/cli-command.js';
import { conversationsCommand } from './commands/conversations-command.js';
import { decisionsCommand } from './commands/decisions-command.js';
import { exportCommand } from './commands/export-command.js';
import { importCommand } from './commands/import-command.js';
import { linkCommand, linksCommand } from './commands/links-command.js';
import { projectsCommand } from './commands/projects-command.js';
import { rebuildKitCommand } from './commands/rebuild-kit-command.js';
import { relinkCommand } from './commands/relink-command.js';
import { searchCommand } from './commands/search-command.js';
import { settingsCommand } from './commands/settings-command.js';
import { showCommand } from './commands/show-command.js';
import { sourcesCommand } from './commands/sources-command.js';
import { statsCommand } from './commands/stats-command.js';
import { timelineCommand } from './commands/timeline-command.js';

type ArchiveCommandName = Exclude<CommandName, 'watch' | 'serve' | 'check' | 'rebuild-archive' | 'help'>;

/** Every command that works through the archive, by its name. */
const COMMAND_TABLE: Readonly<Record<ArchiveCommandName, CliCommand>> = {
  import: importCommand,
  stats: statsCommand,
  conversations: conversationsCommand,
  show: showCommand,
  search: searchCommand,
  artifacts: artifactsCommand,
  timeline: timelineCommand,
  decisions: decisionsCommand,
  rebuild: rebuildKitCommand,
  export: exportCommand,
  sources: sourcesCommand,
  projects: projectsCommand,
  relink: relinkCommand,
  links: linksCommand,
  link: linkCommand,
  settings: settingsCommand,
};

/**
 * The archive as a typed ArchiveApi, every call going through the same dispatch (input checks, error
 * envelope) as the desktop app's; a bad input is said in the command line's own terms.
 */
function archiveClient(service: ArchiveService): ArchiveApi {
  return createArchiveClient(async (method, input) => {
    const envelope = await dispatchArchiveCall(service, method, input);
    if (envelope.ok || envelope.error.code !== 'invalid-input') return envelope;
    return { ok: false, error: { ...envelope.error, message: inCliTerms(envelope.error.message) } };
  });
}

async function watch(args: CliArguments, dataFolder: string): Promise<number> {
  const write = (line: string) => process.stdout.write(`${line}\n`);
  let sink: ReturnType<typeof watchEventSink> | null = null;
  const service = openArchive({
    dataFolder,
    publish: (name, payload) => sink?.onArchiveEvent(name, payload),
  });
  try {
    const folders =
      args.options.dirs.length > 0 ? args.options.dirs.map((dir) => resolve(dir)) : service.watchedFolders();
    const options = {
      folders,
      once: args.options.once,
      recursive: args.options.recursive,
      json: args.json,
      write,
    };
    sink = watchEventSink(options);
    if (!args.json && !args.options.once)
      write(`Watching ${folders.join(', ')} for ChatGPT exports. Ctrl+C stops.`);
    return await runWatchCommand(service, options, sink);
  } finally {
    await service.close();
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const wantsJson = argv.includes('--json');
  let service: ArchiveService | null = null;
  try {
    const args = parseCliArguments(argv);
    if (args.command === 'help') {
      process.stdout.write(args.json ? `${JSON.stringify({ usage: USAGE })}\n` : USAGE);
      return 0;
    }
    const dataFolder = resolve(args.dataFolder ?? defaultDataFolder());
    if (args.command === 'watch') return await watch(args, dataFolder);
    if (args.command === 'serve') return await runServeCommand(args, dataFolder);
    // These two work on the data folder itself, so that they also work when the archive cannot be opened.
    if (args.command === 'check') {
      const report = await checkArchive(dataFolder);
      process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${describeCheck(report)}\n`);
      return report.ok ? 0 : 1;
    }
    if (args.command === 'rebuild-archive') {
      const bar = new ProgressBar();
      const report = await rebuildArchive(dataFolder, {
        onExport: (kept, index, total) => {
          bar.clear();
          if (!args.json)
            process.stderr.write(`Importing kept export ${index + 1} of ${total}: ${kept.name}\n`);
        },
        onProgress: (progress) => bar.update(progress),
      });
      bar.clear();
      process.stdout.write(
        args.json ? `${JSON.stringify(report, null, 2)}\n` : `${describeRebuild(report)}\n`,
      );
      return 0;
    }
    const bar = new ProgressBar();
    service = openArchive({
      dataFolder,
      publish: (name, payload) => {
        if (name === 'importProgressed') bar.update(payload as ArchiveEvents['importProgressed']);
      },
    });
    const say = (text: string) => {
      if (!args.json) process.stdout.write(`${text}\n`);
    };
    const output = await COMMAND_TABLE[args.command]({ args, api: archiveClient(service), bar, say });
    bar.clear();
    if (args.command === 'import') {
      // The decisions of what came in are read before the command ends, so that every later command
      // shows them at once; reads never wait on the extractor.
      // Said only when it takes a while (a large export), not after every quick or repeated import.
      const slow = setTimeout(() => {
        if (!args.json) process.stderr.write('Reading the decisions in what was imported…\n');
      }, 1000);
      await service.refreshDecisions().finally(() => clearTimeout(slow));
    }
    if (args.json) process.stdout.write(`${JSON.stringify(output.json, null, 2)}\n`);
    else if (output.text) process.stdout.write(`${output.text}\n`);
    return output.ok ? 0 : 1;
  } catch (error) {
    const transferable = toTransferableError(error);
    if (wantsJson) process.stdout.write(`${JSON.stringify({ error: transferable }, null, 2)}\n`);
    else process.stderr.write(`archivist: ${runnable(transferable.message)}\n`);
    return 1;
  } finally {
    await service?.close();
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await main(process.argv.slice(2));
}
