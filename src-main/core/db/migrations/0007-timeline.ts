// One timeline of everything that happened across a person's conversations (artifacts and decisions),
// kept as its own table so that a page or a density strip over years of history is an index read, and
// per-day counts so that the density strip never scans the items themselves.

import type { Migration } from './migration.js';

export const timeline: Migration = {
  version: 7,
  name: 'timeline',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        time REAL NOT NULL,
        conversation_id TEXT NOT NULL,
        node_id TEXT,
        artifact_id INTEGER UNIQUE REFERENCES artifacts(id),
        decision_id INTEGER UNIQUE REFERENCES decisions(id),
        account_id TEXT,
        project_id TEXT
      );
      CREATE INDEX timeline_items_time ON timeline_items(time, id);
      CREATE INDEX timeline_items_kind_time ON timeline_items(kind, time, id);

      CREATE TABLE timeline_days (
        day INTEGER NOT NULL,
        kind TEXT NOT NULL,
        account_id TEXT NOT NULL DEFAULT '',
        count INTEGER NOT NULL,
        PRIMARY KEY (day, kind, account_id)
      ) WITHOUT ROWID;

      -- Archives from before the timeline get theirs now.
      INSERT INTO timeline_items (kind, time, conversation_id, node_id, artifact_id, account_id, project_id)
      SELECT a.kind, coalesce(m.create_time, c.create_time, c.update_time, 0), a.conversation_id, a.node_id, a.id,
        c.account_id, CASE WHEN c.gizmo_id LIKE 'g-p-%' THEN c.gizmo_id END
      FROM artifacts a JOIN conversations c ON c.id = a.conversation_id
      LEFT JOIN messages m ON m.conversation_id = a.conversation_id AND m.node_id = a.node_id;
      INSERT INTO timeline_days (day, kind, account_id, count)
      SELECT CAST(time / 86400 AS INTEGER), kind, coalesce(account_id, ''), count(*)
      FROM timeline_items GROUP BY 1, 2, 3;
    `);
  },
};
