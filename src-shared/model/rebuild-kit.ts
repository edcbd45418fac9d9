// A rebuild kit: everything needed to redo a Code Interpreter session that has expired (its files are
// gone from OpenAI's sandbox), written to a folder the command line names or, from the window, to one
// Archivist chooses under Downloads (a window never names a place on disk).

export interface RebuildKitInput {
  readonly conversationId: string;
  /**
   * The folder to write into; created if missing. Existing files of the same names are replaced.
   * Without it: `<Downloads>/Archivist rebuild kits/<title> (<short id>)/`, the conversation's own
   * kit folder, written again on every run and never another conversation's.
   */
  readonly folder?: string;
}

/** A conversation whose rebuild kit (the one Archivist placed under Downloads) is meant. */
export interface RebuildKitRef {
  readonly conversationId: string;
}

export interface RebuildKitInputFile {
  readonly name: string;
  /** copied: from the linked original on disk; recovered: from the bytes an export carried. */
  readonly status: 'copied' | 'recovered' | 'missing';
  readonly from: string | null;
}

export interface RebuildKitReport {
  /** Where the kit was written, absolute. */
  readonly folder: string;
  /** The files written, relative to the folder. */
  readonly files: readonly string[];
  readonly codeCells: number;
  readonly inputs: readonly RebuildKitInputFile[];
  /** Files the session produced (sandbox:/mnt/data/…), which the script should produce again. */
  readonly outputsExpected: readonly string[];
}
