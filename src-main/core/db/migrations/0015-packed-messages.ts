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
};
