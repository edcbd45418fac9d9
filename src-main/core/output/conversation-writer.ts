// Writes conversations out of the archive into a folder: one document per conversation, named after
// its title, with the images it shows copied beside it from the blob store.

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type {
  WriteConversationsInput,
  WrittenConversations,
} from '../../../src-shared/model/conversation-output.js';
import { listArtifacts } from '../db/artifact-repository.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { allConversationIds, storedConversation } from '../db/conversation-repository.js';
import type { BlobStore } from '../blobs/blob-store.js';
import {
  renderHtml,
  renderHtmlIndex,
  renderMarkdown,
  renderOriginalJson,
  type ConversationDocument,
} from './conversation-document.js';
import { titledFileName } from './safe-file-name.js';

export async function writeConversationFiles(
  db: ArchiveDb,
  blobs: BlobStore,
  input: WriteConversationsInput,
): Promise<WrittenConversations> {
  const ids = input.all ? allConversationIds(db) : input.conversationId ? [input.conversationId] : [];
  if (ids.length === 0)
    throw new AppError('invalid-input', 'Name a conversation to export, or ask for all of them.');
  const folder = resolve(input.folder);
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  const listed: { name: string; title: string | null; time: number | null }[] = [];
  for (const id of ids) {
    const stored = storedConversation(db, id);
    if (!stored) throw new AppError('not-found', `No conversation with id "${id}" in the archive.`);
    const document: ConversationDocument = {
      id,
      ...stored,
      artifacts: listArtifacts(db, { conversationId: id }),
    };
    const name = `${titledFileName(stored.title, id)}.${input.format}`;
    if (input.format === 'json') {
      await writeFile(join(folder, name), renderOriginalJson(document));
    } else {
      const rendered = input.format === 'md' ? renderMarkdown(document) : renderHtml(document);
      await writeFile(join(folder, name), rendered.text);
      for (const image of rendered.images) {
        const target = join(folder, image.path);
        if (existsSync(target) || !existsSync(blobs.pathOf(image.sha256))) continue;
        await mkdir(join(folder, 'images'), { recursive: true });
        await copyFile(blobs.pathOf(image.sha256), target);
        files.push(image.path);
      }
    }
    files.push(name);
    listed.push({ name, title: stored.title, time: stored.updateTime ?? stored.createTime });
  }
  if (input.all && input.format === 'html') {
    await writeFile(join(folder, 'index.html'), renderHtmlIndex(listed));
    files.push('index.html');
  }
  return { folder, files };
}
