// `archivist check`: reads the whole archive the way a careful store checks itself (SQLite's
// integrity_check, each search index's own check, every stored file's size and sha256) without
// writing a byte, and says what it found, naming the file.

import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { archiveFileIn, blobFolderIn } from '../os-folders/data-folder.js';
import { BlobStore } from '../blobs/blob-store.js';
import { sha256OfFile } from '../chatgpt-export/file-hash.js';
import { sqliteNativeBinding } from '../db/sqlite-binding.js';

export interface CheckReport {
  readonly archive: string;
  readonly ok: boolean;
  /** Each problem found, as a sentence naming the file it is in. */
  readonly problems: readonly string[];
  readonly checked: { readonly pages: number; readonly blobs: number };
  readonly seconds: number;
}

const FTS_TABLES = [
  { table: 'messages_fts', content: 'messages', column: 'text' },
  { table: 'titles_fts', content: 'conversations', column: 'title' },
] as const;
const MAX_PROBLEMS = 100;

export async function checkArchive(dataFolder: string): Promise<CheckReport> {
  const started = performance.now();
  const archive = archiveFileIn(dataFolder);
  const problems: string[] = [];
  let pages = 0;
  let blobCount = 0;
  const done = () => ({
    archive,
    ok: problems.length === 0,
    problems,
    checked: { pages, blobs: blobCount },
    seconds: (performance.now() - started) / 1000,
  });
  if (!existsSync(archive)) {
    problems.push(`${archive}: there is no archive file.`);
    return done();
  }
  let db: Database.Database;
  try {
    // Read-only: closing it never checkpoints a WAL into the file, so the file stays as it is.
    db = new Database(archive, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: sqliteNativeBinding(),
    });
    db.pragma('busy_timeout = 10000');
    pages = db.pragma('page_count', { simple: true }) as number;
  } catch (error) {
    problems.push(`${archive}: cannot be opened as an archive (${(error as Error).message}).`);
    return done();
  }
  try {
    try {
      const rows = db.pragma(`integrity_check(${MAX_PROBLEMS})`, { simple: false }) as {
        integrity_check: string;
      }[];
      for (const row of rows) {
        if (row.integrity_check !== 'ok') problems.push(`${archive}: ${row.integrity_check}`);
      }
    } catch (error) {
      problems.push(`${archive}: integrity_check could not finish (${(error as Error).message}).`);
    }
    for (const problem of searchIndexProblems(archive)) problems.push(problem);
    for (const { table, content, column } of FTS_TABLES) {
      try {
        // Rows without text are left out of the index on purpose (FTS5's own content check, rank 1,
        // would count them as missing), so the index is compared with the rows here.
        const astray = db
          .prepare(
            `SELECT count(*) FROM ${content} c FULL JOIN ${table}_docsize d ON d.id = c.rowid
             WHERE (c.rowid IS NULL) OR (c.${column} IS NOT NULL AND d.id IS NULL)
                OR (c.${column} IS NULL AND d.id IS NOT NULL)`,
          )
          .pluck()
          .get() as number;
        if (astray > 0)
          problems.push(`${archive}: the search index ${table} is out of step with ${astray} rows.`);
      } catch (error) {
        problems.push(`${archive}: the search index ${table} is damaged (${(error as Error).message}).`);
      }
    }
    try {
      // The totals people see are summed from each conversation's own count: they must agree.
      const miscounted = db
        .prepare(
          `SELECT count(*) FROM conversations c WHERE c.message_count IS NOT
             (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.raw IS NOT NULL)`,
        )
        .pluck()
        .get() as number;
      if (miscounted > 0)
        problems.push(`${archive}: ${miscounted} conversations count their messages wrongly.`);
    } catch (error) {
      problems.push(`${archive}: the message counts cannot be read (${(error as Error).message}).`);
    }
    let blobs: { sha256: string; size: number }[] = [];
    try {
      blobs = db.prepare('SELECT sha256, size FROM blobs ORDER BY sha256').all() as typeof blobs;
    } catch (error) {
      problems.push(`${archive}: the list of stored files cannot be read (${(error as Error).message}).`);
    }
    const store = new BlobStore(blobFolderIn(dataFolder));
    for (const blob of blobs) {
      blobCount += 1;
      const problem = await blobProblem(store.pathOf(blob.sha256), blob.sha256, blob.size);
      if (problem) problems.push(problem);
    }
  } finally {
    db.close();
  }
  return done();
}

/**
 * FTS5's own check is spelled as an INSERT, so it needs a connection that may write; it changes
 * nothing, and it is closed while the read-only one is still open, so that it does not checkpoint.
 */
function searchIndexProblems(archive: string): string[] {
  const problems: string[] = [];
  let writer: Database.Database | null = null;
  try {
    writer = new Database(archive, { fileMustExist: true, nativeBinding: sqliteNativeBinding() });
    writer.pragma('busy_timeout = 10000');
    for (const { table } of FTS_TABLES) {
      try {
        writer.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
      } catch (error) {
        problems.push(`${archive}: the search index ${table} is damaged (${(error as Error).message}).`);
      }
    }
  } catch (error) {
    problems.push(`${archive}: its search indexes cannot be checked (${(error as Error).message}).`);
  } finally {
    writer?.close();
  }
  return problems;
}

async function blobProblem(path: string, sha256: string, size: number): Promise<string | null> {
  if (!existsSync(path)) return `${path}: a stored file is missing.`;
  const actual = statSync(path).size;
  if (actual !== size) return `${path}: holds ${actual} bytes, ${size} were stored.`;
  const digest = await sha256OfFile(path);
  return digest === sha256 ? null : `${path}: its content changed since it was stored (sha256 ${digest}).`;
}

/** SQLite's quicker check (no index-to-row comparison), run after each import. */
export function quickCheckProblems(db: Database.Database): string[] {
  const rows = db.pragma('quick_check(10)', { simple: false }) as { quick_check: string }[];
  return rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
}
