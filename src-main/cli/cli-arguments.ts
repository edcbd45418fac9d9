// Reads `archivist [--data DIR] [--json] <command> [arguments]` into a command and its options.

import { parseArgs } from 'node:util';
import { AppError } from '../../src-shared/contract/app-error.js';

export const COMMANDS = [
  'import',
  'watch',
  'serve',
  'stats',
  'conversations',
  'show',
  'search',
  'artifacts',
  'timeline',
  'decisions',
  'rebuild',
  'export',
  'sources',
  'projects',
  'relink',
  'links',
  'link',
  'check',
  'rebuild-archive',
  'settings',
  'help',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CliArguments {
  readonly command: CommandName;
  readonly operands: readonly string[];
  readonly json: boolean;
  readonly dataFolder: string | undefined;
  readonly options: {
    readonly limit?: number;
    readonly offset?: number;
    readonly kind?: string;
    readonly kinds: readonly string[];
    readonly cursor?: string;
    readonly out?: string;
    readonly format?: string;
    readonly all: boolean;
    readonly role?: string;
    readonly from?: string;
    readonly to?: string;
    readonly account?: string;
    readonly project?: string;
    readonly conversation?: string;
    readonly dirs: readonly string[];
    readonly roots: readonly string[];
    readonly crossDevices: boolean;
    readonly status?: string;
    readonly once: boolean;
    readonly recursive: boolean;
    readonly verify: boolean;
    readonly branch?: number;
    readonly port?: number;
    readonly open: boolean;
    readonly noWatch: boolean;
  };
}

function whole(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new AppError('invalid-input', `--${name} takes a whole number, got "${value}".`);
  return Number(value);
}

function portNumber(value: string | undefined): number | undefined {
  const port = whole(value, 'port');
  if (port !== undefined && port > 65535)
    throw new AppError('invalid-input', `--port takes a port number up to 65535, got ${port}.`);
  return port;
}

/**
 * A date alone (2024-09-10) means the whole day in the person's time zone: --from its first moment,
 * --to its last. A time of day is taken as written.
 */
function dayBound(value: string | undefined, end: boolean): string | undefined {
  const day = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!day) return value;
  const [, year, month, date] = day.map(Number) as [number, number, number, number];
  const moment = end ? new Date(year, month - 1, date + 1, 0, 0, 0, -1) : new Date(year, month - 1, date);
  return moment.toISOString();
}

const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  limit: { type: 'string' },
  offset: { type: 'string' },
  kind: { type: 'string', multiple: true },
  cursor: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  all: { type: 'boolean', default: false },
  role: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  account: { type: 'string' },
  project: { type: 'string' },
  conversation: { type: 'string' },
  dir: { type: 'string', multiple: true },
  root: { type: 'string', multiple: true },
  'cross-devices': { type: 'boolean', default: false },
  status: { type: 'string' },
  once: { type: 'boolean', default: false },
  recursive: { type: 'boolean', default: false },
  verify: { type: 'boolean', default: false },
  branch: { type: 'string' },
  port: { type: 'string' },
  open: { type: 'boolean', default: false },
  'no-watch': { type: 'boolean', default: false },
} as const;

const PLACEHOLDER = '\u0000';

/**
 * After the command word, a word that starts with a single '-' ("-django", "-3") is an operand (a
 * query's excluded word, say), never an option; `--` ends the options.
 */
function protectOperands(argv: readonly string[]): { args: string[]; operands: string[] } {
  const args: string[] = [];
  const operands: string[] = [];
  let seenCommand = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    const takesValue = (name: string) =>
      (OPTIONS as Record<string, { type: string }>)[name]?.type === 'string';
    if (word === '--') {
      for (const rest of argv.slice(i + 1)) {
        args.push(`${PLACEHOLDER}${operands.length}`);
        operands.push(rest);
      }
      break;
    }
    if (word.startsWith('--')) {
      args.push(word);
      if (!word.includes('=') && takesValue(word.slice(2)) && i + 1 < argv.length)
        args.push(argv[++i] as string);
    } else if (word.startsWith('-') && word.length > 1 && seenCommand && word !== '-h') {
      args.push(`${PLACEHOLDER}${operands.length}`);
      operands.push(word);
    } else {
      if (!word.startsWith('-')) seenCommand = true;
      args.push(word);
    }
  }
  return { args, operands };
}

export function parseCliArguments(argv: readonly string[]): CliArguments {
  let parsed;
  const protectedArgs = protectOperands(argv);
  try {
    parsed = parseArgs({
      args: protectedArgs.args,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw new AppError('invalid-input', `${(error as Error).message}. Run "archivist help" for usage.`);
  }
  const { values } = parsed;
  const positionals = parsed.positionals.map((word) =>
    word.startsWith(PLACEHOLDER) ? (protectedArgs.operands[Number(word.slice(1))] as string) : word,
  );
  const [first, ...operands] = positionals;
  const command = values.help || first === undefined ? 'help' : first;
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new AppError('invalid-input', `Unknown command "${command}". Run "archivist help" for usage.`);
  }
  return {
    command: command as CommandName,
    operands,
    json: values.json ?? false,
    dataFolder: values.data,
    options: {
      limit: whole(values.limit, 'limit'),
      offset: whole(values.offset, 'offset'),
      kind: values.kind?.at(-1),
      kinds: values.kind ?? [],
      cursor: values.cursor,
      out: values.out,
      format: values.format,
      all: values.all ?? false,
      role: values.role,
      from: dayBound(values.from, false),
      to: dayBound(values.to, true),
      account: values.account,
      project: values.project,
      conversation: values.conversation,
      dirs: values.dir ?? [],
      roots: values.root ?? [],
      crossDevices: values['cross-devices'] ?? false,
      status: values.status,
      once: values.once ?? false,
      recursive: values.recursive ?? false,
      verify: values.verify ?? false,
      branch: whole(values.branch, 'branch'),
      port: portNumber(values.port),
      open: values.open ?? false,
      noWatch: values['no-watch'] ?? false,
    },
  };
}

export const USAGE = `Archivist keeps every ChatGPT data export you download in one searchable archive.

Usage: archivist [--data DIR] [--json] <command> [arguments]

Commands:
  import <zip-or-folder>...   import ChatGPT exports (ZIPs, unzipped folders, or conversations.json);
                              --verify reads a known export again and adds back what the archive misses
  watch                       import every export that appears in Downloads (or --dir DIR, repeatable),
                              one line per event (JSON lines with --json); --once: import what is
                              there now and exit; --recursive: look in subfolders too
  serve                       open the archive in your browser: prints the address to open (with
                              the secret it asks for) and keeps importing what lands in Downloads
                              (or --dir DIR); --port N (default: a free one), --open (start the
                              browser), --no-watch (watch no folder)
  stats                       what the archive holds
  conversations               every conversation, newest first [--account ID] [--limit N]
  show <conversationId>       the visible thread of one conversation; --branch N reads another branch
                              (the forks are listed at the end)
  search <query>              full-text search [--limit N] [--kind K] [--role R] [--from ISO] [--to ISO]
                              [--account ID] [--project ID|NAME] [--conversation ID];
                              "phrases", prefix*, -exclude, OR
  artifacts                   uploads, images, code, outputs, sources … [--kind K] [--conversation ID]
  decisions                   what you decided across your conversations [--conversation ID]
  rebuild <conversationId> --out DIR
                              write a Code Interpreter conversation's rebuild kit: script.py,
                              notebook.ipynb, inputs/, RESTART.md
  export <conversationId>|--all --format md|html|json --out DIR
                              conversations as documents: Markdown or HTML with images and sources,
                              or JSON in ChatGPT's own shape
  sources                     every web source your answers cited, once, with the conversations citing it
  projects [name <id> <name>] projects and custom GPTs; name one (exports carry no project names)
  timeline                    decisions and artifacts in time order [--from ISO] [--to ISO] [--kind K]...
                              (a date alone, 2024-09-10, means that whole day in your time zone)
                              [--project ID|NAME] [--limit N] [--cursor C] (the nextCursor of the page before)
  relink                      find the originals of uploaded files on this disk [--root DIR]...
                              (default: Downloads, Documents, Desktop, Pictures); --cross-devices
                              also follows folders onto other disks and mounts
  links                       uploads and the files found for them [--status linked|candidate|rejected|missing|unlinked]
  link accept|reject <artifactId> <path>   settle a candidate;  link unlink <artifactId>
  check                       check the archive file, its search index and every stored file
  rebuild-archive             build the archive anew from the kept exports and your edits; the old
                              file is kept beside it as archive.before-rebuild-<time>.sqlite
  settings [keep-exports on|off]
                              keep a copy of each imported export in the data folder (default on)
  settings watch-folder add|remove <dir>
                              the folders watched for exports (default: Downloads; removing the
                              last one watches Downloads again); a running serve or app follows
  settings relink-folder add|remove <dir>
                              the folders relink looks through for originals (default: Downloads,
                              Documents, Desktop, Pictures, again once the last one is removed)

Options:
  --data DIR   the archive's folder (default: the app's data folder; ARCHIVIST_DATA overrides)
  --json       print one JSON document on stdout and nothing else
`;
