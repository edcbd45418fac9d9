// Reads behind the attention views: cited sources merged across conversations, generated files with
// the code that produced them, and projects and custom GPTs with the names the person gave them.

import type { GeneratedFileView, ProjectView, SourceView } from '../../../src-shared/model/attention.js';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';
import { readSetting, writeSetting } from './settings-repository.js';

export const PROJECT_NAMES = 'projects.names';

export function listSources(db: ArchiveDb): SourceView[] {
  const rows = prepared(
    db,
    `SELECT a.url, max(a.title) AS title, count(*) AS citations,
       json_group_array(DISTINCT a.conversation_id) AS conversation_ids
     FROM artifacts a WHERE a.kind = 'citation' AND a.url IS NOT NULL
     GROUP BY a.url ORDER BY citations DESC, a.url`,
  ).all() as { url: string; title: string | null; citations: number; conversation_ids: string }[];
  const titleOf = prepared(db, 'SELECT title FROM conversations WHERE id = ?');
  return rows.map((row) => ({
    url: row.url,
    title: row.title,
    citations: row.citations,
    conversations: (JSON.parse(row.conversation_ids) as string[]).map((id) => ({
      id,
      title: (titleOf.get(id) as { title: string | null } | undefined)?.title ?? null,
    })),
  }));
}

export function listGeneratedFiles(db: ArchiveDb): GeneratedFileView[] {
  const files = prepared(
    db,
    `SELECT a.id, a.conversation_id, a.node_id, a.file_name, a.lost, m.thread_index
     FROM artifacts a LEFT JOIN messages m ON m.conversation_id = a.conversation_id AND m.node_id = a.node_id
     WHERE a.kind = 'generated_file' ORDER BY a.conversation_id, m.thread_index, a.ordinal`,
  ).all() as {
    id: number;
    conversation_id: string;
    node_id: string;
    file_name: string | null;
    lost: number;
    thread_index: number | null;
  }[];
  const cellsBefore = prepared(
    db,
    `SELECT a.node_id, a.language, a.text FROM artifacts a
     JOIN messages m ON m.conversation_id = a.conversation_id AND m.node_id = a.node_id
     WHERE a.conversation_id = ? AND a.kind = 'code' AND m.on_current_branch = 1 AND m.thread_index <= ?
     ORDER BY m.thread_index DESC`,
  );
  return files.map((file) => {
    const cells = (
      file.thread_index === null ? [] : cellsBefore.all(file.conversation_id, file.thread_index)
    ) as { node_id: string; language: string | null; text: string | null }[];
    const producer =
      cells.find((cell) => file.file_name && cell.text?.includes(file.file_name)) ?? cells[0] ?? null;
    return {
      artifactId: file.id,
      conversationId: file.conversation_id,
      messageId: file.node_id,
      fileName: file.file_name,
      lost: file.lost === 1,
      producedBy: producer
        ? { messageId: producer.node_id, language: producer.language, code: producer.text ?? '' }
        : null,
    };
  });
}

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
