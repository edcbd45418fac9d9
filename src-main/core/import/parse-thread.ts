// Parses conversations off the importer's thread: requests go to one worker thread and come back in
// any order as promises. Where the compiled worker is not there (tests run from the TypeScript
// sources), parsing happens in-process with the same function, so results are identical.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseReply, ParseRequest } from './conversation-parse.worker.js';
import { parseConversation, type ParseOutcome } from './conversation-parse.js';

export interface ConversationParser {
  parse(bytes: Uint8Array): Promise<ParseOutcome>;
  close(): Promise<void>;
}

const WORKER_FILE = fileURLToPath(new URL('./conversation-parse.worker.js', import.meta.url));

export function createConversationParser(): ConversationParser {
  return existsSync(WORKER_FILE) ? new WorkerParser(WORKER_FILE) : new InlineParser();
}

class InlineParser implements ConversationParser {
  async parse(bytes: Uint8Array): Promise<ParseOutcome> {
    return parseConversation(bytes);
  }

  async close(): Promise<void> {}
}

class WorkerParser implements ConversationParser {
  private readonly worker: Worker;
  private readonly waiting = new Map<
    number,
    { resolve: (outcome: ParseOutcome) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(file: string) {
    // Packing messages (message-packing.ts) makes much short-lived garbage: left to grow, the worker's
    // young generation kept about 30 MB more resident for a whole import; capped, it stays as before.
    this.worker = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    this.worker.on('message', (reply: ParseReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('crash' in reply) waiter?.reject(new Error(`The conversation parser failed: ${reply.crash}`));
      else waiter?.resolve(reply.outcome);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) =>
      this.fail(new Error(`The conversation parser stopped (exit code ${code}).`)),
    );
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }

  parse(bytes: Uint8Array): Promise<ParseOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    // A copy of exactly these bytes, handed over rather than cloned: a view into a larger stream
    // chunk would otherwise drag the whole chunk across.
    const own = new Uint8Array(bytes);
    const id = this.nextId++;
    const reply = new Promise<ParseOutcome>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: ParseRequest = { id, bytes: own };
      this.worker.postMessage(request, [own.buffer]);
    });
    // Replies still queued when an import stops early are never awaited; their failure is not news.
    reply.catch(() => {});
    return reply;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('The conversation parser was closed.');
    await this.worker.terminate();
  }
}
