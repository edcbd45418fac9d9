// Buttons that belong to a timeline card but may not sit inside it (a listbox option holds nothing
// interactive): drawn in a layer over the list, each level with its card's row, and reached with Tab
// after the list. Today one: "Make rebuild kit" beside a file lost with its Code Interpreter session.

import type { Virtualizer } from '@tanstack/react-virtual';
import { RebuildKitButton } from '../rebuild-kits/rebuild-kit-button.js';
import type { RebuildKitAction } from '../rebuild-kits/use-rebuild-kit.js';
import { offersRebuildKit } from './timeline-card.js';
import type { TimelineRow } from './timeline-rows.js';

export function RowActions({
  virtualizer,
  rows,
  kit,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rows: readonly TimelineRow[];
  kit: RebuildKitAction;
}) {
  return (
    <div className="row-actions" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((virtual) => {
        const row = rows[virtual.index];
        if (row?.type !== 'item' || !offersRebuildKit(row.item)) return null;
        return (
          <div
            key={virtual.key}
            className="row-action"
            style={{ transform: `translateY(${virtual.start}px)`, height: virtual.size }}
          >
            <RebuildKitButton
              action={kit}
              conversationId={row.item.conversationId}
              title={row.item.conversationTitle}
              className="button button-small"
            />
          </div>
        );
      })}
    </div>
  );
}
