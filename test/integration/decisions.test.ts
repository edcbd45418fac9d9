// Decisions in the archive: found in imported conversations, listed with what was chosen over what,
// shown on the timeline; the person's renames, dismissals and hand-made decisions survive when the
// extractor reads everything again.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src-main/core/open-archive.js';
import type { DecisionView } from '../../src-shared/model/decision.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

interface EvalCase {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly chosen?: string;
  readonly turns: readonly { role: 'user' | 'assistant'; text: string }[];
}

const cases = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'decision-eval', 'cases.json'), 'utf8'),
  ) as EvalCase[]
).filter((evalCase) =>
  ['invoicing-db-postgres', 'pro-tier-price-9', 'tcp-vs-udp-difference', 'test-runner-vitest'].includes(
    evalCase.id,
  ),
);

async function exportOf(dir: string): Promise<string> {
  const conversations = cases.map((evalCase, i) =>
    makeConversation(
      evalCase.id,
      evalCase.turns.map((turn, k) => ({ ...turn, createTime: 1_700_000_000 + i * 86_400 + k * 60 })),
      { title: evalCase.title },
    ),
  );
  const file = join(dir, 'export.zip');
  await writeZip(file, [
    { name: 'conversations.json', data: JSON.stringify(conversations) },
    { name: 'user.json', data: USER_JSON },
  ]);
  return file;
}

describe('decisions', () => {
  it('are found on import, shown on the timeline, and keep the person’s edits through re-extraction', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    runCli(data, ['import', await exportOf(dir)]);
    expect(runCli(data, ['stats', '--json']).json<{ decisions: number }>().decisions).toBe(3);
    const found = runCli(data, ['decisions', '--json']).json<DecisionView[]>();
    expect(found.map((decision) => [decision.conversationId, decision.chosen])).toEqual([
      ['invoicing-db-postgres', 'Postgres'],
      ['pro-tier-price-9', '$9'],
      ['test-runner-vitest', 'Vitest'],
    ]);
    expect(found[0]).toMatchObject({
      title: 'Chose Postgres over MongoDB',
      alternatives: ['MongoDB'],
      origin: 'extractor',
    });
    expect(found[0]!.messageIds).toEqual(['invoicing-db-postgres-1', 'invoicing-db-postgres-2']);

    const archive = openArchive({ dataFolder: data });
    try {
      const [postgres, price, vitest] = found as [DecisionView, DecisionView, DecisionView];
      await archive.updateDecision({ id: postgres.id, title: 'Postgres for invoicing' });
      await archive.updateDecision({ id: price.id, dismissed: true });
      await archive.addDecision({
        conversationId: 'tcp-vs-udp-difference',
        title: 'Use UDP for the game server',
        chosen: 'UDP',
        alternatives: ['TCP'],
      });
      // An improved extractor reads every conversation again.
      const db = new Database(join(data, 'archive.sqlite'));
      db.exec('DELETE FROM decision_runs');
      db.close();
      const after = await archive.listDecisions({});
      expect(after.map((decision) => [decision.title, decision.origin])).toEqual([
        ['Postgres for invoicing', 'extractor'],
        [vitest.title, 'extractor'],
        ['Use UDP for the game server', 'person'],
      ]);
      const timeline = await archive.timeline({ kinds: ['decision'] });
      expect(timeline.items.map((item) => item.title)).toEqual([
        'Postgres for invoicing',
        vitest.title,
        'Use UDP for the game server',
      ]);
      expect(timeline.items[0]!.payload).toEqual({
        kind: 'decision',
        decisionId: postgres.id,
        chosen: 'Postgres',
        alternatives: ['MongoDB'],
        rationale: expect.any(String),
        confidence: expect.any(Number),
      });
      // The person's own decision is as sure as it gets; the window says "possible" only below 0.8.
      expect(timeline.items[2]!.payload).toMatchObject({ kind: 'decision', confidence: 1 });
    } finally {
      await archive.close();
    }
  });
});
