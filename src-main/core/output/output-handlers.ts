// The ArchiveApi methods that write files for the person: conversations as Markdown, HTML or JSON,
// and rebuild kits for files the export lost.

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import { writeRebuildKit } from '../rebuild-kits/rebuild-kit.js';
import type { ServiceDeps } from '../service-deps.js';
import { writeConversationFiles } from './conversation-writer.js';

export function outputHandlers({
  db,
  blobs,
}: ServiceDeps): Pick<ArchiveApi, 'writeConversations' | 'writeRebuildKit'> {
  return {
    async writeConversations(input) {
      return writeConversationFiles(db, blobs, input);
    },
    async writeRebuildKit({ conversationId, folder }) {
      return writeRebuildKit(db, blobs, conversationId, folder);
    },
  };
}
