// Inflates one deflated ZIP entry in 256 KB chunks with a megabyte read ahead, so that inflating
// (on libuv's threads) runs while the importer writes what came before, instead of yauzl's 16 KB steps
// that the importer's thread has to wait for and hand on one by one.

import { createReadStream } from 'node:fs';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

const CHUNK = 256 * 1024;
const READ_AHEAD = 1024 * 1024;

/** The entry's bytes, checked against the size the central directory gives, as yauzl checks them. */
export function inflatedEntryStream(
  path: string,
  fileDataStart: number,
  compressedSize: number,
  uncompressedSize: number,
): Readable {
  const counted = new ByteCountCheck(uncompressedSize);
  pipeline(
    createReadStream(path, {
      start: fileDataStart,
      end: fileDataStart + compressedSize - 1,
      highWaterMark: CHUNK,
    }),
    createInflateRaw({ chunkSize: CHUNK }),
    counted,
    // A failure reaches the reader through `counted`, which pipeline destroys with it.
    () => {},
  );
  return counted;
}

class ByteCountCheck extends Transform {
  private seen = 0;

  constructor(private readonly expected: number) {
    super({ readableHighWaterMark: READ_AHEAD });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.expected) {
      callback(
        new Error(`too many bytes in the stream. expected ${this.expected}. got at least ${this.seen}`),
      );
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.seen < this.expected) {
      callback(new Error(`not enough bytes in the stream. expected ${this.expected}. got only ${this.seen}`));
      return;
    }
    callback();
  }
}
