// Runs a long-lived `archivist` command (watch) in its own process and lets a test wait for the JSON
// lines it prints, the way a tool scripting against it would read them.

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CLI } from './run-cli.js';

export interface JsonLine {
  readonly event: string;
  readonly file?: string;
  readonly [key: string]: unknown;
}

export class CliProcess {
  readonly lines: JsonLine[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  private readonly waiters: (() => void)[] = [];

  constructor(dataFolder: string, args: readonly string[]) {
    this.child = spawn(process.execPath, [CLI, '--data', dataFolder, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({ input: this.child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      this.lines.push(JSON.parse(line) as JsonLine);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Waits until a printed line satisfies the predicate; fails after `ms`. */
  async waitFor(predicate: (line: JsonLine) => boolean, ms = 30_000): Promise<JsonLine> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.lines.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `No such line within ${ms} ms; printed so far:\n${this.lines.map((l) => JSON.stringify(l)).join('\n')}`,
        );
      }
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 100);
      });
    }
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}
