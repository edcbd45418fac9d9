// Types for scripts/electron-sqlite-plan.mjs, which the unit tests import.

export const ELECTRON_SQLITE_BUILD_COMMAND: string;

export interface InstalledElectron {
  readonly version: string;
  readonly binary: string | null;
  readonly abi: string | null;
}

export type ElectronSqlitePlan =
  | { readonly kind: 'skip'; readonly sentence: string }
  | { readonly kind: 'ready'; readonly target: string }
  | { readonly kind: 'build'; readonly target: string };

export function electronSqliteFile(projectRoot: string, abi: string): string;
export function notBuiltSentence(reason: string): string;
export function planElectronSqlite(facts: {
  readonly projectRoot: string;
  readonly electron: InstalledElectron | null;
  readonly builtLoads: boolean;
}): ElectronSqlitePlan;
export function buildFailureReason(version: string, gypStderr: string): string;
