// `archivist stats` only reads: it answers what the whole archive answers, from the archive file
// opened read-only, without loading the import pipeline, the decision reader or the other commands,
// and leaves the data folder as it was. An archive that is not there yet, or not of this version, is
// opened whole as by every other command (created, or refused when a newer Archivist wrote it).
// How fast it is belongs to the bench (bench/stats-bench.ts), not here.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import { openArchive } from '../../src-main/core/open-archive.js';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { CLI, runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();
const RECORDER = join(import.meta.dirname, '..', 'support', 'record-loaded-modules.mjs');
const SQLITE = join(import.meta.dirname, '..', '..', 'node_modules', 'better-sqlite3');

/** Runs the built CLI as runCli does, and answers which modules it loaded (the project's by path). */
function runRecordingModules(dataFolder: string, args: readonly string[]) {
  const record = join(temp('loaded'), 'modules.txt');
  const result = spawnSync(process.execPath, ['--import', RECORDER, CLI, '--data', dataFolder, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVIST_LOADED_MODULES: record },
  });
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  const loaded = readFileSync(record, 'utf8')
    .split('\n')
    .filter((url) => url !== '')
    .map((url) => (url.startsWith('file:') ? relative(dist, new URL(url).pathname) : url));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, loaded };
}

/**
 * What a person's tools could see of the data folder: every file's bytes, every folder's time (a
 * marker written and removed changes its folder's), the data folder's own aside.
 */
function folderState(folder: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    // SQLite's own side files: any reader of a WAL archive opens (and, if missing, makes) them, which
    // is also why the data folder's own time is not compared.
    if (/\.sqlite-(wal|shm)$/.test(entry.name)) continue;
    state[relative(folder, path)] = entry.isDirectory()
      ? `folder changed ${statSync(path, { bigint: true }).mtimeNs}`
      : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return state;
}

// What stats must never load: the whole archive's composition, the import pipeline, the decision
// reader, relinking, watching, the HTTP bridge, the other commands, and the libraries they bring.
const HEAVY = [
  /^src-main\/core\/open-archive\.js$/,
  /^src-main\/core\/archive-service\.js$/,
  /^src-main\/core\/import\//,
  /^src-main\/core\/decisions\//,
  /^src-main\/core\/relink\//,
  /^src-main\/core\/watch\//,
  /^src-main\/http-bridge\//,
  /^src-main\/cli\/commands\/(?!stats-command\.js$|cli-command\.js$)/,
  /node_modules\/(yauzl|yazl|chokidar|unified)\//,
];

async function archiveWithExport(): Promise<string> {
  const dir = temp();
  const data = join(dir, 'data');
  const zip = join(dir, 'export.zip');
  await writeExportZip(generateExport({ era: '2025', conversations: 12, seed: 7 }), zip);
  expect(runCli(data, ['import', zip, '--json']).status).toBe(0);
  return data;
}

describe('archivist stats', () => {
  it('answers what the whole archive answers, loading none of the import pipeline', async () => {
    const data = await archiveWithExport();
    const whole = openArchive({ dataFolder: data });
    const expected = await whole.getStats({});
    await whole.close();
    expect(expected).toMatchObject({ conversations: 12, exports: 1, keptExports: { count: 1 } });

    const json = runRecordingModules(data, ['stats', '--json']);
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout) as ArchiveStats).toEqual(expected);
    // The recorder saw the command run, through the read-only archive.
    expect(json.loaded).toContain('src-main/cli/commands/stats-command.js');
    expect(json.loaded).toContain('src-main/core/read-only-archive.js');
    expect(json.loaded.filter((module) => HEAVY.some((heavy) => heavy.test(module)))).toEqual([]);

    const human = runCli(data, ['stats']);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('12 conversations (0 no longer in the account) from 1 export');
    expect(human.stdout).toContain('1 export kept to rebuild from');
  });

  it('leaves the data folder as it was: the archive file, the journal, and no marker written', async () => {
    const data = await archiveWithExport();
    const before = folderState(data);
    expect(Object.keys(before)).toContain('in-use');
    expect(runCli(data, ['stats']).status).toBe(0);
    expect(runCli(data, ['stats', '--json']).status).toBe(0);
    expect(folderState(data)).toEqual(before);
  });

  it('with no archive yet, opens it whole: the archive is made and holds nothing', () => {
    const data = join(temp(), 'data');
    const run = runRecordingModules(data, ['stats', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout) as ArchiveStats).toMatchObject({ conversations: 0, exports: 0 });
    expect(run.loaded).toContain('src-main/core/open-archive.js');
    expect(statSync(join(data, 'archive.sqlite')).isFile()).toBe(true);
  });

  it('refuses an archive a newer Archivist wrote, as every command does', async () => {
    const data = await archiveWithExport();
    const file = join(data, 'archive.sqlite');
    const script = `const D = require(${JSON.stringify(SQLITE)});
      const db = new D(${JSON.stringify(file)}); db.pragma('user_version = 99'); db.close();`;
    expect(spawnSync(process.execPath, ['-e', script]).status).toBe(0);
    const run = runCli(data, ['stats', '--json']);
    expect(run.status).toBe(1);
    expect(run.json<{ error: { code: string } }>().error.code).toBe('database-from-newer-app');
  });
});
