// Cuts a top-level JSON array into its elements' bytes as the bytes stream in, so that a
// conversations.json of any size is parsed one conversation at a time (V8 cannot even hold a string
// over ~512 MB, and real exports pass 1 GB). Only string, escape and nesting state is tracked.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface ArrayElement {
  /** Position of the element in the array, from 0. */
  readonly index: number;
  /** Byte offset of the element's first byte in the whole stream. */
  readonly offset: number;
  readonly bytes: Buffer;
}

export class JsonArrayError extends Error {
  constructor(
    readonly kind: 'not-an-array' | 'truncated' | 'trailing-garbage',
    message: string,
    readonly elementsComplete: number,
    readonly byteOffset: number,
  ) {
    super(message);
    this.name = 'JsonArrayError';
  }
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

export class JsonArraySplitter {
  private started = false;
  private finished = false;
  private depth = 0;
  private inString = false;
  private escapePending = false;
  private pieces: Buffer[] = [];
  private elementOffset = -1;
  private consumed = 0;
  private nextIndex = 0;

  /** Feeds the next chunk and returns the elements it completed. */
  push(chunk: Buffer): ArrayElement[] {
    const done: ArrayElement[] = [];
    let i = 0;
    const n = chunk.length;
    let elementStart = this.elementOffset >= 0 ? 0 : -1;
    while (i < n) {
      if (this.inString) {
        if (this.escapePending) {
          this.escapePending = false;
          i += 1;
          continue;
        }
        const quote = chunk.indexOf(QUOTE, i);
        if (quote === -1) {
          let backslashes = 0;
          for (let j = n - 1; j >= i && chunk[j] === BACKSLASH; j -= 1) backslashes += 1;
          this.escapePending = backslashes % 2 === 1;
          i = n;
          break;
        }
        let backslashes = 0;
        for (let j = quote - 1; j >= i && chunk[j] === BACKSLASH; j -= 1) backslashes += 1;
        i = quote + 1;
        if (backslashes % 2 === 0) this.inString = false;
        continue;
      }
      const byte = chunk[i] as number;
      if (this.finished) {
        if (!isWhitespace(byte)) {
          throw new JsonArrayError(
            'trailing-garbage',
            `unexpected data after the end of the array at byte ${this.consumed + i}`,
            this.nextIndex,
            this.consumed + i,
          );
        }
        i += 1;
        continue;
      }
      if (!this.started) {
        const position = this.consumed + i;
        if (isWhitespace(byte) || (position < 3 && byte === UTF8_BOM[position])) {
          i += 1;
          continue;
        }
        if (byte !== OPEN_BRACKET) {
          throw new JsonArrayError('not-an-array', 'the file is not a JSON array', 0, this.consumed + i);
        }
        this.started = true;
        this.depth = 1;
        i += 1;
        continue;
      }
      if (this.depth === 1 && elementStart === -1) {
        if (isWhitespace(byte) || byte === COMMA) {
          i += 1;
          continue;
        }
        if (byte === CLOSE_BRACKET) {
          this.depth = 0;
          this.finished = true;
          i += 1;
          continue;
        }
        elementStart = i;
        this.elementOffset = this.consumed + i;
      }
      switch (byte) {
        case QUOTE:
          this.inString = true;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          this.depth += 1;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth -= 1;
          if (this.depth === 1) {
            done.push(this.takeElement(chunk, elementStart, i + 1));
            elementStart = -1;
          } else if (this.depth === 0) {
            // A scalar element ended by the array's closing bracket.
            done.push(this.takeElement(chunk, elementStart, i));
            elementStart = -1;
            this.finished = true;
          }
          break;
        case COMMA:
          if (this.depth === 1) {
            done.push(this.takeElement(chunk, elementStart, i));
            elementStart = -1;
          }
          break;
        default:
          break;
      }
      i += 1;
    }
    if (elementStart >= 0) this.pieces.push(chunk.subarray(elementStart));
    this.consumed += n;
    return done;
  }

  /** Call after the last chunk; throws when the array was cut short. */
  end(): void {
    if (!this.started) {
      throw new JsonArrayError('not-an-array', 'the file is empty or not a JSON array', 0, this.consumed);
    }
    if (!this.finished) {
      const at = this.elementOffset >= 0 ? this.elementOffset : this.consumed;
      throw new JsonArrayError(
        'truncated',
        `the file ends in the middle of element ${this.nextIndex + 1} (byte ${at} of ${this.consumed})`,
        this.nextIndex,
        at,
      );
    }
  }

  private takeElement(chunk: Buffer, start: number, end: number): ArrayElement {
    const tail = chunk.subarray(start, end);
    const bytes = this.pieces.length === 0 ? tail : Buffer.concat([...this.pieces, tail]);
    this.pieces = [];
    const element: ArrayElement = { index: this.nextIndex, offset: this.elementOffset, bytes };
    this.nextIndex += 1;
    this.elementOffset = -1;
    return element;
  }
}

/** Splits a stream of bytes holding one JSON array into its elements, in order. */
export async function* splitJsonArray(stream: AsyncIterable<Buffer>): AsyncGenerator<ArrayElement> {
  const splitter = new JsonArraySplitter();
  for await (const chunk of stream) {
    for (const element of splitter.push(chunk)) yield element;
  }
  splitter.end();
}
