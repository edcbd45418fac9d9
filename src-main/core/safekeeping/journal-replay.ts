// What the journal means to an archive: replaying it onto a rebuilt archive gives back the person's
// edits; an archive from before the journal existed writes its edits there once, to start it.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { artifactKeyOf, findArtifactByKey } from '../db/artifact-repository.js';
import {
  dismissDecision,
  findDecisionByKey,
  personShapedDecisions,
  recordPersonDecision,
  renameDecision,
} from '../db/decision-repository.js';
import { prepared } from '../db/prepared-statements.js';
import { writeSetting } from '../db/settings-repository.js';
import { writeLink } from '../db/link-repository.js';
import { acceptLink, rejectLink, unlinkUpload } from '../relink/link-decisions.js';
import type { JournalEntry, PersonJournal } from './person-journal.js';

export interface ReplaySummary {
  readonly applied: number;
  /** Entries about conversations or uploads the rebuilt archive does not hold. */
  readonly skipped: number;
}

export async function replayJournal(db: ArchiveDb, entries: readonly JournalEntry[]): Promise<ReplaySummary> {
  let applied = 0;
  let skipped = 0;
  for (const entry of entries) {
    if (await applyEntry(db, entry)) applied += 1;
    else skipped += 1;
  }
  return { applied, skipped };
}

async function applyEntry(db: ArchiveDb, entry: JournalEntry): Promise<boolean> {
  switch (entry.op) {
    case 'setting':
      writeSetting(db, entry.key, entry.value);
      return true;
    case 'decision-edit': {
      const id = findDecisionByKey(db, entry.decision);
      if (id === null) return false;
      db.transaction(() => {
        if (entry.title !== undefined) renameDecision(db, id, entry.title);
        if (entry.dismissed !== undefined) dismissDecision(db, id, entry.dismissed);
      }).immediate();
      return true;
    }
    case 'decision-add': {
      const known = prepared(db, 'SELECT 1 FROM conversations WHERE id = ?').get(entry.conversationId);
      if (!known) return false;
      db.transaction(() => recordPersonDecision(db, entry)).immediate();
      return true;
    }
    case 'link': {
      const artifactId = findArtifactByKey(db, entry.upload);
      if (artifactId === null) return false;
      if (entry.verdict === 'unlink') unlinkUpload(db, artifactId);
      else if (entry.verdict === 'reject') rejectLink(db, artifactId, entry.path ?? '');
      else {
        try {
          await acceptLink(db, artifactId, entry.path ?? '');
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'file-not-found') throw error;
          // The original moved since: the person's choice stays, shown as missing until relink finds it.
          writeLink(db, {
            artifactId,
            path: entry.path ?? '',
            status: 'missing',
            rule: 'person',
            confidence: 1,
            size: null,
            mtimeMs: null,
          });
        }
      }
      return true;
    }
  }
}

/** Writes what an archive already holds of the person's work into a journal that does not exist yet. */
export function startJournal(db: ArchiveDb, journal: PersonJournal): void {
  if (journal.exists()) return;
  const entries: JournalEntry[] = [];
  for (const row of prepared(db, 'SELECT key, value FROM settings ORDER BY key').all() as {
    key: string;
    value: string;
  }[]) {
    try {
      entries.push({ op: 'setting', key: row.key, value: JSON.parse(row.value) as unknown });
    } catch {
      // A value that is not JSON was never written by Archivist: nothing of the person's to keep.
    }
  }
  for (const decision of personShapedDecisions(db)) {
    if (decision.key.origin === 'person') {
      entries.push({
        op: 'decision-add',
        conversationId: decision.view.conversationId,
        title: decision.key.title,
        chosen: decision.view.chosen,
        alternatives: decision.view.alternatives,
        messageIds: decision.view.messageIds,
      });
    }
    if (decision.editedTitle !== null || decision.dismissed) {
      entries.push({
        op: 'decision-edit',
        decision: decision.key,
        ...(decision.editedTitle !== null ? { title: decision.editedTitle } : {}),
        ...(decision.dismissed ? { dismissed: true } : {}),
      });
    }
  }
  for (const link of prepared(
    db,
    `SELECT artifact_id, path, status FROM links
     WHERE (status = 'linked' AND rule = 'person') OR status IN ('rejected', 'unlinked') ORDER BY artifact_id, path`,
  ).all() as { artifact_id: number; path: string; status: string }[]) {
    const upload = artifactKeyOf(db, link.artifact_id);
    if (!upload) continue;
    if (link.status === 'linked') entries.push({ op: 'link', upload, verdict: 'accept', path: link.path });
    else if (link.status === 'rejected')
      entries.push({ op: 'link', upload, verdict: 'reject', path: link.path });
    else
      entries.push(
        { op: 'link', upload, verdict: 'accept', path: link.path },
        { op: 'link', upload, verdict: 'unlink' },
      );
  }
  // Written even when empty: the journal's existence says it is started.
  journal.append(entries);
}
