import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../src-main/core/db/fts-query.js';

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');`);
const insert = db.prepare('INSERT INTO t(text) VALUES (?)');
for (const text of [
  'C++ templates are unclosed sometimes',
  'the connection pool in postgres',
  'postgresql and mysql compared',
  'café crème in Paris',
  'NEAR the river',
]) {
  insert.run(text);
}
afterAll(() => db.close());

function matches(query: string): string[] {
  const match = toFtsQuery(query);
  if (!match) return [];
  return (
    db.prepare('SELECT text FROM t WHERE t MATCH ? ORDER BY rowid').all(match) as { text: string }[]
  ).map((row) => row.text);
}

describe('toFtsQuery', () => {
  it('never produces an FTS syntax error, whatever the user typed', () => {
    const hostile = [
      'C++ "unclosed',
      '-',
      '*',
      'NEAR(',
      'NEAR(a b',
      '"',
      '""',
      'AND',
      'OR',
      'NOT',
      'a OR',
      'OR b',
      '-a',
      '(',
      ')',
      '^',
      ':',
      'col:value',
      "'; DROP TABLE t; --",
      '\u0000',
      '😀',
      'a AND OR NOT b',
      '"a" * *',
      '{a b}',
      '+',
    ];
    for (const query of hostile) {
      expect(() => matches(query), query).not.toThrow();
    }
  });

  it('finds words, phrases, prefixes, exclusions and alternatives', () => {
    expect(matches('postgres')).toEqual(['the connection pool in postgres']);
    expect(matches('postgres*')).toHaveLength(2);
    expect(matches('"connection pool"')).toEqual(['the connection pool in postgres']);
    expect(matches('"pool connection"')).toEqual([]);
    expect(matches('postgres* -mysql')).toEqual(['the connection pool in postgres']);
    expect(matches('mysql OR pool')).toHaveLength(2);
    expect(matches('C++ "unclosed')).toEqual(['C++ templates are unclosed sometimes']);
    expect(matches('cafe')).toEqual(['café crème in Paris']);
    expect(matches('NEAR(')).toEqual(['NEAR the river']);
  });

  it('returns null when nothing is searchable', () => {
    expect(toFtsQuery('-')).toBeNull();
    expect(toFtsQuery('  * " ')).toBeNull();
    expect(toFtsQuery('-only -negative')).toBeNull();
  });
});
