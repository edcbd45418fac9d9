// The start* methods of ArchiveApi: long work started from a window answers at once with a task id,
// runs after the answer, and ends in one `taskFinished` event carrying its answer or its error, so
// that no request stays open for minutes. The work itself is the same method the CLI awaits.

import { toTransferableError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveApi, PublishArchiveEvent } from '../../../src-shared/contract/archive-contract.js';
import type { TaskKind, TaskOutcome, TaskRef } from '../../../src-shared/model/task.js';

type TaskHandlers = Pick<ArchiveApi, 'startRelink' | 'startWriteConversations' | 'startRebuildKit'>;
type TaskWork = Pick<ArchiveApi, 'relink' | 'writeConversations' | 'writeRebuildKit'>;

export function taskHandlers(work: TaskWork, publish: PublishArchiveEvent): TaskHandlers {
  let lastId = 0;
  const start = <V>(kind: TaskKind, run: () => Promise<V>): TaskRef => {
    const ref = { taskId: ++lastId, kind };
    // After the answer has gone out, so the caller knows the id before the outcome can arrive.
    setImmediate(() => {
      run().then(
        (value) => publish('taskFinished', { ...ref, ok: true, value } as TaskOutcome),
        (error: unknown) => publish('taskFinished', { ...ref, ok: false, error: toTransferableError(error) }),
      );
    });
    return ref;
  };
  return {
    async startRelink(input) {
      return start('relink', () => work.relink(input));
    },
    async startWriteConversations(input) {
      return start('write-conversations', () => work.writeConversations(input));
    },
    async startRebuildKit(input) {
      return start('rebuild-kit', () => work.writeRebuildKit(input));
    },
  };
}
