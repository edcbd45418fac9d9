// An upload's link to its original on the person's disk, as the relink view and `archivist links`
// show it. Only "linked" was decided without doubt (or by the person); "candidate" waits for them.

export const LINK_STATUSES = ['linked', 'candidate', 'rejected', 'missing', 'unlinked'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export function isLinkStatus(value: string): value is LinkStatus {
  return (LINK_STATUSES as readonly string[]).includes(value);
}

/**
 * exact: same name and size, the only such file; same-name-and-size: one of several such files;
 * duplicate-name: a browser's copy name ("name (1).pdf") with the same size; same-name-other-size:
 * the name alone (a weak candidate, never linked without the person); moved: found again by name and
 * size after the linked file moved; person: the person's own choice. "+sha256" where the export's own
 * copy of the bytes confirmed it.
 */
export type LinkRule =
  | 'exact'
  | 'same-name-and-size'
  | 'duplicate-name'
  | 'same-name-other-size'
  | 'moved'
  | 'person'
  | 'exact+sha256'
  | 'same-name-and-size+sha256'
  | 'duplicate-name+sha256';

export interface LinkView {
  readonly artifactId: number;
  readonly conversationId: string;
  readonly fileName: string | null;
  readonly sizeBytes: number | null;
  readonly status: LinkStatus;
  /** Null for an upload nothing on disk was found for. */
  readonly path: string | null;
  readonly rule: LinkRule | null;
  readonly confidence: number | null;
}

export interface LinkQuery {
  readonly status?: LinkStatus;
  readonly artifactId?: number;
}

export interface RelinkSummary {
  readonly scannedFiles: number;
  readonly uploads: number;
  readonly linked: number;
  readonly candidates: number;
  readonly unlinked: number;
  readonly missing: number;
  readonly problems: readonly string[];
}

export interface RelinkProgress {
  readonly phase: 'scanning' | 'matching' | 'checking';
  readonly foldersSeen: number;
  readonly filesListed: number;
}
