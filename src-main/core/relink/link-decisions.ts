// The person's verdicts on links: accept a file as an upload's original, reject one (it is never
// proposed again), or unlink an upload. Files themselves are never touched.

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { deleteLink, linksOf, writeLink } from '../db/link-repository.js';
import { prepared } from '../db/prepared-statements.js';

function requireUpload(db: ArchiveDb, artifactId: number): void {
  const row = prepared(db, 'SELECT kind FROM artifacts WHERE id = ?').get(artifactId) as
    { kind: string } | undefined;
  if (!row) throw new AppError('not-found', `No artifact ${artifactId} in the archive.`);
  if (row.kind !== 'upload')
    throw new AppError('invalid-input', `Artifact ${artifactId} is a ${row.kind}, not an upload.`);
}

export async function acceptLink(db: ArchiveDb, artifactId: number, path: string): Promise<void> {
  requireUpload(db, artifactId);
  const file = resolve(path);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AppError('file-not-found', `${file}: no such file.`);
  db.transaction(() => {
    for (const link of linksOf(db, artifactId)) {
      if (link.path !== file && (link.status === 'candidate' || link.status === 'linked')) {
        deleteLink(db, artifactId, link.path);
      }
    }
    writeLink(db, {
      artifactId,
      path: file,
      status: 'linked',
      rule: 'person',
      confidence: 1,
      size: info.size,
      mtimeMs: info.mtimeMs,
    });
  }).immediate();
}

export function rejectLink(db: ArchiveDb, artifactId: number, path: string): void {
  requireUpload(db, artifactId);
  const file = resolve(path);
  const existing = linksOf(db, artifactId).find((link) => link.path === file);
  writeLink(db, {
    artifactId,
    path: file,
    status: 'rejected',
    rule: existing?.rule ?? 'person',
    confidence: existing?.confidence ?? 0,
    size: existing?.size ?? null,
    mtimeMs: null,
  });
}

export function unlinkUpload(db: ArchiveDb, artifactId: number): void {
  requireUpload(db, artifactId);
  for (const link of linksOf(db, artifactId)) {
    if (link.status === 'linked' || link.status === 'missing') {
      writeLink(db, {
        artifactId,
        path: link.path,
        status: 'unlinked',
        rule: link.rule,
        confidence: link.confidence,
        size: link.size,
        mtimeMs: null,
      });
    }
  }
}
