// The shape of one `archivist` command: what it needs (the parsed arguments, the typed archive) and
// what it answers (the JSON document for --json, the text for people, and whether it went well).

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { CliArguments } from '../cli-arguments.js';
import type { ProgressBar } from '../progress-bar.js';

export interface CommandContext {
  readonly args: CliArguments;
  readonly api: ArchiveApi;
  readonly bar: ProgressBar;
  /** Prints a line for people as soon as it is known (not with --json). */
  readonly say: (text: string) => void;
}

export interface CommandOutput {
  readonly json: unknown;
  readonly text: string;
  readonly ok: boolean;
}

export type CliCommand = (context: CommandContext) => Promise<CommandOutput>;

export const answer = (json: unknown, text: string, ok = true): CommandOutput => ({ json, text, ok });
