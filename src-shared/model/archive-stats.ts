// The archive at a glance: what `archivist stats` prints and the UI's status line shows.

import type { ArtifactKind } from './artifact.js';

export interface ArchiveStats {
  readonly accounts: number;
  readonly exports: number;
  readonly conversations: number;
  readonly removedUpstream: number;
  readonly messages: number;
  readonly artifacts: Partial<Record<ArtifactKind, number>>;
  readonly blobs: number;
  readonly decisions: number;
  /** The exports kept in the data folder to rebuild the archive from, and the disk they take. */
  readonly keptExports: { readonly count: number; readonly bytes: number };
}
