// A damaged archive file is named and kept: a truncated file and one with a page overwritten make
// every command that touches them answer archive-damaged with the file's name and the way back, and
// `archivist check` finds both; the file itself is never changed.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();
const REAL = join(import.meta.dirname, '..', 'fixtures', 'real');
const EXPORTS = ['2023-06-pkuppens', '2023-09-realazthat-code-interpreter'].map((name) =>
  join(REAL, name, 'conversations.json'),
);
/** The archive's page size, from its header (bytes 16–17; 1 stands for 65,536). */
function pageSize(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(18);
    readSync(fd, header, 0, 18, 0);
    const size = header.readUInt16BE(16);
    return size === 1 ? 65536 : size;
  } finally {
    closeSync(fd);
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function overwrite(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  } finally {
    closeSync(fd);
  }
}

interface CheckJson {
  readonly ok: boolean;
  readonly archive: string;
  readonly problems: string[];
}

describe('a damaged archive', () => {
  const healthy = () => {
    const data = join(temp(), 'data');
    const imported = runCli(data, ['import', ...EXPORTS, '--json']);
    // What the command said, should it fail: the reason is in its own words.
    expect(imported.status, imported.stderr).toBe(0);
    expect(runCli(data, ['check', '--json']).json<CheckJson>().ok).toBe(true);
    return data;
  };

  const damages: Record<string, (file: string) => void> = {
    truncated: (file) =>
      truncateSync(file, Math.floor(statSync(file).size / 2 / pageSize(file)) * pageSize(file)),
    // The first page holds the schema every command reads.
    'first page overwritten': (file) => overwrite(file, 100, pageSize(file) - 100),
  };

  for (const [what, damage] of Object.entries(damages)) {
    it(`${what}: every command names the file and says what to do, check finds it, the file stays as it is`, () => {
      const data = healthy();
      const file = join(data, 'archive.sqlite');
      damage(file);
      const before = sha256(file);
      const commands = [
        ['stats'],
        ['search', 'python'],
        ['conversations'],
        ['decisions'],
        ['timeline'],
        ['import', EXPORTS[0] as string],
        ['projects', 'name', 'g-p-1', 'Thesis'],
      ];
      for (const command of commands) {
        const run = runCli(data, [...command, '--json']);
        expect(run.status, command.join(' ')).toBe(1);
        const answer = run.json<
          { error?: { code: string; message: string } } | { error?: { code: string; message: string } }[]
        >();
        const error = Array.isArray(answer) ? answer[0]?.error : answer.error;
        expect(error?.code, command.join(' ')).toBe('archive-damaged');
        expect(error?.message).toContain(file);
        expect(error?.message).toMatch(/rebuild-archive/);
      }
      const check = runCli(data, ['check', '--json']);
      expect(check.status).toBe(1);
      const report = check.json<CheckJson>();
      expect(report.ok).toBe(false);
      expect(report.problems.length).toBeGreaterThan(0);
      expect(report.problems.every((problem) => problem.includes(file))).toBe(true);
      const human = runCli(data, ['stats']);
      expect(human.stderr).toContain(file);
      expect(sha256(file)).toBe(before);
    });
  }

  it('with a page in the middle overwritten: check finds it, names the file, and changes nothing', () => {
    const data = healthy();
    const file = join(data, 'archive.sqlite');
    const page = pageSize(file);
    overwrite(file, Math.floor(statSync(file).size / page / 2) * page, page);
    const before = sha256(file);
    const check = runCli(data, ['check']);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${file}:`);
    expect(check.stdout).toMatch(/problems? found/);
    expect(check.stdout).toMatch(/rebuild-archive/);
    expect(sha256(file)).toBe(before);
  });

  it('a stored file that changed or went missing is found by check, by its path', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const zip = join(dir, 'export.zip');
    await writeExportZip(generateExport({ era: '2025', conversations: 12, seed: 5 }), zip);
    expect(runCli(data, ['import', zip, '--json']).status).toBe(0);
    expect(runCli(data, ['check', '--json']).json<CheckJson>().ok).toBe(true);
    const blobs = readdirSync(join(data, 'blobs'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.endsWith('tmp'))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(blobs.length).toBeGreaterThanOrEqual(2);
    const [changed, missing] = blobs as [string, string];
    overwrite(changed, 0, 8);
    rmSync(missing);
    const check = runCli(data, ['check', '--json']);
    expect(check.status).toBe(1);
    const problems = check.json<CheckJson>().problems;
    expect(problems.some((problem) => problem.startsWith(`${changed}:`) && /changed/.test(problem))).toBe(
      true,
    );
    expect(problems.some((problem) => problem.startsWith(`${missing}:`) && /missing/.test(problem))).toBe(
      true,
    );
  });

  it('a conversation whose message count disagrees with its messages is found by check, and stats keep the sum', () => {
    const data = healthy();
    const file = join(data, 'archive.sqlite');
    const messages = runCli(data, ['stats', '--json']).json<{ messages: number }>().messages;
    const script = `const D = require(${JSON.stringify(join(import.meta.dirname, '..', '..', 'node_modules', 'better-sqlite3'))});
      const db = new D(${JSON.stringify(file)});
      db.exec('UPDATE conversations SET message_count = message_count + 1 WHERE rowid = (SELECT min(rowid) FROM conversations)');
      db.close();`;
    expect(spawnSync(process.execPath, ['-e', script]).status).toBe(0);
    const check = runCli(data, ['check', '--json']);
    expect(check.status).toBe(1);
    expect(check.json<CheckJson>().problems).toContain(
      `${file}: 1 conversations count their messages wrongly.`,
    );
    expect(runCli(data, ['stats', '--json']).json<{ messages: number }>().messages).toBe(messages + 1);
  });

  it('check changes nothing, not even a write-ahead log a killed process left behind', () => {
    const data = healthy();
    const file = join(data, 'archive.sqlite');
    // A writer that dies before its log is folded into the file.
    const script = `const D = require(${JSON.stringify(join(import.meta.dirname, '..', '..', 'node_modules', 'better-sqlite3'))});
      const db = new D(${JSON.stringify(file)}); db.pragma('wal_autocheckpoint = 0');
      db.exec("INSERT INTO settings VALUES ('left-behind', '1')"); process.exit(0);`;
    expect(spawnSync(process.execPath, ['-e', script]).status).toBe(0);
    const before = [sha256(file), sha256(`${file}-wal`)];
    expect(runCli(data, ['check', '--json']).status).toBe(0);
    expect([sha256(file), sha256(`${file}-wal`)]).toEqual(before);
  });
});
