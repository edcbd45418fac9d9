// Projects and custom GPTs the conversations belong to, with the names the person gave them (exports
// carry none), and the project a filter means when it is given by name.

import type { ProjectView } from '../../../src-shared/model/attention.js';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';
import { readSetting, writeSetting } from './settings-repository.js';

export const PROJECT_NAMES = 'projects.names';

export function listProjects(db: ArchiveDb): ProjectView[] {
  const names = projectNames(db);
  const rows = prepared(
    db,
    `SELECT gizmo_id AS id, count(*) AS conversations, max(coalesce(update_time, create_time)) AS last
     FROM conversations WHERE gizmo_id LIKE 'g-%' GROUP BY gizmo_id ORDER BY last DESC`,
  ).all() as { id: string; conversations: number; last: number | null }[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.id.startsWith('g-p-') ? 'project' : 'gpt',
    name: names[row.id] ?? null,
    conversations: row.conversations,
    lastActivity: epochSecondsToIso(row.last),
  }));
}

export function nameProject(db: ArchiveDb, id: string, name: string): void {
  const names = readSetting<Record<string, string>>(db, PROJECT_NAMES) ?? {};
  names[id] = name;
  writeSetting(db, PROJECT_NAMES, names);
}

/** The names the person gave projects and custom GPTs, by id. */
export function projectNames(db: ArchiveDb): Readonly<Record<string, string>> {
  return readSetting<Record<string, string>>(db, PROJECT_NAMES) ?? {};
}

/**
 * The project a filter means: its id, or the name the person gave it (case ignored), so that
 * "--project Thesis" works as well as the id the export carries.
 */
export function resolveProject(db: ArchiveDb, idOrName: string): string {
  if (idOrName.startsWith('g-')) return idOrName;
  const wanted = idOrName.trim().toLowerCase();
  const matches = Object.entries(projectNames(db)).filter(([, name]) => name.trim().toLowerCase() === wanted);
  if (matches.length === 1) return (matches[0] as [string, string])[0];
  throw new AppError(
    'not-found',
    matches.length === 0
      ? `No project is named "${idOrName}". Name one with: archivist projects name <id> <name>.`
      : `${matches.length} projects are named "${idOrName}"; give the project's id instead.`,
  );
}
