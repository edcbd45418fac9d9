// Every long list of the window (timeline days, search hits, a conversation's messages) is drawn the
// same way: only the rows in view, each measured once it renders so rows of any height line up.

import type { Virtualizer } from '@tanstack/react-virtual';
import type { HTMLAttributes, ReactNode } from 'react';

export function VirtualRows<T>({
  virtualizer,
  items,
  children,
  className,
  ...attributes
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  items: readonly T[];
  children: (item: T, index: number) => ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'style'>) {
  return (
    <div
      {...attributes}
      className={className ? `virtual-space ${className}` : 'virtual-space'}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="virtual-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {children(item, row.index)}
          </div>
        );
      })}
    </div>
  );
}
