// How an upload's link to its original on disk reads wherever an upload is shown (timeline cards,
// the reader): one set of words, so that a person learns them once.

import type { LinkStatus } from '../../../src-shared/model/link.js';

const LINK_WORDS: { readonly [S in LinkStatus | 'none']: string } = {
  linked: 'Original on disk',
  candidate: 'Possible original found',
  rejected: 'Not linked',
  // Linked once, gone since: worth a colour.
  missing: 'Original not found',
  unlinked: 'Not linked',
  // Never looked for yet, or nothing found: not alarming, the relink scan has not spoken.
  none: 'No original linked',
};

export function LinkStatusBadge({ status, path }: { status: LinkStatus | null; path?: string | undefined }) {
  const shown = status ?? 'none';
  return (
    <span className={`badge link-${shown}`} title={path}>
      {LINK_WORDS[shown]}
    </span>
  );
}
