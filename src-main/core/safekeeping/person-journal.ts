// The person's own work that no export carries (decision renames, dismissals and hand-made decisions,
// link verdicts, project names, scan roots, settings), written to a small file in the data folder on
// every change, one JSON line each, so that a rebuilt archive gets it all back.

import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { ArtifactKey } from '../db/artifact-repository.js';
import type { DecisionKey } from '../db/decision-repository.js';

export type JournalEntry =
  | { readonly op: 'setting'; readonly key: string; readonly value: unknown }
  | {
      readonly op: 'decision-edit';
      readonly decision: DecisionKey;
      readonly title?: string;
      readonly dismissed?: boolean;
    }
  | {
      readonly op: 'decision-add';
      readonly conversationId: string;
      readonly title: string;
      readonly chosen: string | null;
      readonly alternatives: readonly string[];
      readonly messageIds: readonly string[];
    }
  | {
      readonly op: 'link';
      readonly upload: ArtifactKey;
      readonly verdict: 'accept' | 'reject' | 'unlink';
      readonly path?: string;
    };

export class PersonJournal {
  constructor(readonly file: string) {}

  exists(): boolean {
    return existsSync(this.file);
  }

  /** Appends and flushes to the disk before returning: an edit the person saw saved is in the file. */
  append(entries: readonly JournalEntry[]): void {
    const at = new Date().toISOString();
    const text = entries.map((entry) => `${JSON.stringify({ at, ...entry })}\n`).join('');
    const fd = openSync(this.file, 'a');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Every entry in the order written; a last line cut short by a crash is left out. */
  read(): JournalEntry[] {
    if (!this.exists()) return [];
    const entries: JournalEntry[] = [];
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        entries.push(JSON.parse(line) as JournalEntry);
      } catch {
        // Only the last line can be cut short; anything else unreadable is skipped alike.
      }
    }
    return entries;
  }
}
