// The reader's one question: a conversation as parts on a branch. Falls back to the older
// getConversation while the archive answers readConversation with not-available.

import { queryOptions } from '@tanstack/react-query';
import { isAppError } from '../../../src-shared/contract/app-error.js';
import type { ConversationReading } from '../../../src-shared/model/reading.js';
import { archive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';
import { readingFromDetail } from './reading-from-detail.js';

export function conversationQuery(id: string, branch: number | null) {
  return queryOptions({
    queryKey: [...archiveKeys.conversation, id, branch ?? 1],
    queryFn: async (): Promise<ConversationReading> => {
      const ref = { id, ...(branch !== null ? { branch } : {}) };
      try {
        return await archive.readConversation(ref);
      } catch (error) {
        if (isAppError(error) && (error.code === 'not-available' || error.code === 'unknown-method')) {
          return readingFromDetail(await archive.getConversation(ref));
        }
        throw error;
      }
    },
  });
}
