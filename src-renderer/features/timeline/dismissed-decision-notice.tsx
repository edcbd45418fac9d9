// What became of a decision the person took off the timeline: gone, with Undo while the notice shows;
// back, once undone; or not changed and why.

import { CheckCircle2, Undo2, X } from 'lucide-react';
import { ErrorNotice } from '../../app/status-notice.js';
import type { DismissDecisionAction } from './use-dismiss-decision.js';

export function DismissedDecisionNotice({ action }: { action: DismissDecisionAction }) {
  const { last, error, busy, undo, close } = action;
  if (error) {
    return (
      <ErrorNotice title="The decision was not changed" error={error}>
        <button type="button" className="button done-dismiss" onClick={close}>
          Dismiss
        </button>
      </ErrorNotice>
    );
  }
  return (
    <div role="status" aria-live="polite">
      {last && (
        <div className="notice done-notice">
          <CheckCircle2 aria-hidden size={18} />
          <p className="done-text">
            {last.dismissed
              ? `“${last.title}” is no longer on your timeline.`
              : `“${last.title}” is back on your timeline.`}
          </p>
          <div className="done-actions">
            {last.dismissed && (
              <button type="button" className="button" onClick={undo} disabled={busy}>
                <Undo2 aria-hidden size={14} />
                Undo
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Close" onClick={close}>
              <X aria-hidden size={16} />
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
