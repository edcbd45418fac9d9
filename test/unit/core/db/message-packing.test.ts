// A message's text and raw JSON are stored packed (message-packing.ts): what is read back must be exactly
// what was packed, whatever the text holds, and the packed form must be much smaller than the JSON.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  packMessages,
  packRaw,
  packText,
  unpackRaw,
  unpackText,
} from '../../../../src-main/core/db/message-packing.js';

const PROSE =
  'The walrus migration plan moves the colony north in three stages, each one checked against the ice charts. ';

/** A stored value as SQLite gives it back: a string is written as UTF-8, a lone surrogate and all. */
function throughSqlite(value: unknown): unknown {
  const db = new Database(':memory:');
  try {
    db.exec('CREATE TABLE stored (value)');
    db.prepare('INSERT INTO stored VALUES (?)').run(value);
    return db.prepare('SELECT value FROM stored').pluck().get();
  } finally {
    db.close();
  }
}

function roundTrip(message: unknown, text: string | null): unknown {
  const raw = JSON.stringify(message);
  const packedText = packText(text);
  const packedRaw = packRaw(raw, text);
  expect(unpackText(packedText)).toBe(text);
  const back = unpackRaw(packedRaw, () => unpackText(packedText));
  expect(back).toBe(raw);
  return JSON.parse(back as string);
}

describe('message packing', () => {
  it('gives back the text and the raw JSON exactly, and stores the text once', () => {
    const parts = [PROSE.repeat(20), `Second part: ${PROSE.repeat(10)}`];
    const text = parts.join('\n\n');
    const message = {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      author: { role: 'assistant', name: null, metadata: {} },
      create_time: 1700000000.123456,
      content: { content_type: 'text', parts },
      metadata: { '10': 'integer-like key', '2': [parts[1], 7, null, true], citations: [] },
    };
    expect(roundTrip(message, text)).toEqual(message);
    const packedRaw = packRaw(JSON.stringify(message), text) as Uint8Array;
    // The parts are in the text already: the raw keeps only the rest.
    expect(packedRaw.length).toBeLessThan(400);
    expect((packText(text) as Uint8Array).length).toBeLessThan(text.length / 4);
  });

  it('keeps strings that are not in the text, or hold lone surrogates, emoji or escapes, as they were', () => {
    const parts = [`broken \ud83d half ${PROSE}`, `grow🌱 "quoted" \\ back\u0000slash ${PROSE}`, PROSE];
    const text = parts.join('\n');
    const message = { content: { content_type: 'text', parts }, note: `not in the text ${'x'.repeat(40)}` };
    const raw = JSON.stringify(message);
    // A lone surrogate does not survive UTF-8: the text reads back from the archive with U+FFFD in its
    // place, whether it was stored packed or plain; the raw JSON keeps it all the same.
    const textBack = unpackText(throughSqlite(packText(text)));
    expect(textBack).toBe(text.replace('\ud83d', '\ufffd'));
    const back = unpackRaw(throughSqlite(packRaw(raw, text)), () => textBack);
    expect(back).toBe(raw);
    expect(JSON.parse(back as string)).toEqual(message);
    // The same, long enough that the text is stored packed.
    const long = [...parts, PROSE.repeat(12)];
    const longText = long.join('\n');
    const longRaw = JSON.stringify({ content: { content_type: 'text', parts: long } });
    const longBack = unpackText(throughSqlite(packText(longText)));
    expect(longBack).toBe(longText.replace('\ud83d', '\ufffd'));
    expect(unpackRaw(throughSqlite(packRaw(longRaw, longText)), () => longBack)).toBe(longRaw);
  });

  it('keeps a key named __proto__ as a key, whatever it holds', () => {
    const text = PROSE.repeat(10);
    const part = JSON.stringify(text);
    const raw = `{"content":{"parts":[${part}]},"__proto__":${part},"x":{"__proto__":{"a":[${part}]}}}`;
    const message = JSON.parse(raw) as unknown;
    const packed = packRaw(raw, text);
    expect(packed).toBeInstanceOf(Uint8Array);
    const back = unpackRaw(packed, () => text);
    expect(back).toBe(raw);
    expect(JSON.parse(back as string)).toEqual(message);
    const [fromObject] = packMessages([{ text, raw, message }]);
    expect(unpackRaw(fromObject?.raw, () => text)).toBe(raw);
  });

  it('compresses what is long and keeps what is short as it is, reading both back', () => {
    const shortText = PROSE;
    const metadata = { model_slug: 'gpt-4o', finish_details: { type: 'stop' } };
    const short = packRaw(JSON.stringify({ content: { parts: [shortText] }, metadata }), shortText);
    // Short: not worth a compression call, kept as its delta from the text.
    expect(packText(shortText)).toBe(shortText);
    expect(short).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(short as Uint8Array).toString('utf8')).toContain('gpt-4o');
    const longText = PROSE.repeat(30);
    const notes = Array.from({ length: 40 }, (_, index) => `search result ${index}: ${PROSE.slice(0, 40)}`);
    const long = packRaw(JSON.stringify({ content: { parts: [longText] }, metadata: { notes } }), longText);
    expect(Buffer.from(long as Uint8Array).toString('latin1')).not.toContain('search result');
    expect((packText(longText) as Uint8Array).length).toBeLessThan(longText.length / 4);
    expect(roundTrip({ content: { parts: [shortText] }, metadata }, shortText)).toEqual({
      content: { parts: [shortText] },
      metadata,
    });
    expect(roundTrip({ content: { parts: [longText] }, metadata: { notes } }, longText)).toEqual({
      content: { parts: [longText] },
      metadata: { notes },
    });
  });

  it('takes a repeated string from the text every time it appears', () => {
    const part = `${PROSE}${PROSE}`;
    const message = { content: { parts: [part, part] }, metadata: { summary: part } };
    expect(roundTrip(message, part)).toEqual(message);
  });

  it('packs raw JSON without text, short values and nothing at all', () => {
    expect(roundTrip({ content: { parts: [''] }, long: PROSE.repeat(5) }, null)).toEqual({
      content: { parts: [''] },
      long: PROSE.repeat(5),
    });
    expect(roundTrip({ a: 1 }, 'hi')).toEqual({ a: 1 });
    expect(packText('short')).toBe('short');
    expect(packRaw(null, 'x')).toBeNull();
    expect(unpackRaw(null, () => 'x')).toBeNull();
    expect(unpackText(null)).toBeNull();
    // A value stored before packing existed reads as it is.
    expect(unpackRaw('{"a":1}', () => null)).toBe('{"a":1}');
  });

  it('packs a conversation at once into one buffer that reads back the same', () => {
    const messages = [0, 1, 2].map((i) => {
      const text = `${i} ${PROSE.repeat(3 + i)}`;
      return { text, raw: JSON.stringify({ id: i, content: { parts: [text] } }) };
    });
    messages.push({ text: null as unknown as string, raw: null as unknown as string });
    const packed = packMessages(messages);
    const buffers = new Set(
      packed.flatMap((p) => [p.text, p.raw]).flatMap((v) => (v instanceof Uint8Array ? [v.buffer] : [])),
    );
    expect(buffers.size).toBe(1);
    packed.forEach((p, i) => {
      expect(unpackText(p.text)).toBe(messages[i]?.text);
      expect(unpackRaw(p.raw, () => unpackText(p.text))).toBe(messages[i]?.raw);
    });
  });

  it('refuses a stored form it does not know rather than guess', () => {
    expect(() => unpackText(Uint8Array.of(99, 1, 2))).toThrow(/does not know/);
    expect(() => unpackRaw(Uint8Array.of(99, 1, 2), () => null)).toThrow(/does not know/);
  });
});
