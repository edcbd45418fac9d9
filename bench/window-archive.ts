// The archive the window benchmark opens: a copy of the 1 GB archive `npm run bench` leaves behind (so
// that run stays as it was), or one generated and imported at the size asked, plus one conversation of
// 2,000 messages. Built once and reused while its source is unchanged.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  ConversationBuilder,
  conversationIdFor,
} from '../test/support/export-generator/conversation-builder.js';
import { composeConversation } from '../test/support/export-generator/conversation-episodes.js';
import { ExportBinaries } from '../test/support/export-generator/export-binaries.js';
import { eraProfile } from '../test/support/export-generator/export-eras.js';
import { writeLargeConversationsJson } from '../test/support/export-generator/large-conversations-file.js';
import { pythonJsonDumps } from '../test/support/export-generator/python-json.js';
import { hashSeed, SeededRandom } from '../test/support/export-generator/seeded-random.js';

const MB = 1024 * 1024;
const OUT = join(import.meta.dirname, '..', '..', 'bench', 'out');
/** What run-bench.ts leaves: its data folder and the 1 GB conversations.json it imported first. */
const RUN_BENCH_ARCHIVE = join(OUT, 'archive');
const RUN_BENCH_BASE = join(
  OUT,
  `${'c0ffee'.repeat(10)}c0ff-2025-04-25-14-40-42-00000000000000000000000000000001.json`,
);
export const LONG_THREAD = 2_000;

export interface WindowArchive {
  readonly dataFolder: string;
  /** Where its conversations came from, for the report. */
  readonly source: string;
  readonly sqliteMb: number;
  readonly conversations: number;
  readonly messages: number;
  readonly timelineItems: number;
  /** The day of the oldest timeline item, YYYY-MM-DD: the timeline opened there has all of them ahead. */
  readonly firstDay: string;
  readonly longConversationId: string;
  readonly longConversationMessages: number;
}

interface Marker {
  readonly signature: string;
  readonly archive: WindowArchive;
}

function importFile(dataFolder: string, file: string): void {
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=4096', join(import.meta.dirname, 'import-once.js'), dataFolder, file],
    { encoding: 'utf8', maxBuffer: 64 * MB },
  );
  if (result.status !== 0) throw new Error(`import of ${file} failed: ${result.stderr}`);
}

/** One conversation of `LONG_THREAD` visible messages, in the 2025 layout, as an export's JSON array. */
async function writeLongConversation(path: string): Promise<void> {
  const profile = eraProfile('2025');
  const rng = new SeededRandom(hashSeed('window-bench-long', 1));
  const createTimeUs = Date.UTC(2025, 8, 1) * 1000;
  const builder = new ConversationBuilder({
    profile,
    rng,
    id: conversationIdFor(profile, rng, createTimeUs),
    createTimeUs,
    accountId: `user-${new SeededRandom(hashSeed('account', 1)).base62(24)}`,
    binaries: new ExportBinaries(profile, 'window-bench', rng.fork('binaries')),
    sizes: { userChars: 480, assistantChars: 2_400 },
  });
  composeConversation(builder, {
    episodes: [],
    threadLength: LONG_THREAD,
    title: 'Two thousand messages on one project',
  });
  await writeFile(path, `[${pythonJsonDumps(builder.finish(), { ascii: false })}]\n`);
}

function describe(dataFolder: string, source: string): WindowArchive {
  const db = new Database(join(dataFolder, 'archive.sqlite'), { readonly: true });
  try {
    const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    const long = db
      .prepare(
        `SELECT conversation_id AS id, count(*) AS n FROM messages
         GROUP BY conversation_id ORDER BY n DESC LIMIT 1`,
      )
      .get() as { id: string; n: number };
    const first = count('SELECT min(time) AS n FROM timeline_items');
    return {
      dataFolder,
      source,
      sqliteMb: Math.round(statSync(join(dataFolder, 'archive.sqlite')).size / MB),
      conversations: count('SELECT count(*) AS n FROM conversations'),
      messages: count('SELECT count(*) AS n FROM messages'),
      timelineItems: count('SELECT count(*) AS n FROM timeline_items'),
      firstDay: new Date(first * 1000).toISOString().slice(0, 10),
      longConversationId: long.id,
      longConversationMessages: long.n,
    };
  } finally {
    db.close();
  }
}

/**
 * `mb` null: the archive `npm run bench` left (1 GB by default), else a generated 1 GB one. A number:
 * a conversations.json of that many MB, generated with the same generator and seed as run-bench.
 */
export async function prepareWindowArchive(
  mb: number | null,
  log: (line: string) => void,
): Promise<WindowArchive> {
  const reuseRunBench = mb === null && existsSync(join(RUN_BENCH_ARCHIVE, 'archive.sqlite'));
  const size = mb ?? 1024;
  const dataFolder = join(OUT, reuseRunBench ? 'window-archive' : `window-archive-${size}mb`);
  const signature = reuseRunBench
    ? `copy of ${RUN_BENCH_ARCHIVE} (${statSync(join(RUN_BENCH_ARCHIVE, 'archive.sqlite')).mtimeMs})`
    : `generated ${size} MB`;
  const markerPath = `${dataFolder}.json`;
  if (existsSync(markerPath)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as Marker;
    if (marker.signature === signature) return marker.archive;
  }

  rmSync(dataFolder, { recursive: true, force: true });
  let source: string;
  if (reuseRunBench) {
    log(`copying the archive npm run bench left (${RUN_BENCH_ARCHIVE}) …`);
    cpSync(RUN_BENCH_ARCHIVE, dataFolder, { recursive: true });
    source = `the archive npm run bench left in ${RUN_BENCH_ARCHIVE}`;
  } else {
    const sameAsRunBench =
      existsSync(RUN_BENCH_BASE) && Math.abs(statSync(RUN_BENCH_BASE).size - size * MB) < 2 * MB;
    const base = sameAsRunBench ? RUN_BENCH_BASE : join(OUT, `window-${size}mb.json`);
    if (!existsSync(base) || Math.abs(statSync(base).size - size * MB) >= 2 * MB) {
      log(`generating ${size} MB of conversations (seed 1, as npm run bench does) …`);
      await writeLargeConversationsJson(base, { targetBytes: size * MB, seed: 1, era: '2025' });
    }
    log(`importing ${base} …`);
    importFile(dataFolder, base);
    source = `generated ${size} MB conversations.json (seed 1, 2025 layout)`;
  }
  const long = join(OUT, 'window-long-conversation.json');
  log(`importing one conversation of ${LONG_THREAD} messages …`);
  await writeLongConversation(long);
  importFile(dataFolder, long);
  const archive = describe(dataFolder, source);
  writeFileSync(markerPath, JSON.stringify({ signature, archive } satisfies Marker));
  return archive;
}
