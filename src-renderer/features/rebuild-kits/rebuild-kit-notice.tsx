// What became of a rebuild kit the window asked for: under way, written (where, and what it holds,
// with "Show in folder" in the desktop app, where Archivist itself finds the folder again), or not
// made and why. Polite for progress and success; an alert for a failure.

import { CheckCircle2, FolderOpen, Loader2, X } from 'lucide-react';
import { useState } from 'react';
import { archive } from '../../archive/archive-client.js';
import { desktopBridge } from '../../archive/desktop-bridge.js';
import { ErrorNotice } from '../../app/status-notice.js';
import { rebuildKitSummary } from './rebuild-kit-summary.js';
import type { RebuildKitAction } from './use-rebuild-kit.js';

export function RebuildKitNotice({ action }: { action: RebuildKitAction }) {
  const { state, dismiss } = action;
  const [revealFailure, setRevealFailure] = useState<string | null>(null);
  if (state.step === 'failed') {
    return (
      <ErrorNotice title={`The rebuild kit of “${state.title}” was not made`} error={state.reason}>
        <button type="button" className="button kit-dismiss" onClick={dismiss}>
          Dismiss
        </button>
      </ErrorNotice>
    );
  }
  return (
    <div className="kit-status" role="status" aria-live="polite">
      {state.step === 'making' && (
        <div className="notice kit-notice">
          <Loader2 className="spin" aria-hidden size={18} />
          <span>Making the rebuild kit…</span>
        </div>
      )}
      {state.step === 'written' && (
        <div className="notice kit-notice kit-written">
          <CheckCircle2 aria-hidden size={18} />
          <div className="kit-text">
            <p className="kit-summary">{rebuildKitSummary(state.report)}</p>
            <p className="kit-folder" title={state.report.folder}>
              <span className="visually-hidden">In the folder </span>
              {state.report.folder}
            </p>
            {revealFailure && <p className="kit-reveal-failure">{revealFailure}</p>}
          </div>
          <div className="kit-actions">
            {desktopBridge() && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setRevealFailure(null);
                  archive
                    .revealRebuildKit({ conversationId: state.conversationId })
                    .catch((error: unknown) =>
                      setRevealFailure(error instanceof Error ? error.message : String(error)),
                    );
                }}
              >
                <FolderOpen aria-hidden size={14} />
                Show in folder
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
              <X aria-hidden size={16} />
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
