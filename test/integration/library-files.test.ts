// 2026 exports list the person's ChatGPT Library in library_files.json. A library file completes the
// upload a message mentions (size, type, bytes) or, when no message mentions it, becomes an artifact
// of its own; importing a newer export with the same library adds nothing twice.

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArtifactView } from '../../src-shared/model/artifact.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const HEX64 = 'cd'.repeat(32);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1000, 0x20)]);

function conversationWithAttachment() {
  const conversation = makeConversation('lib', [
    { role: 'user', text: 'Summarise the attached notes' },
    { role: 'assistant', text: 'Here is the summary' },
  ]);
  const first = (conversation.mapping as Record<string, { message: { metadata: Record<string, unknown> } }>)[
    'lib-0'
  ];
  first!.message.metadata['attachments'] = [{ id: 'file_00aa11', name: 'notes.pdf' }];
  return conversation;
}

const library = [
  {
    file_id: 'file_00aa11',
    id: { id: 'libfile_00aa11', partition_key: 'user-test0001' },
    file_name: 'notes.pdf',
    mime_type: 'application/pdf',
    library_file_category: 'uploaded_file',
    file_size_bytes: PDF.length,
    created_at: '2026-02-01T10:00:00Z',
    origination_thread_id: 'lib',
    origination_message_id: 'lib-0',
  },
  {
    file_id: 'file_00bb22',
    file_name: 'budget.xlsx',
    mime_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    library_file_category: 'uploaded_file',
    file_size_bytes: 5120,
    origination_thread_id: 'lib',
    origination_message_id: 'lib-0',
  },
  { file_id: 'file_00cc33', file_name: 'elsewhere.png', origination_thread_id: 'not-in-this-export' },
];

async function export2026(dir: string, date: string): Promise<string> {
  const file = join(dir, `${HEX64}-${date}-10-00-00-0123456789abcdef0123456789abcdef.zip`);
  await writeZip(file, [
    { name: 'conversations-000.json', data: JSON.stringify([conversationWithAttachment()]) },
    { name: 'user.json', data: USER_JSON },
    { name: 'library_files.json', data: JSON.stringify(library) },
    {
      name: 'conversation_asset_file_names.json',
      data: JSON.stringify({ 'a1.dat': 'file_00aa11-notes.pdf' }),
    },
    { name: 'a1.dat', data: PDF },
  ]);
  return file;
}

describe('library files', () => {
  it('complete the uploads messages mention and add the ones they do not, once', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const first = runCli(data, ['import', await export2026(dir, '2026-02-10'), '--json']).json<
      ImportReport[]
    >()[0];
    expect(first?.status).toBe('imported');
    expect(first?.artifacts).toBe(2);
    runCli(data, ['import', await export2026(dir, '2026-03-10')]);

    const uploads = runCli(data, ['artifacts', '--kind', 'upload', '--json']).json<ArtifactView[]>();
    expect(
      uploads.map(({ fileName, sizeBytes, mimeType, messageId, blob }) => ({
        fileName,
        sizeBytes,
        mimeType,
        messageId,
        carried: blob !== null,
      })),
    ).toEqual([
      {
        fileName: 'notes.pdf',
        sizeBytes: PDF.length,
        mimeType: 'application/pdf',
        messageId: 'lib-0',
        carried: true,
      },
      {
        fileName: 'budget.xlsx',
        sizeBytes: 5120,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        messageId: 'lib-0',
        carried: false,
      },
    ]);
    const db = new Database(join(data, 'archive.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT file_id FROM library_files ORDER BY file_id').pluck().all()).toEqual([
        'file_00aa11',
        'file_00bb22',
        'file_00cc33',
      ]);
    } finally {
      db.close();
    }
  });
});
