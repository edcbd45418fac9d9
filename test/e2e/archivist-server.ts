// Starts the real `archivist serve` on a data folder, as a person would from a terminal, and reads the
// address with the secret from what it prints; stops it with SIGTERM like Ctrl+C.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CLI } from '../support/run-cli.js';

const ADDRESS = /Archivist is running at (http:\/\/127\.0\.0\.1:\d+\/#\S+)/;
const RENDERER_INDEX = join(import.meta.dirname, '..', '..', 'dist-renderer', 'index.html');

/** Why the browser tests cannot run on this build, or null when they can. */
export function whyNoServe(): string | null {
  if (!existsSync(CLI)) return 'the CLI is not built (npm run build)';
  if (!existsSync(RENDERER_INDEX)) return 'the window is not built (npm run build:renderer)';
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  if (!/^\s+serve\s/m.test(help.stdout)) return 'this build of archivist has no `serve` command yet';
  return null;
}

export class ArchivistServer {
  private constructor(
    private readonly child: ChildProcess,
    /** The address `serve` printed: the page trades the secret in its hash for a session cookie. */
    readonly url: string,
  ) {}

  get origin(): string {
    return new URL(this.url).origin;
  }

  static async start(dataFolder: string): Promise<ArchivistServer> {
    const child = spawn(process.execPath, [CLI, '--data', dataFolder, 'serve', '--port', '0', '--no-watch'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
      lines.on('line', (line) => {
        const match = ADDRESS.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) =>
        reject(new Error(`archivist serve exited with ${code} before printing its address`)),
      );
    });
    return new ArchivistServer(child, url);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.on('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
