// Links from uploads to files on the person's disk, and the person's verdicts on them: what was
// rejected or unlinked by them is never proposed again.

import type { LinkQuery, LinkRule, LinkStatus, LinkView } from '../../../src-shared/model/link.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

/**
 * The one link an upload shows (linked, else the likeliest candidate, else where it went missing), as
 * a FROM … LIMIT 1 tail for a subquery over an artifact aliased `a`.
 */
export const BEST_LINK_OF_ARTIFACT = `FROM links l WHERE l.artifact_id = a.id AND l.status IN ('linked', 'candidate', 'missing')
  ORDER BY CASE l.status WHEN 'linked' THEN 0 WHEN 'candidate' THEN 1 ELSE 2 END, l.confidence DESC, l.path LIMIT 1`;

export interface UploadToMatch {
  readonly id: number;
  readonly conversation_id: string;
  readonly file_name: string;
  readonly size_bytes: number | null;
  readonly blob_sha256: string | null;
}

export interface LinkRow {
  readonly artifact_id: number;
  readonly path: string;
  readonly status: LinkStatus;
  readonly rule: LinkRule;
  readonly confidence: number;
  readonly size: number | null;
}

export function uploadsToMatch(db: ArchiveDb): UploadToMatch[] {
  return prepared(
    db,
    `SELECT id, conversation_id, file_name, size_bytes, blob_sha256 FROM artifacts
     WHERE kind = 'upload' AND file_name IS NOT NULL ORDER BY id`,
  ).all() as UploadToMatch[];
}

export function linksOf(db: ArchiveDb, artifactId: number): LinkRow[] {
  return prepared(
    db,
    'SELECT artifact_id, path, status, rule, confidence, size FROM links WHERE artifact_id = ?',
  ).all(artifactId) as LinkRow[];
}

export function linksWithStatus(db: ArchiveDb, statuses: readonly LinkStatus[]): LinkRow[] {
  return prepared(
    db,
    `SELECT artifact_id, path, status, rule, confidence, size FROM links
     WHERE status IN (SELECT value FROM json_each(?)) ORDER BY artifact_id`,
  ).all(JSON.stringify(statuses)) as LinkRow[];
}

export function writeLink(
  db: ArchiveDb,
  link: {
    readonly artifactId: number;
    readonly path: string;
    readonly status: LinkStatus;
    readonly rule: LinkRule;
    readonly confidence: number;
    readonly size: number | null;
    readonly mtimeMs: number | null;
  },
): void {
  prepared(
    db,
    `INSERT INTO links (artifact_id, path, status, rule, confidence, size, mtime_ms, verified_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (artifact_id, path) DO UPDATE SET status = excluded.status, rule = excluded.rule,
       confidence = excluded.confidence, size = excluded.size, mtime_ms = excluded.mtime_ms,
       verified_at = excluded.verified_at`,
  ).run(
    link.artifactId,
    link.path,
    link.status,
    link.rule,
    link.confidence,
    link.size,
    link.mtimeMs,
    new Date().toISOString(),
  );
}

export function deleteLink(db: ArchiveDb, artifactId: number, path: string): void {
  prepared(db, 'DELETE FROM links WHERE artifact_id = ? AND path = ?').run(artifactId, path);
}

/** Candidates for an upload that this matching no longer proposes (the file went, say). */
export function dropCandidatesExcept(db: ArchiveDb, artifactId: number, keep: ReadonlySet<string>): void {
  for (const row of linksOf(db, artifactId)) {
    if (row.status === 'candidate' && !keep.has(row.path)) deleteLink(db, artifactId, row.path);
  }
}

interface LinkListRow {
  readonly artifact_id: number;
  readonly conversation_id: string;
  readonly file_name: string | null;
  readonly size_bytes: number | null;
  readonly status: LinkStatus | null;
  readonly path: string | null;
  readonly rule: LinkRule | null;
  readonly confidence: number | null;
}

/** Every (upload, file) pair, and every upload nothing was found for (as "unlinked", no path). */
export function listLinks(db: ArchiveDb, query: LinkQuery): LinkView[] {
  const rows = prepared(
    db,
    `SELECT a.id AS artifact_id, a.conversation_id, a.file_name, a.size_bytes,
       coalesce(l.status, 'unlinked') AS status, l.path, l.rule, l.confidence
     FROM artifacts a LEFT JOIN links l ON l.artifact_id = a.id
     WHERE a.kind = 'upload' AND (@status IS NULL OR coalesce(l.status, 'unlinked') = @status)
       AND (@artifactId IS NULL OR a.id = @artifactId)
     ORDER BY a.id, l.confidence DESC, l.path`,
  ).all({ status: query.status ?? null, artifactId: query.artifactId ?? null }) as LinkListRow[];
  return rows.map((row) => ({
    artifactId: row.artifact_id,
    conversationId: row.conversation_id,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    status: row.status ?? 'unlinked',
    path: row.path,
    rule: row.rule,
    confidence: row.confidence,
  }));
}
