// The types of scripts/packaging-blocker.mjs, for its test (the scripts themselves are plain
// JavaScript run by Node).

export interface PackagingFacts {
  /** Whether node_modules/electron holds its binary (its download can fail offline). */
  electronBinary: boolean;
  /** Once electron-builder has run through `npm exec`: its exit status and all it and npm printed. */
  builder?: { status: number | null; output: string };
  /** Where that output is kept; release/dist.log unless said. */
  log?: string;
}

/** The one sentence that says what stops packaging on this machine, or null when nothing does. */
export function packagingBlocker(facts: PackagingFacts): string | null;
