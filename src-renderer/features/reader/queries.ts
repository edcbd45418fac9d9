// The reader's one question: a conversation as parts on a branch.

import { queryOptions } from '@tanstack/react-query';
import type { ConversationReading } from '../../../src-shared/model/reading.js';
import { archive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';

export function conversationQuery(id: string, branch: number | null) {
  return queryOptions({
    queryKey: [...archiveKeys.conversation, id, branch ?? 1],
    queryFn: (): Promise<ConversationReading> =>
      archive.readConversation({ id, ...(branch !== null ? { branch } : {}) }),
  });
}
