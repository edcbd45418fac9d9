// Making a conversation's rebuild kit from the window: one call that names no folder (Archivist puts
// the kit under Downloads), then the task's outcome by its id; what a view shows follows this state.

import { useCallback, useRef, useState } from 'react';
import type { RebuildKitReport } from '../../../src-shared/model/rebuild-kit.js';
import { archive } from '../../archive/archive-client.js';
import { taskOutcome } from '../../archive/task-outcomes.js';

interface KitSubject {
  readonly conversationId: string;
  readonly title: string;
}

export type RebuildKitState =
  | { readonly step: 'idle' }
  | (KitSubject & { readonly step: 'making' })
  | (KitSubject & { readonly step: 'written'; readonly report: RebuildKitReport })
  | (KitSubject & { readonly step: 'failed'; readonly reason: string });

export interface RebuildKitAction {
  readonly state: RebuildKitState;
  make(conversationId: string, title: string | null): void;
  dismiss(): void;
}

export function useRebuildKit(): RebuildKitAction {
  const [state, setState] = useState<RebuildKitState>({ step: 'idle' });
  // Only the latest request speaks: an earlier one finishing late says nothing.
  const latest = useRef(0);
  const make = useCallback((conversationId: string, title: string | null) => {
    const attempt = ++latest.current;
    const subject = { conversationId, title: title ?? 'Untitled conversation' };
    const settle = (next: RebuildKitState) => {
      if (attempt === latest.current) setState(next);
    };
    setState({ ...subject, step: 'making' });
    void (async () => {
      try {
        const task = await archive.startRebuildKit({ conversationId });
        const outcome = await taskOutcome(task.taskId);
        if (!outcome.ok) settle({ ...subject, step: 'failed', reason: outcome.error.message });
        else if (outcome.kind === 'rebuild-kit')
          settle({ ...subject, step: 'written', report: outcome.value });
        else settle({ ...subject, step: 'failed', reason: 'Archivist answered with something else.' });
      } catch (error) {
        settle({
          ...subject,
          step: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    })();
  }, []);
  const dismiss = useCallback(() => {
    latest.current += 1;
    setState({ step: 'idle' });
  }, []);
  return { state, make, dismiss };
}
