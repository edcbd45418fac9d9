// Rebuild kits for Code Interpreter conversations whose sessions expired: the real 2023-09 export's
// code becomes a script Python compiles and a notebook in nbformat 4; uploads come back into inputs/
// from their linked originals, and what cannot be found is named in RESTART.md.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RebuildKitReport } from '../../src-shared/model/rebuild-kit.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const REAL_CI = join(import.meta.dirname, '..', 'fixtures', 'real', '2023-09-realazthat-code-interpreter');

interface NotebookCell {
  readonly cell_type: string;
  readonly id: string;
  readonly source: string[];
  readonly outputs?: unknown[];
  readonly execution_count?: null;
}

describe('rebuild kits', () => {
  it('turn the real Code Interpreter export into a script Python compiles and an nbformat 4 notebook', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    runCli(data, ['import', REAL_CI]);
    const [conversation] = runCli(data, ['conversations', '--json']).json<{ id: string }[]>();
    const out = join(dir, 'kit');
    const kit = runCli(data, ['rebuild', conversation!.id, '--out', out, '--json']).json<RebuildKitReport>();
    expect(kit).toMatchObject({
      codeCells: 11,
      files: ['script.py', 'notebook.ipynb', 'RESTART.md'],
      inputs: [],
    });

    execFileSync('python3', ['-m', 'py_compile', join(out, 'script.py')]);
    const notebook = JSON.parse(readFileSync(join(out, 'notebook.ipynb'), 'utf8')) as {
      nbformat: number;
      nbformat_minor: number;
      metadata: { kernelspec: { name: string } };
      cells: NotebookCell[];
    };
    expect(notebook).toMatchObject({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'python3' } },
    });
    const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
    expect(code).toHaveLength(11);
    for (const cell of notebook.cells) {
      expect(typeof cell.id).toBe('string');
      expect(Array.isArray(cell.source)).toBe(true);
      if (cell.cell_type === 'code') {
        expect(cell.execution_count).toBeNull();
        expect(Array.isArray(cell.outputs)).toBe(true);
      }
    }
    expect(new Set(notebook.cells.map((cell) => cell.id)).size).toBe(notebook.cells.length);
    expect(code[2]!.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: ['1/3'] }]);
    const restart = readFileSync(join(out, 'RESTART.md'), 'utf8');
    expect(restart).toContain('## Resume in a new chat');
    expect(restart).toContain('cell 3 printed: 1/3');
  });

  it('brings uploads back into inputs/ and names the ones it cannot find', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const disk = join(dir, 'disk');
    await mkdir(disk);
    const sales = 'month,total\n1,100\n';
    await writeFile(join(disk, 'sales.csv'), sales);
    const conversation = makeConversation('ci', [
      { role: 'user', text: 'Plot monthly totals from the attached files' },
      { role: 'assistant', text: 'Loading them.' },
    ]);
    const mapping = conversation.mapping as Record<string, { message: Record<string, unknown> }>;
    (mapping['ci-0']!.message['metadata'] as Record<string, unknown>)['attachments'] = [
      { id: 'file-Sales1', name: 'sales.csv', size: Buffer.byteLength(sales) },
      { id: 'file-Costs1', name: 'costs.xlsx', size: 4096 },
    ];
    Object.assign(mapping['ci-1']!.message, {
      recipient: 'python',
      content: {
        content_type: 'code',
        language: 'unknown',
        text: "!pip install -q pandas\nimport pandas as pd\ndf = pd.read_csv('/mnt/data/sales.csv')\ndf.plot()",
      },
    });
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify([conversation]) },
      { name: 'user.json', data: USER_JSON },
    ]);
    runCli(data, ['import', zip]);
    runCli(data, ['relink', '--root', disk]);
    const out = join(dir, 'kit');
    const kit = runCli(data, ['rebuild', 'ci', '--out', out, '--json']).json<RebuildKitReport>();
    expect(kit.inputs).toEqual([
      { name: 'sales.csv', status: 'copied', from: join(disk, 'sales.csv') },
      { name: 'costs.xlsx', status: 'missing', from: null },
    ]);
    expect(readFileSync(join(out, 'inputs', 'sales.csv'), 'utf8')).toBe(sales);
    const script = readFileSync(join(out, 'script.py'), 'utf8');
    expect(script).toContain("pd.read_csv('inputs/sales.csv')");
    expect(script).toContain('# !pip install -q pandas');
    execFileSync('python3', ['-m', 'py_compile', join(out, 'script.py')]);
    expect(readFileSync(join(out, 'RESTART.md'), 'utf8')).toContain('- costs.xlsx: **missing**');
  });
});
