// Runs `archivist serve` as a person would, reads the address it prints first, and reads its event
// stream the way the page does: the one way both the integration and the browser suites start the bridge.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CLI } from './run-cli.js';

const RENDERER_INDEX = join(import.meta.dirname, '..', '..', 'dist-renderer', 'index.html');

/** Why the browser tests cannot run on this build, or null when they can. */
export function whyNoServe(): string | null {
  if (!existsSync(CLI)) return 'the CLI is not built (npm run build)';
  if (!existsSync(RENDERER_INDEX)) return 'the window is not built (npm run build:renderer)';
  return null;
}

export interface ServeAddress {
  /** http://127.0.0.1:PORT */
  readonly baseUrl: string;
  readonly port: number;
  readonly secret: string;
  /** The whole printed address, secret after the '#'. */
  readonly url: string;
}

export const RUNNING_LINE = /^Archivist is running at (http:\/\/127\.0\.0\.1:(\d+))\/#([A-Za-z0-9_-]{43})$/;

export class ServeProcess {
  readonly output: string[] = [];
  readonly address: Promise<ServeAddress>;
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(dataFolder: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [CLI, '--data', dataFolder, 'serve', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.address = new Promise((resolve, reject) => {
      createInterface({ input: this.child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        this.output.push(line);
        if (this.output.length > 1) return;
        const match = RUNNING_LINE.exec(line);
        if (!match) reject(new Error(`The first line printed is not the address: ${line}`));
        else {
          const [, baseUrl = '', port = '', secret = ''] = match;
          resolve({ url: `${baseUrl}/#${secret}`, baseUrl, port: Number(port), secret });
        }
      });
      void this.exited.then((code) => reject(new Error(`archivist serve exited (${code}) before printing`)));
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Ctrl+C as a person would press it, and waits until the server has closed. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

export interface ServerSentEvent {
  readonly event: string;
  readonly data: unknown;
}

/** An open `/api/events` stream, its events parsed as they arrive. */
export class EventStreamReader {
  readonly events: ServerSentEvent[] = [];
  readonly ended: Promise<void>;
  private readonly waiters: (() => void)[] = [];

  constructor(body: ReadableStream<Uint8Array>) {
    this.ended = this.read(body);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffered += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) !== -1) {
          const frame = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const fields = new Map<string, string>();
          for (const line of frame.split('\n')) {
            if (line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''));
          }
          const event = fields.get('event');
          const data = fields.get('data');
          if (event !== undefined && data !== undefined)
            this.events.push({ event, data: JSON.parse(data) as unknown });
          for (const wake of this.waiters.splice(0)) wake();
        }
      }
    } catch {
      // The server went away: the stream simply ends.
    }
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits for an event satisfying the predicate; fails if the stream ends or `ms` pass first. */
  async waitFor(predicate: (event: ServerSentEvent) => boolean, ms = 60_000): Promise<ServerSentEvent> {
    const deadline = Date.now() + ms;
    let ended = false;
    void this.ended.then(() => (ended = true));
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (ended || Date.now() > deadline) {
        throw new Error(
          `No such event${ended ? ' before the stream ended' : ` within ${ms} ms`}; so far:\n${this.events
            .map((e) => `${e.event} ${JSON.stringify(e.data)}`)
            .join('\n')}`,
        );
      }
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 200);
      });
    }
  }
}
