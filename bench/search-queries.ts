// 200 search queries of one to three words, drawn from the archive's own text so that common words,
// rare words, phrases and prefixes are all represented the way a person would type them.

import type Database from 'better-sqlite3';

export function sampleQueries(db: Database.Database, count = 200): string[] {
  const rows = db
    .prepare(
      `SELECT text FROM messages WHERE text IS NOT NULL AND length(text) > 200
       AND rowid % 97 = 0 LIMIT ${count * 2}`,
    )
    .all() as { text: string }[];
  const queries: string[] = [];
  let i = 0;
  for (const { text } of rows) {
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
