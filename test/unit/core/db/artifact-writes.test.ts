// A conversation's artifacts are written as plain inserts and updates, never as one upsert: an upsert
// opens a statement journal, which makes the message index write out what it holds in memory, one
// small segment per conversation. What is stored must be the same either way: a new artifact is
// added, a changed one updated in place, and bytes found once are kept when a later export lacks them.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchiveDb, type ArchiveDb } from '../../../../src-main/core/db/archive-db.js';
import { upsertArtifacts } from '../../../../src-main/core/db/artifact-repository.js';
import { indexMessageText } from '../../../../src-main/core/db/search-index.js';
import type { NormalizedConversation } from '../../../../src-main/core/chatgpt-export/conversation-normalizer.js';
import { useTempFolders } from '../../../support/temp-folder.js';

const temp = useTempFolders();

function archive(): ArchiveDb {
  const db = openArchiveDb(join(temp(), 'archive.sqlite'));
  db.exec(`INSERT INTO conversations (id, title) VALUES ('c1', 'Harbour logo');
    INSERT INTO blobs (sha256, size, stored_at) VALUES ('aa', 3, '2026-01-01')`);
  return db;
}

const conversation = (artifacts: NormalizedConversation['artifacts']) =>
  ({ id: 'c1', artifacts }) as unknown as NormalizedConversation;

const image = {
  nodeId: 'n1',
  ordinal: 0,
  kind: 'image_generation' as const,
  assetPointer: 'file-service://file-1',
};

const stored = (db: ArchiveDb) =>
  db.prepare('SELECT id, node_id, kind, prompt, blob_sha256 FROM artifacts ORDER BY id').all();

/** How many segments the message index has written to disk. */
const segments = (db: ArchiveDb) =>
  db.prepare(`SELECT count(*) FROM messages_fts_data WHERE id >= 10`).pluck().get() as number;

describe('artifact writes', () => {
  it('adds new artifacts, updates changed ones in place and keeps bytes a later export lacks', () => {
    const db = archive();
    upsertArtifacts(db, conversation([{ ...image, prompt: 'a lighthouse' }]), null, () => 'aa');
    const [first] = stored(db) as { id: number }[];
    upsertArtifacts(
      db,
      conversation([
        { ...image, prompt: 'a lighthouse at dusk' },
        { nodeId: 'n2', ordinal: 0, kind: 'code' as const, text: 'print(1)' },
      ]),
      null,
      () => null,
    );
    expect(stored(db)).toEqual([
      {
        id: first?.id,
        node_id: 'n1',
        kind: 'image_generation',
        prompt: 'a lighthouse at dusk',
        blob_sha256: 'aa',
      },
      { id: expect.any(Number), node_id: 'n2', kind: 'code', prompt: null, blob_sha256: null },
    ]);
    db.close();
  });

  it('leaves what the message index holds in memory there until the transaction commits', () => {
    const db = archive();
    db.exec('BEGIN');
    const before = segments(db);
    for (let rowid = 1; rowid <= 50; rowid++) {
      indexMessageText(db, rowid, `harbour logo draft ${rowid}`);
      upsertArtifacts(db, conversation([{ ...image, nodeId: `n${rowid}` }]), null, () => null);
    }
    // One artifact of each of fifty conversations, and not one segment written before the commit.
    expect(segments(db)).toBe(before);
    db.exec('COMMIT');
    expect(segments(db)).toBeGreaterThan(before);
    db.close();
  });
});
