// 200 search queries of one to three words, drawn from the archive's own text so that common words,
// rare words, phrases and prefixes are all represented the way a person would type them.

import type Database from 'better-sqlite3';
import { unpackText } from '../src-main/core/db/message-packing.js';

export function sampleQueries(db: Database.Database, count = 200): string[] {
  // Texts are stored packed (message-packing.ts): their length is known only once unpacked.
  const texts = (
    db
      .prepare('SELECT text FROM messages WHERE text IS NOT NULL AND rowid % 97 = 0')
      .pluck()
      .all() as unknown[]
  )
    .map((stored) => unpackText(stored) ?? '')
    .filter((text) => text.length > 200)
    .slice(0, count * 2);
  const queries: string[] = [];
  let i = 0;
  for (const text of texts) {
    const words = text.match(/[A-Za-z]{3,}/g) ?? [];
    if (words.length < 10) continue;
    const at = (k: number) => words[(i * 7 + k) % words.length] as string;
    switch (i % 5) {
      case 0:
        queries.push(at(0));
        break;
      case 1:
        queries.push(`${at(1)} ${at(3)}`);
        break;
      case 2:
        queries.push(`"${words.slice(i % (words.length - 3), (i % (words.length - 3)) + 2).join(' ')}"`);
        break;
      case 3:
        queries.push(`${at(2).slice(0, 4)}*`);
        break;
      default:
        queries.push(`${at(4)} ${at(5)} ${at(6)}`);
    }
    i += 1;
    if (queries.length >= count) break;
  }
  return queries;
}
