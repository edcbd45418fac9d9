// `archivist rebuild-archive` end to end: an archive deleted or replaced is built again from the
// exports kept in the data folder and the person's journal, and a rebuild killed mid-way never
// touches the archive it would replace.

import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src-main/core/open-archive.js';
import type { CheckReport } from '../../src-main/core/safekeeping/archive-check.js';
import type { RebuildReport } from '../../src-main/core/safekeeping/archive-rebuild.js';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import type { ProjectView } from '../../src-shared/model/attention.js';
import type { DecisionView } from '../../src-shared/model/decision.js';
import type { LinkView } from '../../src-shared/model/link.js';
import type { SearchResult } from '../../src-shared/model/search.js';
import {
  generateExport,
  writeExportZip,
  writeLargeExportZip,
} from '../support/export-generator/generate-export.js';
import { committedConversations, fingerprintArchive } from '../support/archive-fingerprint.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { CLI, runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

interface EvalCase {
  readonly id: string;
  readonly title: string;
  readonly turns: readonly { role: 'user' | 'assistant'; text: string }[];
}

const DECISION_CASES = ['invoicing-db-postgres', 'pro-tier-price-9', 'test-runner-vitest'];

async function decisionsExport(dir: string): Promise<string> {
  const cases = (
    JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'decision-eval', 'cases.json'), 'utf8'),
    ) as EvalCase[]
  ).filter((evalCase) => DECISION_CASES.includes(evalCase.id));
  const conversations = cases.map((evalCase, i) =>
    makeConversation(
      evalCase.id,
      evalCase.turns.map((turn, k) => ({ ...turn, createTime: 1_700_000_000 + i * 86_400 + k * 60 })),
      { title: evalCase.title },
    ),
  );
  const file = join(dir, 'decisions-export.zip');
  await writeZip(file, [
    { name: 'conversations.json', data: JSON.stringify(conversations) },
    { name: 'user.json', data: USER_JSON },
  ]);
  return file;
}

/** A 2024 export and a newer 2025 one of the same account that carries some of the same conversations. */
async function accountExports(dir: string): Promise<{ zips: string[]; words: string[] }> {
  const older = generateExport({ era: '2024', conversations: 50, seed: 61 });
  const newer = generateExport({
    era: '2025',
    conversations: 30,
    seed: 62,
    account: { id: older.expected.accountId, email: older.expected.email },
    conversationIds: [...older.expected.conversationIds].reverse().slice(10, 20),
  });
  const zips = [join(dir, older.zipFileName), join(dir, newer.zipFileName)];
  await writeExportZip(older, zips[0]!);
  await writeExportZip(newer, zips[1]!);
  return { zips, words: [...older.expected.searchableWords, ...newer.expected.searchableWords] };
}

const archiveFiles = (data: string) =>
  ['', '-wal', '-shm'].map((suffix) => join(data, `archive.sqlite${suffix}`));

/** Everything the person sees, in a form that does not depend on row ids. */
function snapshot(data: string, words: readonly string[]) {
  const json = <T>(args: string[]): T => {
    const run = runCli(data, [...args, '--json']);
    expect(run.status, run.stderr).toBe(0);
    return run.json<T>();
  };
  return {
    stats: json<ArchiveStats>(['stats']),
    search: Object.fromEntries(words.map((word) => [word, json<SearchResult>(['search', word])])),
    decisions: json<DecisionView[]>(['decisions'])
      .map((decision) => [decision.conversationId, decision.title, decision.chosen])
      .sort(),
    links: json<LinkView[]>(['links'])
      .map((link) => [link.conversationId, link.fileName, link.path, link.status, link.rule])
      .sort(),
    projects: json<ProjectView[]>(['projects'])
      .map((project) => [project.id, project.kind, project.name, project.conversations])
      .sort(),
  };
}

function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('rebuild-archive', () => {
  it(
    'rebuilds an identical archive from the kept exports and the journal',
    { timeout: 120_000 },
    async () => {
      const dir = temp();
      const data = join(dir, 'data');
      const { zips, words } = await accountExports(dir);
      const decisionsZip = await decisionsExport(dir);
      for (const zip of [...zips, decisionsZip]) {
        const imported = runCli(data, ['import', zip, '--json']);
        expect(imported.status, imported.stderr).toBe(0);
      }

      // The person's own work, which no export carries.
      const archive = openArchive({ dataFolder: data });
      try {
        const decisions = await archive.listDecisions({});
        const postgres = decisions.find((decision) => decision.conversationId === 'invoicing-db-postgres');
        expect(postgres).toBeDefined();
        await archive.updateDecision({ id: postgres!.id, title: 'Postgres for invoicing' });
        const [upload] = await archive.listArtifacts({ kind: 'upload' });
        expect(upload).toBeDefined();
        await archive.rejectLink({
          artifactId: upload!.id,
          path: join(dir, 'elsewhere', 'not-the-original.pdf'),
        });
        const project = (await archive.listProjects({})).find((one) => one.kind === 'project');
        expect(project).toBeDefined();
        await archive.nameProject({ id: project!.id, name: 'Thesis' });
      } finally {
        await archive.close();
      }

      const before = snapshot(data, [...words, 'Postgres']);
      expect(before.stats.keptExports.count).toBe(3);
      expect(before.stats.exports).toBe(3);
      expect(before.decisions).toContainEqual([
        'invoicing-db-postgres',
        'Postgres for invoicing',
        'Postgres',
      ]);
      expect(before.links.filter((link) => link[3] === 'rejected')).toHaveLength(1);
      expect(before.projects.filter((project) => project[2] === 'Thesis')).toHaveLength(1);
      for (const word of words) expect(before.search[word]!.total).toBeGreaterThan(0);
      const fingerprint = fingerprintArchive(join(data, 'archive.sqlite'));

      // The archive is lost.
      for (const file of archiveFiles(data)) rmSync(file, { force: true });
      const rebuilt = runCli(data, ['rebuild-archive', '--json']);
      expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
      const report = rebuilt.json<RebuildReport>();
      expect(report).toMatchObject({
        exports: 3,
        previous: null,
        conversations: before.stats.conversations,
        messages: before.stats.messages,
      });
      expect(report.edits.applied).toBeGreaterThanOrEqual(3);
      expect(report.edits.skipped).toBe(0);
      expect(fingerprintArchive(join(data, 'archive.sqlite'))).toEqual(fingerprint);
      expect(snapshot(data, [...words, 'Postgres'])).toEqual(before);
      const check = runCli(data, ['check', '--json']);
      expect(check.status, check.stdout).toBe(0);
      expect(check.json<CheckReport>().problems).toEqual([]);

      // Rebuilt again over an intact archive: the old file is kept beside the new one.
      const again = runCli(data, ['rebuild-archive', '--json']);
      expect(again.status, again.stdout + again.stderr).toBe(0);
      const previous = again.json<RebuildReport>().previous;
      expect(previous).toMatch(/archive\.before-rebuild-.+\.sqlite$/);
      expect(join(previous!, '..')).toBe(data);
      expect(existsSync(previous!)).toBe(true);
      expect(readdirSync(data).filter((name) => name.startsWith('archive.before-rebuild-'))).toContain(
        previous!.slice(data.length + 1),
      );
      expect(fingerprintArchive(previous!)).toEqual(fingerprint);
      expect(snapshot(data, [...words, 'Postgres'])).toEqual(before);
    },
  );

  it(
    'a rebuild killed mid-way leaves the archive alone and the next rebuild completes',
    { timeout: 120_000 },
    async () => {
      const dir = temp();
      const zip = join(dir, `${'d'.repeat(64)}-2025-04-25-14-40-42-${'e'.repeat(32)}.zip`);
      const generated = await writeLargeExportZip(zip, { targetBytes: 24 * 1024 * 1024, seed: 9 });
      const data = join(dir, 'data');
      const archiveFile = join(data, 'archive.sqlite');
      expect(runCli(data, ['import', zip, '--json']).status).toBe(0);
      const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
      expect(stats).toMatchObject({
        exports: 1,
        conversations: generated.conversations,
        messages: generated.messages,
        keptExports: { count: 1 },
      });
      const sha256 = sha256Of(archiveFile);

      const child = spawn(process.execPath, [CLI, '--data', data, 'rebuild-archive', '--json'], {
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const building = join(data, 'archive.rebuilding.sqlite');
      const deadline = Date.now() + 60_000;
      while (committedConversations(building) === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill('SIGKILL');
      await exited;

      const partial = committedConversations(building);
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(generated.conversations);
      expect(sha256Of(archiveFile)).toBe(sha256);
      const db = new Database(archiveFile, { readonly: true, fileMustExist: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(readdirSync(data).filter((name) => name.startsWith('archive.before-rebuild-'))).toEqual([]);

      const rebuilt = runCli(data, ['rebuild-archive', '--json']);
      expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
      expect(rebuilt.json<RebuildReport>()).toMatchObject({
        exports: 1,
        conversations: generated.conversations,
        messages: generated.messages,
      });
      expect(existsSync(building)).toBe(false);
      expect(runCli(data, ['stats', '--json']).json<ArchiveStats>()).toEqual(stats);
    },
  );
});

describe('rebuild-archive, when something stands in its way', () => {
  it('refuses while another Archivist has the archive open, and leaves it as it is', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    expect(runCli(data, ['import', await decisionsExport(dir)]).status).toBe(0);
    const file = join(data, 'archive.sqlite');
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const open = openArchive({ dataFolder: data });
    try {
      const refused = runCli(data, ['rebuild-archive']);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`is open in another Archivist (process ${process.pid}`);
      expect(existsSync(join(data, 'archive.rebuilding.sqlite'))).toBe(false);
    } finally {
      await open.close();
    }
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
    expect(runCli(data, ['rebuild-archive']).status).toBe(0);
  });

  it('rebuilds from the good kept exports when one of them is cut short, and names that one', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const good = await decisionsExport(dir);
    const cut = join(dir, 'cut-export.zip');
    const whole = JSON.stringify([
      makeConversation('kept-a', [{ role: 'user', text: 'first' }]),
      makeConversation('kept-b', [{ role: 'user', text: 'second' }]),
    ]);
    await writeZip(cut, [
      { name: 'conversations.json', data: whole.slice(0, whole.indexOf('kept-b') - 20) },
      { name: 'user.json', data: USER_JSON },
    ]);
    runCli(data, ['import', good, cut]);
    const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
    expect(stats.keptExports.count).toBe(2);
    rmSync(join(data, 'archive.sqlite'));
    const rebuilt = runCli(data, ['rebuild-archive', '--json']);
    expect(rebuilt.status).toBe(0);
    const report = rebuilt.json<RebuildReport>();
    expect(report.problems.map((problem) => problem.file)).toEqual([
      expect.stringMatching(/cut-export\.zip$/),
    ]);
    expect(runCli(data, ['stats', '--json']).json<ArchiveStats>().conversations).toBe(stats.conversations);
  });
});
