// Reads 2026's `library_files.json` ("ChatGPT Library"): one row per file a person uploaded or had
// generated, with the conversation and message it came from. Every field is optional.

import type { ArtifactKind } from '../../../src-shared/model/artifact.js';
import { asArray, asEpochSeconds, asNumber, asObject, asString } from './json-shape.js';

export interface LibraryFile {
  readonly fileId: string;
  readonly fileName: string | null;
  readonly mimeType: string | null;
  readonly sizeBytes: number | null;
  readonly category: string | null;
  readonly createdAt: number | null;
  readonly conversationId: string | null;
  readonly messageId: string | null;
  readonly imageGenId: string | null;
  readonly trashedAt: number | null;
  readonly deletedAt: number | null;
  readonly raw: string;
}

export function readLibraryFiles(raw: unknown): LibraryFile[] {
  const rows = asArray(asObject(raw)?.['files'] ?? raw);
  const files: LibraryFile[] = [];
  for (const item of rows) {
    const row = asObject(item);
    const id = asObject(row?.['id']);
    const fileId = asString(row?.['file_id']) ?? asString(id?.['id']) ?? asString(row?.['id']);
    if (!row || !fileId) continue;
    files.push({
      fileId,
      fileName: asString(row['file_name']) ?? asString(row['name']),
      mimeType: asString(row['mime_type']),
      sizeBytes: asNumber(row['file_size_bytes']) ?? asNumber(row['size_bytes']) ?? asNumber(row['size']),
      category: asString(row['library_file_category']),
      createdAt: asEpochSeconds(row['created_at']),
      conversationId: asString(row['origination_thread_id']) ?? asString(row['initiating_conversation_id']),
      messageId: asString(row['origination_message_id']),
      imageGenId: asString(row['image_gen_generation_id']),
      trashedAt: asEpochSeconds(row['trashed_at']),
      deletedAt: asEpochSeconds(row['deleted_at']),
      raw: JSON.stringify(row),
    });
  }
  return files;
}

/** The artifact a library file stands for when no message of its conversation mentions it. */
export function libraryArtifactKind(file: Pick<LibraryFile, 'category' | 'imageGenId'>): ArtifactKind {
  if (file.category === 'generated_image' || file.imageGenId) return 'image_generation';
  if (file.category === 'voice_recording') return 'audio';
  return 'upload';
}
