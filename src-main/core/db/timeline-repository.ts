// The timeline's rows: items for conversations (each day they had messages), artifacts and decisions
// as imports and the extractor add them, the rows of a page in time order, and per-day counts for the
// density strip. Turning rows into pages and cards is core/timeline/timeline-pages.ts.

import type { LinkStatus } from '../../../src-shared/model/link.js';
import type { TimelineKind } from '../../../src-shared/model/timeline.js';
import type { ArchiveDb } from './archive-db.js';
import { resolveProject } from './project-repository.js';
import { BEST_LINK_OF_ARTIFACT } from './link-repository.js';
import { unpackText } from './message-packing.js';
import { prepared } from './prepared-statements.js';

const DAY = 86_400;

function countDays(
  db: ArchiveDb,
  rows: readonly { kind: string; time: number; account_id: string | null }[],
): void {
  const counts = new Map<string, { day: number; kind: string; account: string; n: number }>();
  for (const row of rows) {
    const day = Math.floor(row.time / DAY);
    const account = row.account_id ?? '';
    const key = `${day}|${row.kind}|${account}`;
    const entry = counts.get(key) ?? { day, kind: row.kind, account, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  const upsert = prepared(
    db,
    `INSERT INTO timeline_days (day, kind, account_id, count) VALUES (?, ?, ?, ?)
     ON CONFLICT (day, kind, account_id) DO UPDATE SET count = count + excluded.count`,
  );
  for (const entry of counts.values()) upsert.run(entry.day, entry.kind, entry.account, entry.n);
}

/** Adds a timeline item for every artifact that has none yet; returns how many were added. */
export function addArtifactsToTimeline(db: ArchiveDb): number {
  const added = prepared(
    db,
    `INSERT INTO timeline_items (kind, time, conversation_id, node_id, artifact_id, account_id, project_id)
     SELECT a.kind, coalesce(m.create_time, c.create_time, c.update_time, 0), a.conversation_id, a.node_id, a.id,
       c.account_id, CASE WHEN c.gizmo_id LIKE 'g-p-%' THEN c.gizmo_id END
     FROM artifacts a JOIN conversations c ON c.id = a.conversation_id
     LEFT JOIN messages m ON m.conversation_id = a.conversation_id AND m.node_id = a.node_id
     WHERE NOT EXISTS (SELECT 1 FROM timeline_items t WHERE t.artifact_id = a.id)
     RETURNING kind, time, account_id`,
  ).all() as { kind: string; time: number; account_id: string | null }[];
  countDays(db, added);
  return added.length;
}

/**
 * Adds an item for each day a conversation of this export had messages that has none yet; an item
 * whose day gained an earlier message moves to it.
 */
export function addConversationDaysToTimeline(db: ArchiveDb, exportId: string): number {
  // The first message of each day each conversation of this export had (min() picks its row).
  const days = `SELECT m.conversation_id, CAST(m.create_time / ${DAY} AS INTEGER) AS day, min(m.create_time) AS first,
       m.node_id FROM messages m
     WHERE m.conversation_id IN (SELECT conversation_id FROM conversation_exports WHERE export_id = @exportId)
       AND m.raw IS NOT NULL AND m.hidden = 0 AND m.create_time IS NOT NULL
     GROUP BY 1, 2`;
  prepared(
    db,
    `UPDATE timeline_items AS t SET time = f.first, node_id = f.node_id FROM (${days}) AS f
     WHERE t.kind = 'conversation' AND t.conversation_id = f.conversation_id AND t.conversation_day = f.day
       AND f.first < t.time`,
  ).run({ exportId });
  const added = prepared(
    db,
    `INSERT INTO timeline_items (kind, time, conversation_id, node_id, account_id, project_id, conversation_day)
     SELECT 'conversation', f.first, f.conversation_id, f.node_id, c.account_id,
       CASE WHEN c.gizmo_id LIKE 'g-p-%' THEN c.gizmo_id END, f.day
     FROM (${days}) AS f JOIN conversations c ON c.id = f.conversation_id
     WHERE NOT EXISTS (SELECT 1 FROM timeline_items t
       WHERE t.kind = 'conversation' AND t.conversation_id = f.conversation_id AND t.conversation_day = f.day)
     RETURNING kind, time, account_id`,
  ).all({ exportId }) as { kind: string; time: number; account_id: string | null }[];
  countDays(db, added);
  return added.length;
}

/** Adds the timeline item of one decision. */
export function addDecisionToTimeline(db: ArchiveDb, decisionId: number): void {
  const added = prepared(
    db,
    `INSERT INTO timeline_items (kind, time, conversation_id, decision_id, account_id, project_id)
     SELECT 'decision', coalesce(d.decided_at, c.update_time, 0), d.conversation_id, d.id, c.account_id,
       CASE WHEN c.gizmo_id LIKE 'g-p-%' THEN c.gizmo_id END
     FROM decisions d JOIN conversations c ON c.id = d.conversation_id
     WHERE d.id = ? AND NOT EXISTS (SELECT 1 FROM timeline_items t WHERE t.decision_id = d.id)
     RETURNING kind, time, account_id`,
  ).all(decisionId) as { kind: string; time: number; account_id: string | null }[];
  countDays(db, added);
}

/** Removes the timeline item of one decision (the person dismissed it, or it was re-extracted). */
export function removeDecisionFromTimeline(db: ArchiveDb, decisionId: number): void {
  const removed = prepared(
    db,
    'DELETE FROM timeline_items WHERE decision_id = ? RETURNING kind, time, account_id',
  ).all(decisionId) as { kind: string; time: number; account_id: string | null }[];
  for (const row of removed) {
    prepared(
      db,
      'UPDATE timeline_days SET count = count - 1 WHERE day = ? AND kind = ? AND account_id = ?',
    ).run(Math.floor(row.time / DAY), row.kind, row.account_id ?? '');
  }
}

export interface TimelineItemRow {
  readonly id: number;
  readonly kind: TimelineKind;
  readonly time: number;
  readonly conversation_id: string;
  readonly node_id: string | null;
  readonly artifact_id: number | null;
  readonly conversation_title: string | null;
  readonly file_name: string | null;
  readonly size_bytes: number | null;
  readonly prompt: string | null;
  readonly url: string | null;
  readonly a_title: string | null;
  readonly language: string | null;
  readonly text: string | null;
  readonly lost: number | null;
  readonly blob_sha256: string | null;
  readonly expires_at: number | null;
  readonly link_status: LinkStatus | null;
  readonly link_path: string | null;
  readonly d_title: string | null;
  readonly decision_id: number | null;
  readonly chosen: string | null;
  readonly alternatives: string | null;
  readonly rationale: string | null;
  readonly confidence: number | null;
  readonly message_ids: string | null;
  readonly project_id: string | null;
  readonly started: number | null;
  readonly day_messages: number | null;
  readonly first_text: string | null;
}

/** Which items a page reads: after a (time, id) position, within times in epoch seconds. */
export interface TimelineWindow {
  readonly afterTime: number;
  readonly afterId: number;
  readonly from: number;
  readonly to: number;
  readonly kinds: string | null;
  readonly account: string | null;
  readonly project: string | null;
  readonly limit: number;
}

/** The rows of one page of items, with what each kind's card shows. */
export function timelineRows(db: ArchiveDb, window: TimelineWindow): TimelineItemRow[] {
  const rows = prepared(
    db,
    `SELECT t.id, t.kind, t.time, t.conversation_id, coalesce(t.node_id, json_extract(d.message_ids, '$[0]')) AS node_id,
       t.artifact_id, c.title AS conversation_title, a.file_name, a.size_bytes, a.prompt, a.url, a.title AS a_title, a.language,
       a.text, a.lost, a.blob_sha256, a.expires_at,
       (SELECT l.status ${BEST_LINK_OF_ARTIFACT}) AS link_status, (SELECT l.path ${BEST_LINK_OF_ARTIFACT}) AS link_path,
       coalesce(d.edited_title, d.title) AS d_title, t.decision_id, d.chosen, d.alternatives, d.rationale, d.confidence, d.message_ids, t.project_id,
       CASE WHEN t.kind = 'conversation' THEN NOT EXISTS (SELECT 1 FROM timeline_items e
         WHERE e.kind = 'conversation' AND e.conversation_id = t.conversation_id
           AND e.conversation_day < t.conversation_day) END AS started,
       CASE WHEN t.kind = 'conversation' THEN (SELECT count(*) FROM messages dm
         WHERE dm.conversation_id = t.conversation_id AND dm.raw IS NOT NULL AND dm.hidden = 0
           AND dm.create_time >= t.conversation_day * ${DAY}
           AND dm.create_time < (t.conversation_day + 1) * ${DAY}) END AS day_messages,
       CASE WHEN t.kind = 'conversation' THEN (SELECT fm.text FROM messages fm
         WHERE fm.conversation_id = t.conversation_id AND fm.node_id = t.node_id) END AS first_text
     FROM timeline_items t
     JOIN conversations c ON c.id = t.conversation_id
     LEFT JOIN artifacts a ON a.id = t.artifact_id
     LEFT JOIN decisions d ON d.id = t.decision_id
     WHERE (t.time, t.id) > (@afterTime, @afterId)
       AND t.time >= @from AND t.time <= @to
       AND (@kinds IS NULL OR t.kind IN (SELECT value FROM json_each(@kinds)))
       AND (@account IS NULL OR t.account_id = @account)
       AND (@project IS NULL OR t.project_id = @project)
     ORDER BY t.time, t.id LIMIT @limit`,
  ).all({
    ...window,
    project: window.project ? resolveProject(db, window.project) : null,
  }) as (Omit<TimelineItemRow, 'first_text'> & { first_text: unknown })[];
  return rows.map((row) => ({ ...row, first_text: unpackText(row.first_text) }));
}

/** Items per day and kind, between two days (days since 1970), for the density strip. */
export function densityRows(
  db: ArchiveDb,
  query: {
    readonly from: number;
    readonly to: number;
    readonly account?: string | undefined;
    readonly project?: string | undefined;
  },
): { day: number; kind: TimelineKind; n: number }[] {
  const { from, to } = query;
  // timeline_days keeps counts per account only; a project's days are counted from its own items,
  // which the project index reaches without reading anyone else's.
  return (
    query.project
      ? prepared(
          db,
          `SELECT CAST(time / ${DAY} AS INTEGER) AS day, kind, count(*) AS n FROM timeline_items
           WHERE project_id = @project AND time >= @from * ${DAY} AND time < (@to + 1) * ${DAY}
             AND (@account IS NULL OR account_id = @account)
           GROUP BY day, kind ORDER BY day`,
        ).all({ from, to, account: query.account ?? null, project: resolveProject(db, query.project) })
      : prepared(
          db,
          `SELECT day, kind, sum(count) AS n FROM timeline_days
           WHERE day >= @from AND day <= @to AND (@account IS NULL OR account_id = @account) AND count > 0
           GROUP BY day, kind ORDER BY day`,
        ).all({ from, to, account: query.account ?? null })
  ) as { day: number; kind: TimelineKind; n: number }[];
}
