// The ArchiveApi methods that write files for the person: conversations as Markdown, HTML or JSON,
// and rebuild kits for files the export lost. The writers (Markdown, sanitizing and highlighting
// libraries) load on first use, so that every other command starts without them.

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { ServiceDeps } from '../service-deps.js';

export function outputHandlers({
  db,
  blobs,
}: ServiceDeps): Pick<ArchiveApi, 'writeConversations' | 'writeRebuildKit'> {
  return {
    async writeConversations(input) {
      const { writeConversationFiles } = await import('./conversation-writer.js');
      return writeConversationFiles(db, blobs, input);
    },
    async writeRebuildKit({ conversationId, folder }) {
      const { writeRebuildKit } = await import('../rebuild-kits/rebuild-kit.js');
      return writeRebuildKit(db, blobs, conversationId, folder);
    },
  };
}
