// Work that can take minutes (a scan of the disk for originals, writing every conversation out, a
// rebuild kit) started from a window: the call answers at once with a task, and the outcome arrives
// as a `taskFinished` event, so that no view waits on an open request.

import type { WrittenConversations } from './conversation-output.js';
import type { RebuildKitReport } from './rebuild-kit.js';
import type { RelinkSummary } from './link.js';

export type TaskKind = 'relink' | 'write-conversations' | 'rebuild-kit';

export interface TaskRef {
  readonly taskId: number;
  readonly kind: TaskKind;
}

export type TaskOutcome =
  | (TaskRef & { readonly kind: 'relink'; readonly ok: true; readonly value: RelinkSummary })
  | (TaskRef & {
      readonly kind: 'write-conversations';
      readonly ok: true;
      readonly value: WrittenConversations;
    })
  | (TaskRef & { readonly kind: 'rebuild-kit'; readonly ok: true; readonly value: RebuildKitReport })
  | (TaskRef & { readonly ok: false; readonly error: { readonly code: string; readonly message: string } });
