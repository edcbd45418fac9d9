// The reader's part of ArchiveApi, over an opened archive: one conversation, every node, as parts.

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { readConversation } from './conversation-reading.js';

export function readerHandlers(deps: { readonly db: ArchiveDb }): Pick<ArchiveApi, 'readConversation'> {
  return {
    async readConversation({ id, branch }) {
      const reading = readConversation(deps.db, id, branch ?? 1);
      if (!reading) throw new AppError('not-found', `No conversation with id "${id}" in the archive.`);
      return reading;
    },
  };
}
