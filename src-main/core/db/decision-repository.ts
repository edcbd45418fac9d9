// Decisions as stored: the extractor's findings, replaced when a conversation is read again, and the
// person's own (added, renamed or dismissed), which are never replaced. Each one has its timeline item.

import type { DecisionQuery, DecisionView } from '../../../src-shared/model/decision.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import type { ExtractedDecision } from '../decisions/decision-extractor.js';
import type { ArchiveDb } from './archive-db.js';
import { unpackText } from './message-packing.js';
import { prepared } from './prepared-statements.js';
import { addDecisionToTimeline, removeDecisionFromTimeline } from './timeline-repository.js';

interface DecisionRow {
  readonly id: number;
  readonly conversation_id: string;
  readonly title: string;
  readonly edited_title: string | null;
  readonly chosen: string | null;
  readonly alternatives: string | null;
  readonly rationale: string | null;
  readonly decided_at: number | null;
  readonly confidence: number | null;
  readonly message_ids: string | null;
  readonly origin: 'extractor' | 'person';
  readonly dismissed: number;
  readonly choice_message_id: string | null;
}

/** Conversations not yet read by this extractor version, or changed since they were read. */
export function conversationsToExtract(db: ArchiveDb, version: number): string[] {
  return prepared(
    db,
    `SELECT c.id FROM conversations c LEFT JOIN decision_runs r ON r.conversation_id = c.id
     WHERE r.conversation_id IS NULL OR r.extractor_version < ? OR r.content_hash IS NOT c.content_hash`,
  )
    .pluck()
    .all(version) as string[];
}

/** What a conversation's content is stamped with (null for none), or undefined once it is gone. */
export function contentHashOf(db: ArchiveDb, conversationId: string): string | null | undefined {
  const row = prepared(db, 'SELECT content_hash FROM conversations WHERE id = ?').get(conversationId) as
    { content_hash: string | null } | undefined;
  return row?.content_hash;
}

export function visibleThreadOf(
  db: ArchiveDb,
  conversationId: string,
): { id: string; role: string | null; text: string; createTime: number | null }[] {
  const rows = prepared(
    db,
    `SELECT node_id AS id, role, text, create_time AS createTime FROM messages
     WHERE conversation_id = ? AND on_current_branch = 1 AND hidden = 0 ORDER BY thread_index`,
  ).all(conversationId) as { id: string; role: string | null; text: unknown; createTime: number | null }[];
  // Each row becomes the message in place: a thread is read for every conversation in a refresh.
  for (const row of rows) row.text = unpackText(row.text) ?? '';
  return rows as { id: string; role: string | null; text: string; createTime: number | null }[];
}

/**
 * Puts one conversation's extracted decisions in place of the previous extraction. A decision the
 * person renamed or dismissed stays as they left it and is not found again beside itself.
 */
export function replaceExtractedDecisions(
  db: ArchiveDb,
  conversationId: string,
  found: readonly ExtractedDecision[],
  version: number,
): void {
  const existing = prepared(db, 'SELECT * FROM decisions WHERE conversation_id = ?').all(
    conversationId,
  ) as DecisionRow[];
  const kept = new Set<string>();
  for (const row of existing) {
    if (row.origin === 'person' || row.edited_title !== null || row.dismissed === 1) {
      if (row.choice_message_id) kept.add(row.choice_message_id);
      continue;
    }
    removeDecisionFromTimeline(db, row.id);
    prepared(db, 'DELETE FROM decisions WHERE id = ?').run(row.id);
  }
  for (const decision of found) {
    const choiceMessage = decision.messageIds[decision.messageIds.length - 1] ?? null;
    if (choiceMessage && kept.has(choiceMessage)) continue;
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO decisions (conversation_id, title, chosen, alternatives, rationale, decided_at, confidence,
         message_ids, extractor_version, origin, choice_message_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'extractor', ?)`,
    ).run(
      conversationId,
      decision.title,
      decision.chosen,
      JSON.stringify(decision.alternatives),
      decision.rationale,
      decision.decidedAt,
      decision.confidence,
      JSON.stringify(decision.messageIds),
      version,
      choiceMessage,
    );
    addDecisionToTimeline(db, Number(lastInsertRowid));
  }
  prepared(
    db,
    `INSERT INTO decision_runs (conversation_id, content_hash, extractor_version)
     SELECT id, content_hash, ? FROM conversations WHERE id = ?
     ON CONFLICT (conversation_id) DO UPDATE SET content_hash = excluded.content_hash,
       extractor_version = excluded.extractor_version`,
  ).run(version, conversationId);
}

function toView(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    title: row.edited_title ?? row.title,
    chosen: row.chosen,
    alternatives: row.alternatives ? (JSON.parse(row.alternatives) as string[]) : [],
    rationale: row.rationale,
    decidedAt: epochSecondsToIso(row.decided_at),
    confidence: row.confidence ?? 1,
    messageIds: row.message_ids ? (JSON.parse(row.message_ids) as string[]) : [],
    origin: row.origin,
  };
}

export function listDecisions(db: ArchiveDb, query: DecisionQuery): DecisionView[] {
  return (
    prepared(
      db,
      `SELECT * FROM decisions WHERE dismissed = 0 AND (@conversationId IS NULL OR conversation_id = @conversationId)
       ORDER BY decided_at, id`,
    ).all({ conversationId: query.conversationId ?? null }) as DecisionRow[]
  ).map(toView);
}

export function getDecision(db: ArchiveDb, id: number): DecisionView | null {
  const row = prepared(db, 'SELECT * FROM decisions WHERE id = ?').get(id) as DecisionRow | undefined;
  return row ? toView(row) : null;
}

export function renameDecision(db: ArchiveDb, id: number, title: string): void {
  prepared(db, 'UPDATE decisions SET edited_title = ? WHERE id = ?').run(title, id);
}

export function dismissDecision(db: ArchiveDb, id: number, dismissed: boolean): void {
  prepared(db, 'UPDATE decisions SET dismissed = ? WHERE id = ?').run(dismissed ? 1 : 0, id);
  if (dismissed) removeDecisionFromTimeline(db, id);
  else addDecisionToTimeline(db, id);
}

export function addPersonDecision(
  db: ArchiveDb,
  decision: {
    conversationId: string;
    title: string;
    chosen: string | null;
    alternatives: readonly string[];
    messageIds: readonly string[];
    decidedAt: number | null;
  },
): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO decisions (conversation_id, title, chosen, alternatives, decided_at, confidence, message_ids,
       extractor_version, origin, choice_message_id)
     VALUES (?, ?, ?, ?, ?, 1, ?, 0, 'person', ?)`,
  ).run(
    decision.conversationId,
    decision.title,
    decision.chosen,
    JSON.stringify(decision.alternatives),
    decision.decidedAt,
    JSON.stringify(decision.messageIds),
    decision.messageIds[decision.messageIds.length - 1] ?? null,
  );
  addDecisionToTimeline(db, Number(lastInsertRowid));
  return Number(lastInsertRowid);
}

/**
 * What names a decision across rebuilds of the archive, where row ids differ: its conversation, who
 * made it, the message where the choice was made and the title it was first given.
 */
export interface DecisionKey {
  readonly conversationId: string;
  readonly origin: 'extractor' | 'person';
  readonly choiceMessageId: string | null;
  readonly title: string;
}

export function decisionKeyOf(db: ArchiveDb, id: number): DecisionKey | null {
  const row = prepared(db, 'SELECT * FROM decisions WHERE id = ?').get(id) as DecisionRow | undefined;
  if (!row) return null;
  return {
    conversationId: row.conversation_id,
    origin: row.origin,
    choiceMessageId: row.choice_message_id,
    title: row.title,
  };
}

export function findDecisionByKey(db: ArchiveDb, key: DecisionKey): number | null {
  const id = prepared(
    db,
    `SELECT id FROM decisions WHERE conversation_id = ? AND origin = ? AND choice_message_id IS ? AND title = ?
     ORDER BY id LIMIT 1`,
  )
    .pluck()
    .get(key.conversationId, key.origin, key.choiceMessageId, key.title) as number | undefined;
  return id ?? null;
}

/** Every decision the person shaped: for a first journal of an archive that predates it. */
export function personShapedDecisions(
  db: ArchiveDb,
): { key: DecisionKey; editedTitle: string | null; dismissed: boolean; view: DecisionView }[] {
  return (
    prepared(
      db,
      `SELECT * FROM decisions WHERE origin = 'person' OR edited_title IS NOT NULL OR dismissed = 1 ORDER BY id`,
    ).all() as DecisionRow[]
  ).map((row) => ({
    key: decisionKeyOf(db, row.id) as DecisionKey,
    editedTitle: row.edited_title,
    dismissed: row.dismissed === 1,
    view: toView(row),
  }));
}

/** A decision the person records by hand, dated at the message named, else the conversation's last. */
export function recordPersonDecision(
  db: ArchiveDb,
  decision: {
    conversationId: string;
    title: string;
    chosen?: string | null;
    alternatives?: readonly string[];
    messageIds?: readonly string[];
  },
): number {
  const thread = visibleThreadOf(db, decision.conversationId);
  const messageIds = decision.messageIds ?? [];
  const at =
    thread.find((message) => message.id === messageIds[messageIds.length - 1])?.createTime ??
    thread[thread.length - 1]?.createTime;
  return addPersonDecision(db, {
    conversationId: decision.conversationId,
    title: decision.title,
    chosen: decision.chosen ?? null,
    alternatives: decision.alternatives ?? [],
    messageIds,
    decidedAt: at ?? null,
  });
}
