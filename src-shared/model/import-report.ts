// The outcome of importing one export, exactly as `archivist import --json` prints it and as the
// UI announces it ("12 new conversations, 3 updated, 1 no longer in your account").

export type ImportStatus = 'imported' | 'already-imported' | 'verified' | 'failed';

export interface ImportWarning {
  readonly code: string;
  readonly message: string;
}

export interface ConversationCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removedUpstream: number;
}

export interface ImportReport {
  readonly file: string;
  readonly status: ImportStatus;
  readonly exportId: string | null;
  readonly account: string | null;
  readonly conversations: ConversationCounts;
  readonly messages: number;
  readonly artifacts: number;
  readonly blobs: number;
  readonly warnings: readonly ImportWarning[];
  /** On a verify: what the archive was missing and now holds again. */
  readonly repaired?: { readonly conversations: number; readonly binaries: number };
  readonly error?: { readonly code: string; readonly message: string };
}

export interface ImportProgress {
  readonly file: string;
  readonly phase: 'hashing' | 'binaries' | 'conversations' | 'finishing';
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly conversationsDone: number;
}
