// Content-addressed storage for the binaries exports carry (images, audio, documents): each distinct
// content is stored once, under blobs/ab/cdef…, whichever export or path it came from. Files are
// written under a temporary name and renamed, so a killed import never leaves a half file in place.

import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { sha256OfFile } from '../chatgpt-export/file-hash.js';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

export interface StoredBlob {
  readonly sha256: string;
  readonly size: number;
  /** The first bytes, for telling a `.dat` file's type. */
  readonly head: Buffer;
}

const HEAD_BYTES = 64;

export class BlobStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2));
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await stat(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  /** Whether the stored file is still the bytes it is named after (reads it whole). */
  async isWhole(sha256: string): Promise<boolean> {
    try {
      return (await sha256OfFile(this.pathOf(sha256))) === sha256;
    } catch {
      return false;
    }
  }

  /**
   * Stores the bytes under their sha256. A file already there is kept, unless `repair` is set: then
   * it is replaced by these bytes, which are what its name says (a damaged copy is made whole).
   */
  async store(source: Readable, options: { readonly repair?: boolean } = {}): Promise<StoredBlob> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmpPath = join(tmpDir, `${process.pid}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const heads: Buffer[] = [];
    let headLength = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        if (headLength < HEAD_BYTES) {
          heads.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, tap, createWriteStream(tmpPath));
      const sha256 = hash.digest('hex');
      const finalPath = this.pathOf(sha256);
      if ((await this.has(sha256)) && !options.repair) {
        await rm(tmpPath, { force: true });
      } else {
        await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
        await rename(tmpPath, finalPath);
      }
      return { sha256, size, head: Buffer.concat(heads) };
    } catch (error) {
      await rm(tmpPath, { force: true });
      throw error;
    }
  }
}
