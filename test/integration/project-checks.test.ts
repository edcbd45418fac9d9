// What a person writes into their clone (notes exported with `archivist export --out notes/`, say)
// never breaks the project's own checks: formatting looks only at the project's files.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();
const ROOT = join(import.meta.dirname, '..', '..');
const NOTES = join(ROOT, 'notes-written-by-a-test');

afterEach(() => rmSync(NOTES, { recursive: true, force: true }));

describe('the project checks', () => {
  it('pass with an export of every conversation written inside the clone', async () => {
    const data = join(temp(), 'data');
    const real = join(ROOT, 'test', 'fixtures', 'real', '2023-06-pkuppens', 'conversations.json');
    expect(runCli(data, ['import', real]).status).toBe(0);
    for (const format of ['md', 'html', 'json']) {
      expect(runCli(data, ['export', '--all', '--format', format, '--out', NOTES]).status).toBe(0);
    }
    mkdirSync(NOTES, { recursive: true });
    writeFileSync(join(NOTES, 'scratch.js'), 'const  messy =   1');
    const prettier = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '.'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(prettier.status, prettier.stdout + prettier.stderr).toBe(0);
    expect(prettier.stdout + prettier.stderr).not.toContain('notes-written-by-a-test');
  });
});

describe('package.json', () => {
  it('points at nothing that is not there, and promises a Node its dependencies accept', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const project = read(join(ROOT, 'package.json'));
    if (project['main']) expect(existsSync(join(ROOT, project['main'] as string))).toBe(true);
    const wanted = /(\d+)\.(\d+)/.exec(String((project['engines'] as { node: string }).node));
    const electron = read(join(ROOT, 'node_modules', 'electron', 'package.json'));
    const needs = /(\d+)\.(\d+)/.exec(
      String((electron['engines'] as { node?: string } | undefined)?.node ?? '0.0'),
    );
    const asNumber = (match: RegExpExecArray | null) => Number(match?.[1]) * 1000 + Number(match?.[2]);
    expect(asNumber(needs)).toBeLessThanOrEqual(asNumber(wanted));
  });
});
