// The timeline can be narrowed to one project, for its pages and its density strip: an index over
// the items that belong to a project keeps both quick without touching the rest.

import type { Migration } from './migration.js';

export const timelineProjects: Migration = {
  version: 10,
  name: 'timeline-projects',
  up(db) {
    db.exec(`
      CREATE INDEX timeline_items_project ON timeline_items(project_id, time, id) WHERE project_id IS NOT NULL;
    `);
  },
};
