// One conversations file into the archive: split as its bytes stream in, parsed ahead on the parser's
// thread, written in batches that commit together with the progress that describes them.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { isKnownContent, recordIfUnchanged } from '../db/conversation-write-repository.js';
import { mergeConversation } from './conversation-merge.js';
import { type ExportProgress } from '../db/export-repository.js';
import type { ExportEntry, ExportSource } from '../chatgpt-export/export-source.js';
import { sha256OfText } from '../chatgpt-export/file-hash.js';
import {
  JsonArrayError,
  JsonArraySplitter,
  type ArrayElement,
} from '../chatgpt-export/json-array-splitter.js';
import { createConversationParser } from './parse-thread.js';
import { parseConversation, type ParseOutcome } from './conversation-parse.js';
import { ProgressBatch } from './progress-batch.js';
import type { ImportOptions } from './import-options.js';
import type { ProgressReporter } from './import-progress.js';
import { throwIfCancelled } from './import-progress.js';

const DEFAULT_BATCH = 100;
const BATCH_BYTES = 16 * 1024 * 1024;
// How far parsing may run ahead of writing: enough to keep both threads busy, little enough to keep
// memory flat.
const MAX_AHEAD = 8;
const MAX_AHEAD_BYTES = 4 * 1024 * 1024;

interface FileOutcome {
  readonly malformed: number;
  readonly truncated: AppError | null;
}

export async function importConversationFile(
  db: ArchiveDb,
  source: ExportSource,
  entry: ExportEntry,
  context: Parameters<typeof mergeConversation>[3],
  progress: ExportProgress,
  reporter: ProgressReporter,
  options: ImportOptions,
): Promise<FileOutcome> {
  reporter.phase('conversations');
  const label = `${source.kind === 'json-file' ? source.path : `${source.path}: ${entry.name}`}`;
  const alreadyDone = progress.files[entry.name] ?? 0;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const batch = new ProgressBatch(db, context.exportId, progress);
  let done = alreadyDone;
  let malformed = 0;
  let inBatch = 0;
  let batchBytes = 0;

  const commit = () => {
    progress.files[entry.name] = done;
    batch.commit();
    inBatch = 0;
    batchBytes = 0;
  };
  // Counted when the archive records the conversation as held by this export for the first time.
  const countRead = () => {
    progress.read[entry.name] = (progress.read[entry.name] ?? 0) + 1;
  };

  // Conversations are parsed ahead on the parser's thread while this one writes them, in order.
  const ahead: Pending[] = [];
  const readAhead = new Set<string>();
  let aheadBytes = 0;
  const write = (pending: Pending, parsed: ParseOutcome | null) => {
    const { element, hash } = pending;
    batch.begin();
    inBatch += 1;
    batchBytes += element.bytes.length;
    const counts = progress.counts;
    // Only bytes already stored when they were read can be unchanged; parsed ones go to the merge.
    const unchanged = parsed === null ? recordIfUnchanged(db, hash, context) : null;
    if (unchanged) {
      counts.unchanged += 1;
      if (unchanged.firstInExport) countRead();
    } else {
      // A twin of bytes whose first copy was skipped as malformed is parsed here, to be reported too.
      const outcome = parsed ?? parseConversation(element.bytes);
      if (outcome.ok) {
        const { conversation } = outcome;
        const merged = mergeConversation(db, conversation, hash, context);
        counts[merged.outcome] += 1;
        if (merged.firstInExport) countRead();
        counts.messages += conversation.messageCount;
        counts.artifacts += conversation.artifacts.length;
      } else {
        malformed += 1;
        const which = outcome.conversationId
          ? `conversation ${outcome.conversationId}`
          : `conversation #${element.index + 1} (byte ${element.offset})`;
        progress.warnings.push({
          code: 'conversation-malformed',
          message: `${label}: ${which} was skipped: ${outcome.reason === 'malformed-json' ? `malformed JSON (${outcome.message})` : outcome.message}.`,
        });
      }
    }
    done = element.index + 1;
    reporter.advance(0, 1);
    if (inBatch >= batchSize || batchBytes >= BATCH_BYTES) commit();
  };
  const writeHead = async () => {
    const head = ahead.shift() as Pending;
    aheadBytes -= head.element.bytes.length;
    write(head, head.parsed ? await head.parsed : null);
  };

  const parser = createConversationParser();
  const splitter = new JsonArraySplitter();
  const stream = await source.openEntry(entry.name);
  try {
    for await (const chunk of stream) {
      throwIfCancelled(options.signal, label);
      const elements = splitter.push(chunk as Buffer);
      reporter.advance((chunk as Buffer).length, 0);
      for (const element of elements) {
        if (element.index < alreadyDone) continue;
        const hash = sha256OfText(element.bytes);
        // Bytes already stored, or met earlier in this file, need no parsing: they are recorded as
        // seen when their turn comes.
        const known = isKnownContent(db, hash) || readAhead.has(hash);
        readAhead.add(hash);
        ahead.push({ element, hash, parsed: known ? null : parser.parse(element.bytes) });
        aheadBytes += element.bytes.length;
        while (ahead.length > MAX_AHEAD || aheadBytes > MAX_AHEAD_BYTES) await writeHead();
      }
    }
    splitter.end();
    while (ahead.length > 0) await writeHead();
    if (inBatch > 0) commit();
    return { malformed, truncated: null };
  } catch (error) {
    // What was written whole is kept when the file is cut or the person cancels; after any other
    // failure (a full disk, a failed write or merge) the open batch is rolled back with its progress.
    const keepsBatch =
      error instanceof JsonArrayError || (error instanceof AppError && error.code === 'import-cancelled');
    if (!keepsBatch) {
      batch.rollback();
      throw error;
    }
    try {
      if (error instanceof JsonArrayError) while (ahead.length > 0) await writeHead();
      if (inBatch > 0) commit();
    } catch (failure) {
      batch.rollback();
      throw failure;
    }
    if (error instanceof JsonArrayError) {
      if (error.kind === 'truncated') {
        return {
          malformed,
          truncated: new AppError(
            'export-truncated',
            `${label}: ${error.message}; the ${done} complete conversations before the cut were imported, the rest is missing.`,
          ),
        };
      }
      throw new AppError('export-malformed', `${label}: ${error.message}.`);
    }
    throw error;
  } finally {
    stream.destroy();
    await parser.close();
  }
}

interface Pending {
  readonly element: ArrayElement;
  readonly hash: string;
  /** Null when the bytes are already in the archive (or earlier in this file). */
  readonly parsed: Promise<ParseOutcome> | null;
}
