// A whole archive's decisions are read on several threads at once: what they write must be exactly
// what one thread writes, and a refresher stopped mid-pass must leave an archive whose next pass
// finishes the job. Runs the built refresher (dist/), whose worker threads exist only once compiled.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openArchiveDb, type ArchiveDb } from '../../src-main/core/db/archive-db.js';
import { refreshDecisions } from '../../src-main/core/decisions/decision-refresh.js';
import { refreshThreadsFor } from '../../src-main/core/decisions/decision-refresher.js';
import type * as Refresher from '../../src-main/core/decisions/decision-refresher.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const CONVERSATIONS = 1_200;
const BUILT_REFRESHER = join(
  import.meta.dirname,
  '..',
  '..',
  'dist',
  'src-main',
  'core',
  'decisions',
  'decision-refresher.js',
);

interface EvalCase {
  readonly turns: readonly { role: 'user' | 'assistant'; text: string }[];
}

// Conversations that hold decisions (and ones that look like them but do not), cycled to 1,200.
function conversations() {
  const folder = join(import.meta.dirname, '..', 'fixtures', 'decision-eval');
  const cases = readdirSync(folder)
    .filter((name) => name === 'cases.json' || name.startsWith('dev-'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as EvalCase[]);
  return Array.from({ length: CONVERSATIONS }, (_, i) => {
    const id = `conversation-${String(i).padStart(4, '0')}`;
    const turns = cases[i % cases.length]!.turns.map((turn, k) => ({
      ...turn,
      createTime: 1_700_000_000 + i * 3_600 + k * 60,
    }));
    return makeConversation(id, turns, { title: `Conversation ${i}` });
  });
}

function decisionRows(db: ArchiveDb): unknown[] {
  return db
    .prepare(
      `SELECT conversation_id, title, chosen, alternatives, rationale, decided_at, confidence, message_ids,
         extractor_version, origin, choice_message_id FROM decisions
       ORDER BY conversation_id, choice_message_id, title`,
    )
    .all();
}

const runsIn = (db: ArchiveDb) => db.prepare('SELECT count(*) FROM decision_runs').pluck().get() as number;

describe('reading decisions on several threads', () => {
  it('takes one thread after a small import and one per core, up to four, for a whole archive', () => {
    expect(refreshThreadsFor(0)).toBe(1);
    expect(refreshThreadsFor(12)).toBe(1);
    expect(refreshThreadsFor(500)).toBe(1);
    expect(refreshThreadsFor(9_574)).toBe(Math.min(availableParallelism(), 4));
  });

  it('writes what one thread writes, and a stop mid-pass leaves the rest for the next pass', async () => {
    // The refresher falls back to its own thread where no compiled worker sits beside it.
    const worker = join(BUILT_REFRESHER, '..', 'decision-refresh.worker.js');
    expect(existsSync(worker), 'run `npm run build` first').toBe(true);
    const { createDecisionRefresher } = (await import(
      pathToFileURL(BUILT_REFRESHER).href
    )) as typeof Refresher;
    const dir = temp();
    const data = join(dir, 'data');
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify(conversations()) },
      { name: 'user.json', data: USER_JSON },
    ]);
    // The import reads every decision before the command ends, on the built refresher's threads.
    expect(runCli(data, ['import', zip]).status).toBe(0);
    const file = join(data, 'archive.sqlite');
    const db = openArchiveDb(file);
    try {
      expect(runsIn(db)).toBe(CONVERSATIONS);
      const onThreads = decisionRows(db);
      expect(onThreads.length).toBeGreaterThan(300);

      // One thread, in this process, over a copy of the same archive read again from scratch.
      const copy = join(dir, 'one-thread.sqlite');
      db.prepare('VACUUM INTO ?').run(copy);
      const single = openArchiveDb(copy);
      try {
        single.exec('DELETE FROM decision_runs');
        expect(refreshDecisions(single)).toBe(CONVERSATIONS);
        expect(decisionRows(single)).toEqual(onThreads);
      } finally {
        single.close();
      }

      // A newer extractor reads everything again; the person quits soon after it starts.
      db.exec('DELETE FROM decision_runs');
      const first = createDecisionRefresher({ archiveFile: file, db, onRefreshed: () => {} });
      const firstPass = first.refresh();
      while (runsIn(db) === 0) await new Promise((resolve) => setTimeout(resolve, 2));
      await first.stop();
      const readBeforeStop = await firstPass;
      expect(readBeforeStop).toBeGreaterThan(0);
      expect(readBeforeStop).toBeLessThan(CONVERSATIONS);
      // What was read is recorded as read, and no conversation's decisions are doubled or half gone.
      expect(runsIn(db)).toBe(readBeforeStop);
      expect(decisionRows(db)).toEqual(onThreads);

      const next = createDecisionRefresher({ archiveFile: file, db, onRefreshed: () => {} });
      expect(await next.refresh()).toBe(CONVERSATIONS - readBeforeStop);
      await next.stop();
      expect(runsIn(db)).toBe(CONVERSATIONS);
      expect(decisionRows(db)).toEqual(onThreads);
    } finally {
      db.close();
    }
  });
});
