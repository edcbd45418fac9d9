// Writes a rebuild kit for a Code Interpreter conversation whose session expired: the code cells of
// the visible thread in order as script.py and as a notebook, the input files (the linked originals
// copied, or the bytes an export carried), and RESTART.md saying what was used, done and produced,
// with a prompt to paste into a new chat. The person's own files are only ever read. The folder is the
// one named (the command line) or the conversation's own under Downloads (the window; kit-folder.ts).

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { RebuildKitInputFile, RebuildKitReport } from '../../../src-shared/model/rebuild-kit.js';
import { firstLine } from '../../../src-shared/model/first-line.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { unpackText } from '../db/message-packing.js';
import { prepared } from '../db/prepared-statements.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { kitFolderFor } from './kit-folder.js';

/** A folder named by the caller, or the folder of kits Archivist chooses a kit's folder in. */
export type KitDestination = { readonly folder: string } | { readonly kitsRoot: string };

interface ThreadRow {
  readonly node_id: string;
  readonly role: string | null;
  readonly text: unknown;
  readonly create_time: number | null;
  readonly kind: string | null;
  readonly language: string | null;
  readonly a_text: string | null;
  readonly file_name: string | null;
  readonly blob_sha256: string | null;
  readonly artifact_id: number | null;
}

interface Cell {
  readonly messageId: string;
  readonly time: string | null;
  readonly code: string;
  readonly output: string | null;
  /** What the person asked for just before, for the notebook's narrative. */
  readonly ask: string | null;
}

const SANDBOX = /\/mnt\/data\//g;

/** Jupyter's own syntax (!pip, %matplotlib) is not Python: kept, commented out, in script.py. */
function asPlainPython(code: string): string {
  return code
    .split('\n')
    .map((line) => (/^\s*[!%]/.test(line) ? `# ${line}  (notebook-only command)` : line))
    .join('\n');
}

function toSource(text: string): string[] {
  const lines = text.split('\n');
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\n` : line));
}

export async function writeRebuildKit(
  db: ArchiveDb,
  blobs: BlobStore,
  conversationId: string,
  destination: KitDestination,
): Promise<RebuildKitReport> {
  const conversation = prepared(db, 'SELECT id, title FROM conversations WHERE id = ?').get(
    conversationId,
  ) as { id: string; title: string | null } | undefined;
  if (!conversation)
    throw new AppError('not-found', `No conversation with id "${conversationId}" in the archive.`);
  const rows = prepared(
    db,
    `SELECT m.node_id, m.role, m.text, m.create_time, a.kind, a.language, a.text AS a_text, a.file_name,
       a.blob_sha256, a.id AS artifact_id
     FROM messages m LEFT JOIN artifacts a ON a.conversation_id = m.conversation_id AND a.node_id = m.node_id
     WHERE m.conversation_id = ? AND m.on_current_branch = 1 ORDER BY m.thread_index, a.ordinal`,
  ).all(conversationId) as ThreadRow[];

  const cells: Cell[] = [];
  const uploads = new Map<string, ThreadRow>();
  const produced = new Set<string>();
  let lastAsk: string | null = null;
  for (const row of rows) {
    const text = row.role === 'user' ? unpackText(row.text) : null;
    if (text) lastAsk = text;
    if (row.kind === 'code' && (row.language === null || /python/i.test(row.language)) && row.a_text) {
      cells.push({
        messageId: row.node_id,
        time: epochSecondsToIso(row.create_time),
        code: row.a_text,
        output: null,
        ask: lastAsk,
      });
      lastAsk = null;
    } else if (row.kind === 'code_output' && cells.length > 0) {
      const last = cells[cells.length - 1] as Cell;
      cells[cells.length - 1] = {
        ...last,
        output: [last.output, row.a_text].filter(Boolean).join('\n') || null,
      };
    } else if (row.kind === 'upload' && row.file_name) {
      uploads.set(row.file_name, row);
    } else if (row.kind === 'generated_file' && row.file_name) {
      produced.add(row.file_name);
    }
  }
  if (cells.length === 0) {
    throw new AppError(
      'invalid-input',
      `Conversation ${conversationId} ran no Python code; there is nothing to rebuild.`,
    );
  }

  const out =
    'folder' in destination
      ? resolve(destination.folder)
      : await kitFolderFor(resolve(destination.kitsRoot), conversation);
  await mkdir(join(out, 'inputs'), { recursive: true });
  const inputs: RebuildKitInputFile[] = [];
  for (const [name, upload] of uploads) {
    const target = join(out, 'inputs', basename(name));
    const linked = prepared(
      db,
      `SELECT path FROM links WHERE artifact_id = ? AND status = 'linked' LIMIT 1`,
    ).get(upload.artifact_id) as { path: string } | undefined;
    if (linked && existsSync(linked.path)) {
      await copyFile(linked.path, target);
      inputs.push({ name, status: 'copied', from: linked.path });
    } else if (upload.blob_sha256 && existsSync(blobs.pathOf(upload.blob_sha256))) {
      await copyFile(blobs.pathOf(upload.blob_sha256), target);
      inputs.push({ name, status: 'recovered', from: 'the export' });
    } else {
      inputs.push({ name, status: 'missing', from: null });
    }
  }

  const title = conversation.title ?? 'Untitled conversation';
  const script = [
    `# ${title}`,
    `# Rebuilt by Archivist from conversation ${conversation.id}: the code cells of the visible thread, in order.`,
    `# Paths under /mnt/data/ (the expired sandbox) now point at inputs/ next to this file.`,
    '',
    ...cells.flatMap((cell, index) => [
      `# %% Cell ${index + 1} (message ${cell.messageId}${cell.time ? `, ${cell.time}` : ''})`,
      asPlainPython(cell.code.replace(SANDBOX, 'inputs/')),
      '',
    ]),
  ].join('\n');

  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      archivist: { conversationId: conversation.id, title },
    },
    cells: [
      {
        cell_type: 'markdown',
        id: 'restart',
        metadata: {},
        source: toSource(
          `# ${title}\n\nRebuilt from a ChatGPT Code Interpreter conversation; see RESTART.md.`,
        ),
      },
      ...cells.flatMap((cell, index) => [
        ...(cell.ask
          ? [
              {
                cell_type: 'markdown',
                id: `ask-${index + 1}`,
                metadata: {},
                source: toSource(`> ${cell.ask.split('\n').join('\n> ')}`),
              },
            ]
          : []),
        {
          cell_type: 'code',
          id: `cell-${index + 1}`,
          metadata: {},
          execution_count: null,
          source: toSource(cell.code.replace(SANDBOX, 'inputs/')),
          outputs: cell.output
            ? [{ output_type: 'stream', name: 'stdout', text: toSource(cell.output) }]
            : [],
        },
      ]),
    ],
  };

  const missing = inputs.filter((input) => input.status === 'missing');
  const restart = [
    `# Restarting "${title}"`,
    '',
    `The Code Interpreter session of this conversation (${conversation.id}) has expired: its files are gone.`,
    'This folder holds what is needed to do the work again.',
    '',
    '## Files used',
    ...(inputs.length === 0
      ? ['No files were uploaded to this conversation.']
      : inputs.map(
          (input) =>
            `- ${input.name}: ${input.status === 'copied' ? `copied from ${input.from}` : input.status === 'recovered' ? 'recovered from the export' : '**missing** — find it and put it in inputs/'}`,
        )),
    '',
    '## What was done',
    ...cells.map((cell, index) => `${index + 1}. ${firstLine(cell.code) ?? '(empty cell)'}`),
    '',
    '## Outputs expected',
    ...(produced.size === 0 && !cells.some((cell) => cell.output)
      ? ['Nothing was recorded.']
      : [
          ...[...produced].map((name) => `- the file ${name}`),
          ...cells.flatMap((cell, index) =>
            cell.output
              ? [`- cell ${index + 1} printed: ${firstLine(cell.output)?.slice(0, 120) ?? ''}`]
              : [],
          ),
        ]),
    '',
    '## Resume in a new chat',
    'Attach script.py and the files in inputs/, then paste:',
    '',
    '> I am picking up an analysis from an earlier Code Interpreter session that has expired. ' +
      `It was about "${title}". The attached script.py is the code we ran, cell by cell; ` +
      `${inputs.length > 0 ? `the attached files (${inputs.map((input) => input.name).join(', ')}) are its inputs, which it expects under inputs/. ` : ''}` +
      'Please run it again, show me the results, and then let us continue where we stopped.',
    ...(missing.length > 0 ? ['', `Still missing: ${missing.map((input) => input.name).join(', ')}.`] : []),
    '',
  ].join('\n');

  await writeFile(join(out, 'script.py'), script);
  await writeFile(join(out, 'notebook.ipynb'), `${JSON.stringify(notebook, null, 1)}\n`);
  await writeFile(join(out, 'RESTART.md'), restart);
  return {
    folder: out,
    files: [
      'script.py',
      'notebook.ipynb',
      'RESTART.md',
      ...inputs
        .filter((input) => input.status !== 'missing')
        .map((input) => join('inputs', basename(input.name))),
    ],
    codeCells: cells.length,
    inputs,
    outputsExpected: [...produced],
  };
}
