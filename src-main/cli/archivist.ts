#!/usr/bin/env node
// The `archivist` command: the archive from a terminal, and the contract other tools script against.
// Every command goes through the same ArchiveApi dispatch as the desktop app; --json prints exactly
// one JSON document on stdout; exit code 0 on success, 1 on failure.

import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError, toTransferableError } from '../../src-shared/contract/app-error.js';
import type { ArchiveMethod } from '../../src-shared/contract/archive-contract.js';
import { dispatchArchiveCall } from '../../src-shared/contract/archive-rpc.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import type { ProjectView, SourceView } from '../../src-shared/model/attention.js';
import { createArchiveService, type ArchiveService } from '../core/archive-service.js';
import { defaultDataFolder } from '../core/os-folders/data-folder.js';
import { parseCliArguments, USAGE, type CliArguments } from './cli-arguments.js';
import { checkArchive } from '../core/safekeeping/archive-check.js';
import { rebuildArchive } from '../core/safekeeping/archive-rebuild.js';
import type { ArchiveSettings } from '../../src-shared/model/settings.js';
import {
  describeArtifacts,
  describeCheck,
  describeRebuild,
  describeConversation,
  describeConversations,
  describeImport,
  describeLinks,
  describeProjects,
  describeRelink,
  describeTimeline,
  describeDecisions,
  describeRebuildKit,
  describeSearch,
  describeSources,
  describeStats,
} from './human-output.js';
import { ProgressBar } from './progress-bar.js';
import { runnable } from './runnable-command.js';
import { inCliTerms } from './cli-terms.js';
import { runWatchCommand, watchEventSink } from './watch-command.js';

interface Output {
  readonly json: unknown;
  readonly text: string;
  readonly ok: boolean;
}

async function call(service: ArchiveService, method: ArchiveMethod, input: unknown): Promise<unknown> {
  const envelope = await dispatchArchiveCall(service, method, input);
  if (!envelope.ok) {
    const { code, message } = envelope.error;
    throw new AppError(code, code === 'invalid-input' ? inCliTerms(message) : message);
  }
  return envelope.value;
}

async function runCommand(args: CliArguments, service: ArchiveService, bar: ProgressBar): Promise<Output> {
  const o = args.options;
  switch (args.command) {
    case 'import': {
      if (args.operands.length === 0)
        throw new AppError('invalid-input', 'Name at least one export to import.');
      const reports: ImportReport[] = [];
      for (const path of args.operands) {
        const report = (await call(service, 'importExport', {
          path,
          ...(o.verify ? { verify: true } : {}),
        })) as ImportReport;
        bar.clear();
        if (!args.json) process.stdout.write(`${runnable(describeImport(report))}\n`);
        reports.push(report);
      }
      return { json: reports, text: '', ok: reports.every((report) => report.status !== 'failed') };
    }
    case 'stats': {
      const stats = await call(service, 'getStats', {});
      return { json: stats, text: describeStats(stats as never), ok: true };
    }
    case 'conversations': {
      const list = await call(service, 'listConversations', {
        account: o.account,
        limit: o.limit,
        offset: o.offset,
      });
      return { json: list, text: describeConversations(list as never), ok: true };
    }
    case 'show': {
      const id = args.operands[0];
      if (!id)
        throw new AppError(
          'invalid-input',
          'Name the conversation to show: archivist show <conversationId>.',
        );
      const detail = await call(service, 'getConversation', {
        id,
        ...(o.branch !== undefined ? { branch: o.branch } : {}),
      });
      return { json: detail, text: describeConversation(detail as never), ok: true };
    }
    case 'search': {
      const text = args.operands.join(' ');
      if (text.trim() === '') {
        throw new AppError(
          'invalid-input',
          'Say what to search for: archivist search <words> ("exact phrase", prefix*, -leave-out, OR).',
        );
      }
      const result = await call(service, 'search', {
        text,
        limit: o.limit,
        offset: o.offset,
        kind: o.kind,
        role: o.role,
        from: o.from,
        to: o.to,
        account: o.account,
        conversationId: o.conversation,
      });
      return { json: result, text: describeSearch(result as never, process.stdout.isTTY === true), ok: true };
    }
    case 'artifacts': {
      const list = await call(service, 'listArtifacts', {
        kind: o.kind,
        conversationId: o.conversation,
        limit: o.limit,
        offset: o.offset,
      });
      return { json: list, text: describeArtifacts(list as never), ok: true };
    }
    case 'rebuild': {
      const conversationId = args.operands[0];
      if (!conversationId || !o.out) {
        throw new AppError('invalid-input', 'Usage: archivist rebuild <conversationId> --out DIR.');
      }
      const kit = await call(service, 'writeRebuildKit', { conversationId, folder: o.out });
      return { json: kit, text: describeRebuildKit(kit as never), ok: true };
    }
    case 'export': {
      const conversationId = args.operands[0];
      if ((!conversationId && !o.all) || !o.out) {
        throw new AppError(
          'invalid-input',
          'Usage: archivist export <conversationId>|--all --format md|html|json --out DIR.',
        );
      }
      const written = (await call(service, 'exportConversations', {
        conversationId,
        all: o.all,
        format: o.format ?? 'md',
        folder: o.out,
      })) as { folder: string; files: string[] };
      return {
        json: written,
        text: [`Wrote to ${written.folder}:`, ...written.files.map((file) => `  ${file}`)].join('\n'),
        ok: true,
      };
    }
    case 'sources': {
      const sources = (await call(service, 'listSources', {})) as SourceView[];
      return { json: sources, text: describeSources(sources), ok: true };
    }
    case 'projects': {
      const [verb, id, ...name] = args.operands;
      const projects = (
        verb === 'name' && id && name.length > 0
          ? await call(service, 'nameProject', { id, name: name.join(' ') })
          : await call(service, 'listProjects', {})
      ) as ProjectView[];
      return { json: projects, text: describeProjects(projects), ok: true };
    }
    case 'decisions': {
      const decisions = await call(service, 'listDecisions', { conversationId: o.conversation });
      return { json: decisions, text: describeDecisions(decisions as never), ok: true };
    }
    case 'timeline': {
      const page = await call(service, 'timeline', {
        from: o.from,
        to: o.to,
        kinds: o.kinds.length > 0 ? o.kinds : undefined,
        account: o.account,
        project: o.project,
        limit: o.limit,
        cursor: o.cursor,
      });
      return {
        json: page,
        text: describeTimeline(page as never, { from: o.from, to: o.to, kinds: o.kinds, project: o.project }),
        ok: true,
      };
    }
    case 'relink': {
      const summary = await call(service, 'relink', {
        ...(args.options.roots.length > 0 ? { roots: args.options.roots } : {}),
        crossDevices: args.options.crossDevices,
      });
      return { json: summary, text: describeRelink(summary as never), ok: true };
    }
    case 'links': {
      const links = await call(service, 'listLinks', { status: args.options.status });
      return { json: links, text: describeLinks(links as never, args.options.status), ok: true };
    }
    case 'link': {
      const [verb, id, path] = args.operands;
      const artifactId = Number(id);
      if (!Number.isInteger(artifactId) || artifactId < 1) {
        throw new AppError(
          'invalid-input',
          'Usage: archivist link accept|reject <artifactId> <path>, or link unlink <artifactId>.',
        );
      }
      let links: unknown;
      if (verb === 'unlink') links = await call(service, 'unlinkUpload', { artifactId });
      else if ((verb === 'accept' || verb === 'reject') && path) {
        links = await call(service, verb === 'accept' ? 'acceptLink' : 'rejectLink', { artifactId, path });
      } else {
        throw new AppError(
          'invalid-input',
          'Usage: archivist link accept|reject <artifactId> <path>, or link unlink <artifactId>.',
        );
      }
      return { json: links, text: describeLinks(links as never), ok: true };
    }
    case 'settings': {
      const [name, value] = args.operands;
      let settings: ArchiveSettings;
      if (name === undefined) settings = (await call(service, 'getSettings', {})) as ArchiveSettings;
      else if (name === 'keep-exports' && (value === 'on' || value === 'off')) {
        settings = (await call(service, 'updateSettings', {
          keepExports: value === 'on',
        })) as ArchiveSettings;
      } else {
        throw new AppError('invalid-input', 'Usage: archivist settings [keep-exports on|off].');
      }
      return {
        json: settings,
        text: `keep-exports: ${settings.keepExports ? 'on (each imported export is kept in the data folder)' : 'off'}`,
        ok: true,
      };
    }
    case 'watch':
    case 'check':
    case 'rebuild-archive':
      throw new AppError('internal', `${args.command} is run on its own.`);
    case 'help':
      return { json: { usage: USAGE }, text: USAGE.trimEnd(), ok: true };
  }
}

async function watch(args: CliArguments, dataFolder: string): Promise<number> {
  const write = (line: string) => process.stdout.write(`${args.json ? line : runnable(line)}\n`);
  let sink: ReturnType<typeof watchEventSink> | null = null;
  const service = createArchiveService({
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
    // These two work on the data folder itself, so that they also work when the archive cannot be opened.
    if (args.command === 'check') {
      const report = await checkArchive(dataFolder);
      process.stdout.write(
        args.json ? `${JSON.stringify(report, null, 2)}\n` : `${runnable(describeCheck(report))}\n`,
      );
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
    service = createArchiveService({
      dataFolder,
      publish: (name, payload) => {
        if (name === 'importProgressed') bar.update(payload as never);
      },
    });
    const output = await runCommand(args, service, bar);
    bar.clear();
    if (args.json) process.stdout.write(`${JSON.stringify(output.json, null, 2)}\n`);
    else if (output.text) process.stdout.write(`${runnable(output.text)}\n`);
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
