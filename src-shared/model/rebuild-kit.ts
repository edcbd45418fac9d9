// A rebuild kit: everything needed to redo a Code Interpreter session that has expired (its files are
// gone from OpenAI's sandbox), written to a folder of the person's choosing.

export interface RebuildKitInput {
  readonly conversationId: string;
  /** The folder to write into; created if missing. Existing files of the same names are replaced. */
  readonly folder: string;
}

export interface RebuildKitInputFile {
  readonly name: string;
  /** copied: from the linked original on disk; recovered: from the bytes an export carried. */
  readonly status: 'copied' | 'recovered' | 'missing';
  readonly from: string | null;
}

export interface RebuildKitReport {
  readonly folder: string;
  /** The files written, relative to the folder. */
  readonly files: readonly string[];
  readonly codeCells: number;
  readonly inputs: readonly RebuildKitInputFile[];
  /** Files the session produced (sandbox:/mnt/data/…), which the script should produce again. */
  readonly outputsExpected: readonly string[];
}
