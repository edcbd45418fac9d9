// Rebuild kits for Code Interpreter conversations whose sessions expired: the real 2023-09 export's
// code becomes a script Python compiles and a notebook in nbformat 4; uploads come back into inputs/
// from their linked originals, and what cannot be found is named in RESTART.md. Asked for without a
// folder (as the window asks), a kit goes to the conversation's own folder under Downloads.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RebuildKitReport } from '../../src-shared/model/rebuild-kit.js';
import { openArchive } from '../../src-main/core/open-archive.js';
import {
  makeCodeInterpreterConversation,
  makeConversation,
  USER_JSON,
} from '../support/conversation-factory.js';
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

  it('goes, without a folder, to the conversation’s own folder under Downloads, made again in place', async () => {
    const dir = temp();
    const downloads = join(dir, 'Downloads');
    const kits = join(downloads, 'Archivist rebuild kits');
    const zip = join(dir, 'export.zip');
    // Two conversations of one title whose ids begin alike, and one whose folder name is taken.
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([
          makeCodeInterpreterConversation('ci-sales-1', ' Sales: Q1/Q2 <draft>?. '),
          makeCodeInterpreterConversation('ci-sales-2', ' Sales: Q1/Q2 <draft>?. '),
          makeCodeInterpreterConversation('ci-notes', 'Notes'),
        ]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    const revealed: string[] = [];
    const service = openArchive({
      dataFolder: join(dir, 'data'),
      downloadsFolder: downloads,
      shell: { openPath: async () => {}, showItemInFolder: (path) => void revealed.push(path) },
    });
    try {
      await service.importExport({ path: zip });
      // The reader knows the session's file is lost, and so offers the kit.
      expect((await service.readConversation({ id: 'ci-sales-1' })).lostFiles).toBe(1);
      const first = await service.writeRebuildKit({ conversationId: 'ci-sales-1' });
      expect(first.folder).toBe(join(kits, 'Sales Q1 Q2 draft (ci-sales)'));
      expect(readdirSync(first.folder).sort()).toEqual([
        'RESTART.md',
        'inputs',
        'notebook.ipynb',
        'script.py',
      ]);
      expect(first.inputs).toEqual([{ name: 'sales.csv', status: 'missing', from: null }]);
      expect(first.outputsExpected).toEqual(['totals.csv']);

      // The same name for another conversation: a folder of its own, the first kit left as it was.
      const second = await service.writeRebuildKit({ conversationId: 'ci-sales-2' });
      expect(second.folder).toBe(join(kits, 'Sales Q1 Q2 draft (ci-sales) 2'));
      expect(readFileSync(join(first.folder, 'RESTART.md'), 'utf8')).toContain('(ci-sales-1)');
      expect(readFileSync(join(second.folder, 'RESTART.md'), 'utf8')).toContain('(ci-sales-2)');

      // Made again after the person edited the script and found the missing input: the kit's own
      // files are written anew in the same folder, the file they added stays.
      await writeFile(join(first.folder, 'script.py'), 'print("edited")\n');
      await writeFile(join(first.folder, 'inputs', 'sales.csv'), 'month,total\n1,100\n');
      const again = await service.writeRebuildKit({ conversationId: 'ci-sales-1' });
      expect(again.folder).toBe(first.folder);
      expect(readFileSync(join(first.folder, 'script.py'), 'utf8')).toContain(
        "pd.read_csv('inputs/sales.csv')",
      );
      expect(readFileSync(join(first.folder, 'inputs', 'sales.csv'), 'utf8')).toBe('month,total\n1,100\n');
      expect(readdirSync(kits).sort()).toEqual([
        'Sales Q1 Q2 draft (ci-sales)',
        'Sales Q1 Q2 draft (ci-sales) 2',
      ]);

      // A folder of the kit's name that the person made themselves is never written into.
      await mkdir(join(kits, 'Notes (ci-notes)'));
      await writeFile(join(kits, 'Notes (ci-notes)', 'mine.txt'), 'my notes');
      const notes = await service.writeRebuildKit({ conversationId: 'ci-notes' });
      expect(notes.folder).toBe(join(kits, 'Notes (ci-notes) 2'));
      expect(readdirSync(join(kits, 'Notes (ci-notes)'))).toEqual(['mine.txt']);

      // The desktop app shows a kit's folder, found by the conversation alone.
      expect(await service.revealRebuildKit({ conversationId: 'ci-sales-2' })).toEqual({
        path: second.folder,
      });
      expect(revealed).toEqual([second.folder]);
    } finally {
      await service.close();
    }
    // Without a desktop shell there is nothing to show it with; without a kit, nothing to show.
    const headless = openArchive({ dataFolder: join(dir, 'data'), downloadsFolder: join(dir, 'elsewhere') });
    try {
      await expect(headless.revealRebuildKit({ conversationId: 'ci-sales-1' })).rejects.toMatchObject({
        code: 'not-available',
      });
    } finally {
      await headless.close();
    }
    const desktop = openArchive({
      dataFolder: join(dir, 'data'),
      downloadsFolder: join(dir, 'elsewhere'),
      shell: { openPath: async () => {}, showItemInFolder: () => {} },
    });
    try {
      await expect(desktop.revealRebuildKit({ conversationId: 'ci-sales-1' })).rejects.toThrow(
        /No rebuild kit of conversation ci-sales-1 is in .*elsewhere.*; make one first/,
      );
    } finally {
      await desktop.close();
    }
  });
});
