import { describe, expect, it } from 'vitest';
import {
  JsonArrayError,
  JsonArraySplitter,
} from '../../../../src-main/core/chatgpt-export/json-array-splitter.js';

function split(text: string, chunkSize: number): unknown[] {
  const bytes = Buffer.from(text, 'utf8');
  const splitter = new JsonArraySplitter();
  const out: unknown[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) {
    for (const element of splitter.push(bytes.subarray(i, i + chunkSize))) {
      out.push(JSON.parse(element.bytes.toString('utf8')));
    }
  }
  splitter.end();
  return out;
}

const tricky = [
  { id: 'a', text: 'quote " and backslash \\ and \\" both', nested: { list: [1, [2, { x: '}]' }]] } },
  { id: 'b', text: 'ends with a backslash \\', emoji: '😀 café 中文' },
  { id: 'c', text: '\\\\"' },
  'a string element, with a comma',
  42,
  null,
  [],
  {},
];

describe('JsonArraySplitter', () => {
  it('returns every element intact whatever the chunk boundaries', () => {
    const text = `\ufeff  ${JSON.stringify(tricky, null, 1)}  \n`;
    for (const size of [1, 2, 3, 5, 7, 64, 100_000]) {
      expect(split(text, size), `chunk size ${size}`).toEqual(tricky);
    }
  });

  it('reads the ASCII-escaped form of the 2023 exports', () => {
    const text = JSON.stringify(tricky).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    expect(split(text, 3)).toEqual(tricky);
  });

  it('gives each element its index and byte offset', () => {
    const splitter = new JsonArraySplitter();
    const elements = splitter.push(Buffer.from('[{"a":1}, {"b":2}]'));
    expect(elements.map((e) => [e.index, e.offset, e.bytes.toString()])).toEqual([
      [0, 1, '{"a":1}'],
      [1, 10, '{"b":2}'],
    ]);
  });

  it('reports an array cut mid-element, after the complete ones', () => {
    const splitter = new JsonArraySplitter();
    const done = splitter.push(Buffer.from('[{"id":"one"},{"id":"two"},{"id":"thr'));
    expect(done).toHaveLength(2);
    expect(() => splitter.end()).toThrow(JsonArrayError);
    try {
      splitter.end();
    } catch (error) {
      expect((error as JsonArrayError).kind).toBe('truncated');
      expect((error as JsonArrayError).elementsComplete).toBe(2);
      expect((error as JsonArrayError).message).toContain('element 3');
    }
  });

  it('refuses a file that is not an array', () => {
    const splitter = new JsonArraySplitter();
    expect(() => splitter.push(Buffer.from('{"conversations": []}'))).toThrow(/not a JSON array/);
    expect(() => new JsonArraySplitter().end()).toThrow(/empty/);
  });
});
