// Worker thread entry: parses and normalizes conversations while the importer's thread writes the
// previous ones to SQLite, so that the two halves of an import run on two cores.

import { parentPort } from 'node:worker_threads';
import { parseConversation } from './conversation-parse.js';

export interface ParseRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export type ParseReply =
  | { readonly id: number; readonly outcome: ReturnType<typeof parseConversation> }
  | { readonly id: number; readonly crash: string };

parentPort?.on('message', ({ id, bytes }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, outcome: parseConversation(bytes) };
  } catch (error) {
    reply = { id, crash: (error as Error)?.stack ?? String(error) };
  }
  parentPort?.postMessage(reply);
});
