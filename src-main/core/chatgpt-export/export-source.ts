// One way to read an export whatever shape it arrived in: a ZIP, a folder the user unzipped it into,
// or a bare conversations.json. The importer only ever sees entries and streams.

import type { Readable } from 'node:stream';

export interface ExportEntry {
  /** Path inside the export, '/' separated, never absolute and never climbing out. */
  readonly name: string;
  readonly size: number;
  readonly compressedSize: number;
  /** Epoch seconds of the entry's modification time, when known. */
  readonly modifiedAt: number | null;
}

export interface ExportSource {
  readonly kind: 'zip' | 'folder' | 'json-file';
  readonly path: string;
  readonly entries: readonly ExportEntry[];
  /** A cheap identity read from metadata only (for a ZIP: every entry's name, size and CRC-32). */
  readonly fingerprint: string;
  /** The sha256 of the file itself (for a folder: of its listing). Reads the whole file. */
  sha256(): Promise<string>;
  openEntry(name: string): Promise<Readable>;
  close(): Promise<void>;
}
