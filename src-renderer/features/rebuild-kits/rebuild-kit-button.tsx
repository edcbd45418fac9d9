// The one button that makes a conversation's rebuild kit, the same in the reader's toolbar and beside
// a lost file on the timeline: its name says which conversation when read out of context.

import { PackageOpen } from 'lucide-react';
import type { RebuildKitAction } from './use-rebuild-kit.js';

export function RebuildKitButton({
  action,
  conversationId,
  title,
  className = 'button',
}: {
  action: RebuildKitAction;
  conversationId: string;
  title: string | null;
  className?: string;
}) {
  const making = action.state.step === 'making';
  return (
    <button
      type="button"
      className={className}
      aria-label={`Make rebuild kit of “${title ?? 'Untitled conversation'}”`}
      aria-disabled={making || undefined}
      onClick={() => {
        if (!making) action.make(conversationId, title);
      }}
    >
      <PackageOpen aria-hidden size={14} />
      Make rebuild kit
    </button>
  );
}
