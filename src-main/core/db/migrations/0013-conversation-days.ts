// The timeline shows the conversations themselves: one item for each day a conversation had
// messages (the day it started, and each later day it was continued), so that a day with only chats
// is not empty. `conversation_day` keeps one item per conversation and day however often exports are imported.

import type { Migration } from './migration.js';

export const conversationDays: Migration = {
  version: 13,
  name: 'conversation-days',
  up(db) {
    db.exec(`
      ALTER TABLE timeline_items ADD COLUMN conversation_day INTEGER;
      CREATE UNIQUE INDEX timeline_items_conversation_day ON timeline_items(conversation_id, conversation_day)
        WHERE kind = 'conversation';

      INSERT INTO timeline_items (kind, time, conversation_id, node_id, account_id, project_id, conversation_day)
      SELECT 'conversation', min(m.create_time), m.conversation_id,
        (SELECT f.node_id FROM messages f WHERE f.conversation_id = m.conversation_id AND f.raw IS NOT NULL
           AND f.hidden = 0 AND CAST(f.create_time / 86400 AS INTEGER) = CAST(m.create_time / 86400 AS INTEGER)
         ORDER BY f.create_time, f.rowid LIMIT 1),
        c.account_id, CASE WHEN c.gizmo_id LIKE 'g-p-%' THEN c.gizmo_id END, CAST(m.create_time / 86400 AS INTEGER)
      FROM messages m JOIN conversations c ON c.id = m.conversation_id
      WHERE m.raw IS NOT NULL AND m.hidden = 0 AND m.create_time IS NOT NULL
      GROUP BY m.conversation_id, CAST(m.create_time / 86400 AS INTEGER);

      INSERT INTO timeline_days (day, kind, account_id, count)
      SELECT conversation_day, 'conversation', coalesce(account_id, ''), count(*) FROM timeline_items
      WHERE kind = 'conversation' GROUP BY 1, 3
      ON CONFLICT (day, kind, account_id) DO UPDATE SET count = count + excluded.count;
    `);
  },
};
