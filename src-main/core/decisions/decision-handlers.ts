// The decision methods of ArchiveApi: reading what the extractor found, and the person's own edits
// and additions (journalled, so a rebuilt archive keeps them). Reads never run the extractor: the
// refresher keeps decisions current after each import, off the caller's thread.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { DecisionView } from '../../../src-shared/model/decision.js';
import { conversationExists } from '../db/conversation-repository.js';
import {
  decisionKeyOf,
  dismissDecision,
  getDecision,
  listDecisions,
  recordPersonDecision,
  renameDecision,
} from '../db/decision-repository.js';
import type { ServiceDeps } from '../service-deps.js';

type DecisionHandlers = Pick<ArchiveApi, 'listDecisions' | 'updateDecision' | 'addDecision'>;

export function decisionHandlers({ db, note, changed }: ServiceDeps): DecisionHandlers {
  const decision = (id: number) => getDecision(db, id) as DecisionView;
  return {
    async listDecisions(query) {
      return listDecisions(db, query);
    },
    async updateDecision({ id, title, dismissed }) {
      const key = decisionKeyOf(db, id);
      if (!key) throw new AppError('not-found', `No decision ${id} in the archive.`);
      db.transaction(() => {
        if (title !== undefined) renameDecision(db, id, title);
        if (dismissed !== undefined) dismissDecision(db, id, dismissed);
      }).immediate();
      note({
        op: 'decision-edit',
        decision: key,
        ...(title !== undefined ? { title } : {}),
        ...(dismissed !== undefined ? { dismissed } : {}),
      });
      changed('decisions');
      return decision(id);
    },
    async addDecision(input) {
      if (!conversationExists(db, input.conversationId)) {
        throw new AppError('not-found', `No conversation with id "${input.conversationId}" in the archive.`);
      }
      const id = db.transaction(() => recordPersonDecision(db, input)).immediate();
      const made = decision(id);
      note({
        op: 'decision-add',
        conversationId: made.conversationId,
        title: input.title,
        chosen: made.chosen,
        alternatives: made.alternatives,
        messageIds: made.messageIds,
      });
      changed('decisions');
      return made;
    },
  };
}
