// The ArchiveApi methods that write files for the person: conversations as Markdown, HTML or JSON,
// and rebuild kits for files the export lost. The writers (Markdown, sanitizing and highlighting
// libraries) load on first use, so that every other command starts without them. A kit asked for
// without a folder goes to the conversation's own folder under Downloads, which the desktop app can
// show, found again by the conversation's id: the window names no path either way.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import { existingKitFolder, kitsFolderIn } from '../rebuild-kits/kit-folder.js';
import type { ServiceDeps } from '../service-deps.js';

export function outputHandlers({
  db,
  blobs,
  downloadsFolder,
  shell,
}: ServiceDeps): Pick<ArchiveApi, 'writeConversations' | 'writeRebuildKit' | 'revealRebuildKit'> {
  return {
    async writeConversations(input) {
      const { writeConversationFiles } = await import('./conversation-writer.js');
      return writeConversationFiles(db, blobs, input);
    },
    async writeRebuildKit({ conversationId, folder }) {
      const { writeRebuildKit } = await import('../rebuild-kits/rebuild-kit.js');
      return writeRebuildKit(
        db,
        blobs,
        conversationId,
        folder !== undefined ? { folder } : { kitsRoot: kitsFolderIn(downloadsFolder()) },
      );
    },
    async revealRebuildKit({ conversationId }) {
      if (!shell) {
        throw new AppError(
          'not-available',
          'A rebuild kit can only be shown in its folder from the desktop app.',
        );
      }
      const kitsRoot = kitsFolderIn(downloadsFolder());
      const path = await existingKitFolder(kitsRoot, conversationId);
      if (!path) {
        throw new AppError(
          'not-found',
          `No rebuild kit of conversation ${conversationId} is in ${kitsRoot}; make one first.`,
        );
      }
      shell.showItemInFolder(path);
      return { path };
    },
  };
}
