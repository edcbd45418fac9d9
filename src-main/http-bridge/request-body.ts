// An API call's JSON body, read whole but never past a limit: a call's input is small, and a client
// must not make the bridge hold an unbounded body in memory.

import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyReading =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly tooLarge: true };

export function readRequestBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyReading> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // The rest is read and dropped, so the client is told 413 rather than having its upload cut off.
    request.resume();
    return Promise.resolve({ ok: false, tooLarge: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      if (over) return;
      length += chunk.length;
      if (length > limit) {
        over = true;
        chunks.length = 0;
        resolve({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!over) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    request.on('error', reject);
  });
}
