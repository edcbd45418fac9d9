// Taking a decision the extractor got wrong off the timeline, from its card, with an undo: a false
// decision costs the person's trust, and taking it away must cost them nothing if it was a slip.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { archive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';

export interface DismissedDecision {
  readonly id: number;
  readonly title: string;
  /** False once the person took the dismissal back. */
  readonly dismissed: boolean;
}

export interface DismissDecisionAction {
  /** The latest decision dismissed or brought back, while its notice shows. */
  readonly last: DismissedDecision | null;
  readonly error: Error | null;
  readonly busy: boolean;
  dismiss(id: number, title: string): void;
  undo(): void;
  close(): void;
}

export function useDismissDecision(): DismissDecisionAction {
  const client = useQueryClient();
  const [last, setLast] = useState<DismissedDecision | null>(null);
  const change = useMutation({
    mutationFn: async (next: DismissedDecision) => {
      await archive.updateDecision({ id: next.id, dismissed: next.dismissed });
      return next;
    },
    onSuccess: async (next) => {
      setLast(next);
      await client.invalidateQueries({ queryKey: archiveKeys.timeline });
    },
  });
  return {
    last,
    error: change.error,
    busy: change.isPending,
    dismiss: (id, title) => change.mutate({ id, title, dismissed: true }),
    undo: () => {
      if (last) change.mutate({ ...last, dismissed: false });
    },
    close: () => {
      setLast(null);
      change.reset();
    },
  };
}
