// How a message's text and raw JSON are stored, so that the archive stays near the size of the exports
// it came from (issue 19): text is compressed, and the raw JSON keeps only what the text does not
// already hold (each string that is a stretch of the text is kept as its place in it), compressed too
// when it is long enough to be worth it.
// A value stored as TEXT is as it was written; a BLOB starts with a byte naming its format. Nothing is
// lost: unpackRaw gives back exactly the JSON that was packed.

import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** A column value as stored: plain text, packed bytes, or nothing. */
export type StoredValue = string | Uint8Array | null;

// Formats, by their first byte. Brotli at quality 1 packs about 1.5× as fast as deflate's fastest level
// for a few percent more bytes (measured on a generated 200 MB export); import time is budgeted too.
const BROTLI_TEXT = 1;
const BROTLI_RAW_DELTA = 2;
const PLAIN_RAW_DELTA = 3;
// Below this many characters compressing saves too little to be worth a call. A call costs 10–20 µs
// either way, and over a generated 1 GB export the texts and raw deltas below 1 KB were most of the
// calls (about 9 in 10 of the deltas) for under a tenth of the archive's bytes.
const MIN_PACKED_BYTES = 1024;
// A string shorter than this is kept where it is: its place in the text would take about as long.
const MIN_SHARED_CHARS = 24;

/** False for a string holding a lone surrogate, which does not survive UTF-8 (String.isWellFormed). */
const wellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** Compressed bytes and the format byte they are to be stored behind. */
interface Packed {
  readonly format: number;
  readonly bytes: Uint8Array;
}

/** The compressed bytes, or null when compressing would not make them smaller. */
function compressed(format: number, bytes: Uint8Array): Packed | null {
  const out = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
      // A window no larger than the input: most messages are short, and a default window is 4 MB.
      [constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(10, Math.ceil(Math.log2(bytes.length + 16)))),
    },
  });
  return out.length + 1 < bytes.length ? { format, bytes: out } : null;
}

/** Each value as stored, the packed ones as views into one buffer of their own. */
function stored(values: readonly (string | Packed | null)[]): StoredValue[] {
  let total = 0;
  for (const value of values)
    if (value !== null && typeof value !== 'string') total += value.bytes.length + 1;
  const buffer = new Uint8Array(total);
  let at = 0;
  return values.map((value) => {
    if (value === null || typeof value === 'string') return value;
    const start = at;
    buffer[at] = value.format;
    buffer.set(value.bytes, at + 1);
    at += value.bytes.length + 1;
    return buffer.subarray(start, at);
  });
}

function unpacked(stored: Uint8Array): string {
  return brotliDecompressSync(stored.subarray(1)).toString('utf8');
}

function textPacking(text: string | null): string | Packed | null {
  if (text === null) return null;
  // A lone surrogate would read back from SQLite as three characters, and the raw JSON's places in the
  // text would shift: it is stored as U+FFFD, one character, as UTF-8 packing does.
  const plain = wellFormed(text) ? text : (text as string & { toWellFormed(): string }).toWellFormed();
  if (plain.length < MIN_PACKED_BYTES) return plain;
  return compressed(BROTLI_TEXT, Buffer.from(plain, 'utf8')) ?? plain;
}

/** The stored form of a message's text. */
export function packText(text: string | null): StoredValue {
  return stored([textPacking(text)])[0] as StoredValue;
}

/** A message's text from its stored form. */
export function unpackText(stored: unknown): string | null {
  if (stored === null || stored === undefined) return null;
  if (typeof stored === 'string') return stored;
  if (stored instanceof Uint8Array && stored[0] === BROTLI_TEXT) return unpacked(stored);
  throw new Error('A message text is stored in a form this Archivist does not know.');
}

/**
 * The JSON with every string value that is a stretch of `text` left empty, and the list of them as
 * [nth string value, where it starts in the text, its length] (strings counted depth first).
 */
function sharedWithText(value: unknown, text: string): { value: unknown; shared: number[] } {
  const shared: number[] = [];
  let nth = -1;
  let cursor = 0;
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') {
      nth += 1;
      if (item.length < MIN_SHARED_CHARS) return item;
      // Parts follow each other in the text: look after the last one first.
      let at = text.indexOf(item, cursor);
      if (at < 0 && cursor > 0) at = text.indexOf(item);
      // A string with a lone surrogate is never taken from the text: the text is stored as UTF-8.
      if (at < 0 || !wellFormed(item)) return item;
      cursor = at + item.length;
      shared.push(nth, at, item.length);
      return '';
    }
    if (Array.isArray(item)) return item.map(visit);
    if (item !== null && typeof item === 'object') {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(item)) {
        const value = visit((item as Record<string, unknown>)[key]);
        // A key named __proto__ (JSON may hold one) is defined: assigning it would set the prototype.
        if (key === '__proto__') {
          Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
        } else copy[key] = value;
      }
      return copy;
    }
    return item;
  };
  return { value: visit(value), shared };
}

function restoreShared(value: unknown, shared: readonly number[], text: string): unknown {
  let nth = -1;
  let next = 0;
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') {
      nth += 1;
      if (shared[next] !== nth) return item;
      const at = shared[next + 1] as number;
      const length = shared[next + 2] as number;
      next += 3;
      return text.slice(at, at + length);
    }
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++) item[index] = visit(item[index]);
      return item;
    }
    if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const restored = visit(record[key]);
        // Defined rather than assigned: assigning to a key named __proto__ would set the prototype.
        if (restored !== record[key])
          Object.defineProperty(record, key, { value: restored, enumerable: true });
      }
      return record;
    }
    return item;
  };
  return visit(value);
}

function rawPacking(raw: string | null, text: string | null, message?: unknown): string | Packed | null {
  if (raw === null) return null;
  let delta: string;
  try {
    const parsed = message === undefined ? JSON.parse(raw) : message;
    const { value, shared } = sharedWithText(parsed, text ?? '');
    delta = JSON.stringify([value, shared]);
  } catch {
    return raw;
  }
  // Nothing shared with the text (a tool call's JSON): the delta would only be longer.
  if (delta.length >= raw.length) return raw;
  const bytes = Buffer.from(delta, 'utf8');
  return (
    (bytes.length >= MIN_PACKED_BYTES ? compressed(BROTLI_RAW_DELTA, bytes) : null) ?? {
      format: PLAIN_RAW_DELTA,
      bytes,
    }
  );
}

/** The stored form of a message's raw JSON, given the text stored beside it. */
export function packRaw(raw: string | null, text: string | null): StoredValue {
  return stored([rawPacking(raw, text)])[0] as StoredValue;
}

/**
 * The stored text and raw JSON of many messages (a conversation's), their packed bytes in one buffer:
 * one allocation to hand from the parse worker to the writer rather than two per message. `message`,
 * when given, is the value `raw` was written from (JSON.stringify), which spares parsing it again.
 */
export function packMessages(
  messages: readonly {
    readonly text: string | null;
    readonly raw: string | null;
    readonly message?: unknown;
  }[],
): { text: StoredValue; raw: StoredValue }[] {
  const values = stored(
    messages.flatMap((message) => [
      textPacking(message.text),
      rawPacking(message.raw, message.text, message.message),
    ]),
  );
  return messages.map((_, index) => ({
    text: values[2 * index] as StoredValue,
    raw: values[2 * index + 1] as StoredValue,
  }));
}

/** A message's raw JSON from its stored form; `text` gives the text stored beside it. */
export function unpackRaw(stored: unknown, text: () => string | null): string | null {
  if (stored === null || stored === undefined) return null;
  if (typeof stored === 'string') return stored;
  if (stored instanceof Uint8Array && (stored[0] === BROTLI_RAW_DELTA || stored[0] === PLAIN_RAW_DELTA)) {
    const delta =
      stored[0] === BROTLI_RAW_DELTA ? unpacked(stored) : Buffer.from(stored.subarray(1)).toString('utf8');
    const [value, shared] = JSON.parse(delta) as [unknown, number[]];
    return JSON.stringify(shared.length === 0 ? value : restoreShared(value, shared, text() ?? ''));
  }
  throw new Error('A message is stored in a form this Archivist does not know.');
}
