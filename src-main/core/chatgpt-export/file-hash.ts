// The sha256 of a whole file, streamed: an export's identity ("the same ZIP imported twice").

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256OfText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
