// Buttons that belong to a timeline card but may not sit inside it (a listbox option holds nothing
// interactive): drawn in a layer over the list, each level with its card's row, and reached with Tab
// after the list: "Make rebuild kit" beside a file lost with its Code Interpreter session, and "Not a
// decision" beside a decision, to take one the extractor got wrong off the timeline.

import type { Virtualizer } from '@tanstack/react-virtual';
import { RebuildKitButton } from '../rebuild-kits/rebuild-kit-button.js';
import type { RebuildKitAction } from '../rebuild-kits/use-rebuild-kit.js';
import { offersRebuildKit } from './timeline-card.js';
import type { TimelineRow } from './timeline-rows.js';
import type { DismissDecisionAction } from './use-dismiss-decision.js';

export function RowActions({
  virtualizer,
  rows,
  kit,
  decisions,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rows: readonly TimelineRow[];
  kit: RebuildKitAction;
  decisions: DismissDecisionAction;
}) {
  return (
    <div className="row-actions" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((virtual) => {
        const row = rows[virtual.index];
        if (row?.type !== 'item') return null;
        const { item } = row;
        const decision = item.payload.kind === 'decision' ? item.payload : null;
        if (!decision && !offersRebuildKit(item)) return null;
        return (
          <div
            key={virtual.key}
            className="row-action"
            style={{ transform: `translateY(${virtual.start}px)`, height: virtual.size }}
          >
            {decision ? (
              <button
                type="button"
                className="button button-small"
                aria-label={`Not a decision: “${item.title}”`}
                disabled={decisions.busy}
                onClick={() => decisions.dismiss(decision.decisionId, item.title)}
              >
                Not a decision
              </button>
            ) : (
              <RebuildKitButton
                action={kit}
                conversationId={item.conversationId}
                title={item.conversationTitle}
                className="button button-small"
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
