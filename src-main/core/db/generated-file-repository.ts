// The files Code Interpreter produced (lost with its session), each traced to the code that made it.

import type { GeneratedFileView } from '../../../src-shared/model/attention.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

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
