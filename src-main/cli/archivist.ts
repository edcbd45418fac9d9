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
import { defaultDataFolder } from '../core/os-folders/data-folder.js';
import { parseCliArguments, USAGE, type CliArguments, type CommandName } from './cli-arguments.js';
import { inCliTerms } from './cli-terms.js';
import { openCommandArchive, type CommandArchive } from './command-archive.js';
import type { CliCommand } from './commands/cli-command.js';
import { ProgressBar } from './progress-bar.js';
import { sayUpgrade } from './upgrade-notice.js';
import { runnable } from './runnable-command.js';

type ArchiveCommandName = Exclude<CommandName, 'watch' | 'serve' | 'check' | 'rebuild-archive' | 'help'>;

/**
 * Every command that works through the archive, by its name, loaded when it runs: a command loads
 * its own module and what it calls, never the others' (stats must not wait for the import pipeline).
 */
const COMMAND_TABLE: Readonly<Record<ArchiveCommandName, () => Promise<CliCommand>>> = {
  import: async () => (await import('./commands/import-command.js')).importCommand,
  stats: async () => (await import('./commands/stats-command.js')).statsCommand,
  conversations: async () => (await import('./commands/conversations-command.js')).conversationsCommand,
  show: async () => (await import('./commands/show-command.js')).showCommand,
  search: async () => (await import('./commands/search-command.js')).searchCommand,
  artifacts: async () => (await import('./commands/artifacts-command.js')).artifactsCommand,
  timeline: async () => (await import('./commands/timeline-command.js')).timelineCommand,
  decisions: async () => (await import('./commands/decisions-command.js')).decisionsCommand,
  rebuild: async () => (await import('./commands/rebuild-kit-command.js')).rebuildKitCommand,
  export: async () => (await import('./commands/export-command.js')).exportCommand,
  sources: async () => (await import('./commands/sources-command.js')).sourcesCommand,
  projects: async () => (await import('./commands/projects-command.js')).projectsCommand,
  relink: async () => (await import('./commands/relink-command.js')).relinkCommand,
  links: async () => (await import('./commands/links-command.js')).linksCommand,
  link: async () => (await import('./commands/links-command.js')).linkCommand,
  settings: async () => (await import('./commands/settings-command.js')).settingsCommand,
};

/**
 * The archive as a typed ArchiveApi, every call going through the same dispatch (input checks, error
 * envelope) as the desktop app's; a bad input is said in the command line's own terms.
 */
function archiveClient(archive: ArchiveApi): ArchiveApi {
  return createArchiveClient(async (method, input) => {
    const envelope = await dispatchArchiveCall(archive, method, input);
    if (envelope.ok || envelope.error.code !== 'invalid-input') return envelope;
    return { ok: false, error: { ...envelope.error, message: inCliTerms(envelope.error.message) } };
  });
}

async function watch(args: CliArguments, dataFolder: string): Promise<number> {
  const [{ openArchive }, { runWatchCommand, watchEventSink }] = await Promise.all([
    import('../core/open-archive.js'),
    import('./watch-command.js'),
  ]);
  const write = (line: string) => process.stdout.write(`${line}\n`);
  let sink: ReturnType<typeof watchEventSink> | null = null;
  const service = openArchive({
    dataFolder,
    publish: (name, payload) => sink?.onArchiveEvent(name, payload),
    onUpgrade: sayUpgrade,
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
  let archive: CommandArchive | null = null;
  try {
    const args = parseCliArguments(argv);
    if (args.command === 'help') {
      process.stdout.write(args.json ? `${JSON.stringify({ usage: USAGE })}\n` : USAGE);
      return 0;
    }
    const dataFolder = resolve(args.dataFolder ?? defaultDataFolder());
    if (args.command === 'watch') return await watch(args, dataFolder);
    if (args.command === 'serve')
      return await (await import('./serve-command.js')).runServeCommand(args, dataFolder);
    // These two work on the data folder itself, so that they also work when the archive cannot be opened.
    if (args.command === 'check') {
      const [{ checkArchive }, { describeCheck }] = await Promise.all([
        import('../core/safekeeping/archive-check.js'),
        import('./human-output.js'),
      ]);
      const report = await checkArchive(dataFolder);
      process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${describeCheck(report)}\n`);
      return report.ok ? 0 : 1;
    }
    if (args.command === 'rebuild-archive') {
      const [{ rebuildArchive }, { describeRebuild }] = await Promise.all([
        import('../core/safekeeping/archive-rebuild.js'),
        import('./human-output.js'),
      ]);
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
    archive = openCommandArchive({
      dataFolder,
      onUpgrade: sayUpgrade,
      publish: (name, payload) => {
        if (name === 'importProgressed') bar.update(payload as ArchiveEvents['importProgressed']);
      },
    });
    const say = (text: string) => {
      if (!args.json) process.stdout.write(`${text}\n`);
    };
    const command = await COMMAND_TABLE[args.command]();
    const output = await command({ args, api: archiveClient(archive), bar, say });
    bar.clear();
    if (args.command === 'import') {
      // The decisions of what came in are read before the command ends, so that every later command
      // shows them at once; reads never wait on the extractor.
      // Said only when it takes a while (a large export), not after every quick or repeated import.
      const slow = setTimeout(() => {
        if (!args.json) process.stderr.write('Reading the decisions in what was imported…\n');
      }, 1000);
      const service = await archive.whole();
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
    await archive?.close();
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
