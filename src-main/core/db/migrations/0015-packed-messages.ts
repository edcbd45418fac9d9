// Stores each message's text and raw JSON packed (core/db/message-packing.ts): an archive had grown
// to about 2.3× the exports it held, mostly the text kept twice (in the text and inside the raw
// JSON) and uncompressed. Runs inside the one transaction of migrate(): a kill leaves the archive as
// it was. The packing is the live one, not a frozen copy: every format it ever wrote stays readable.

import type { Migration } from './migration.js';
import { packRaw, packText } from '../message-packing.js';

const BATCH = 500;

export const packedMessages: Migration = {
  version: 15,
  name: 'packed-messages',
  up(db) {
    const read = db.prepare(
      `SELECT rowid, text, raw FROM messages
       WHERE rowid > ? AND (typeof(text) = 'text' OR typeof(raw) = 'text') ORDER BY rowid LIMIT ${BATCH}`,
    );
    const write = db.prepare('UPDATE messages SET text = ?, raw = ? WHERE rowid = ?');
    let after = 0;
    for (;;) {
      const rows = read.all(after) as { rowid: number; text: unknown; raw: unknown }[];
      for (const row of rows) {
        const text = typeof row.text === 'string' ? row.text : null;
        write.run(
          typeof row.text === 'string' ? packText(row.text) : row.text,
          typeof row.raw === 'string' ? packRaw(row.raw, text) : row.raw,
          row.rowid,
        );
      }
      if (rows.length < BATCH) break;
      after = (rows[rows.length - 1] as { rowid: number }).rowid;
    }
  },
  // The space the plain rows took is given back: about half of the file (1.1 s for a 475 MB archive).
  // VACUUM is all or nothing, so a kill or a full disk leaves the archive as migrated, only larger;
  // its free pages are then used by later imports. Its copy is built in a file rather than in memory.
  afterCommit(db) {
    // A new archive, or one with little in it, has nothing worth giving back.
    const free = db.pragma('freelist_count', { simple: true }) as number;
    if (free < (db.pragma('page_count', { simple: true }) as number) / 4) return;
    const store = db.pragma('temp_store', { simple: true }) as number;
    try {
      db.pragma('temp_store = FILE');
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Left larger, as it was before; nothing is lost.
    } finally {
      db.pragma(`temp_store = ${store}`);
    }
  },
};
