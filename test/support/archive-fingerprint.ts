// What two archives must share to hold the same history: every conversation with its content hash,
// every message node, every artifact and stored file. Used to compare an interrupted import, a
// verify or a rebuild with an import that was never interrupted.

import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

export interface ArchiveFingerprint {
  readonly conversations: readonly string[];
  readonly messages: number;
  readonly nodes: string;
  readonly artifacts: number;
  readonly blobs: readonly string[];
  readonly integrity: string;
}

export function fingerprintArchive(file: string): ArchiveFingerprint {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const list = (sql: string) => db.prepare(sql).pluck().all() as string[];
    return {
      conversations: list(`SELECT id || ' ' || coalesce(content_hash, '') FROM conversations ORDER BY id`),
      messages: db.prepare('SELECT count(*) FROM messages WHERE raw IS NOT NULL').pluck().get() as number,
      nodes: list(`SELECT conversation_id || '/' || node_id || ' ' || length(coalesce(raw, '')) FROM messages
        ORDER BY conversation_id, node_id`).join('\n'),
      artifacts: db.prepare('SELECT count(*) FROM artifacts').pluck().get() as number,
      blobs: list('SELECT sha256 || ' + "' '" + ' || size FROM blobs ORDER BY sha256'),
      integrity: db.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

/** Conversations committed in an archive another process may be writing; 0 while it cannot be read. */
export function committedConversations(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM conversations').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}
