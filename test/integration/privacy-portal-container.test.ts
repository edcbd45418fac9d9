// The export people get from OpenAI's Privacy Portal when the in-app export fails: a container ZIP
// wrapping the ordinary export under `User Online Activity/` as Conversations_…-chatgpt-NNNN.zip and
// Files_…-files-NNNN.zip parts. It imports as the export it wraps, by `import` and by the watcher.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import { probeExport } from '../../src-main/core/watch/export-probe.js';
import { generateExport, type GeneratedExport } from '../support/export-generator/generate-export.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip, type ZipMember } from '../support/zip-writer.js';

const temp = useTempFolders();
const ACTIVITY = 'User Online Activity/';

const isBinary = (name: string) => !name.endsWith('.json') && !name.endsWith('.html');

/** The export's JSON files in conversation parts (split in `parts`), its binaries in a files part. */
async function writeContainer(dir: string, generated: GeneratedExport, parts = 1): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const json = generated.files.filter((file) => !isBinary(file.name));
  const binaries = generated.files.filter((file) => isBinary(file.name));
  const members: ZipMember[] = [
    { name: 'report.html', data: '<html><body>Your data</body></html>' },
    { name: 'User Profile/profile.json', data: '{}' },
  ];
  const conversations = JSON.parse(
    (json.find((file) => file.name === 'conversations.json')?.data ?? Buffer.from('[]')).toString('utf8'),
  ) as unknown[];
  const size = Math.ceil(conversations.length / parts);
  for (let part = 0; part < parts; part++) {
    const innerFile = join(dir, `inner-${part}.zip`);
    await writeZip(innerFile, [
      ...json
        .filter((file) => file.name !== 'conversations.json')
        .map((file) => ({ name: file.name, data: file.data })),
      {
        name: 'conversations.json',
        data: JSON.stringify(conversations.slice(part * size, (part + 1) * size)),
      },
    ]);
    members.push({
      name: `${ACTIVITY}Conversations_a1b2c3-chatgpt-000${part + 1}.zip`,
      data: readFileSync(innerFile),
      compress: part % 2 === 1,
    });
  }
  const filesZip = join(dir, 'files.zip');
  await writeZip(
    filesZip,
    binaries.map((file) => ({ name: file.name, data: file.data })),
  );
  members.push({
    name: `${ACTIVITY}Files_a1b2c3-files-0001.zip`,
    data: readFileSync(filesZip),
    compress: false,
  });
  const container = join(dir, 'chatgpt_archive_a1b2c3.zip');
  await writeZip(container, members);
  return container;
}

describe('a Privacy Portal container', () => {
  it('imports as the export it wraps, binaries and several parts included, and the watcher knows it', async () => {
    const dir = temp();
    const generated = generateExport({ era: '2025', conversations: 30, seed: 31 });
    const plain = join(dir, generated.zipFileName);
    const { writeExportZip } = await import('../support/export-generator/generate-export.js');
    await writeExportZip(generated, plain);
    const plainData = join(dir, 'plain');
    runCli(plainData, ['import', plain]);
    const expected = runCli(plainData, ['stats', '--json']).json<ArchiveStats>();

    for (const parts of [1, 2]) {
      const partsDir = join(dir, `parts-${parts}`);
      const container = await writeContainer(partsDir, generated, parts);
      expect(await probeExport(container)).toEqual({ export: true });
      const data = join(partsDir, 'data');
      // What an import killed mid-way (its process long gone) left behind is cleared.
      mkdirSync(join(data, 'tmp', 'container-999999-abandoned'), { recursive: true });
      const run = runCli(data, ['import', container, '--json']);
      expect(run.status, run.stdout).toBe(0);
      const [report] = run.json<ImportReport[]>();
      expect(report?.status).toBe('imported');
      expect(report?.conversations.added).toBe(30);
      expect(report?.blobs).toBe(generated.expected.binaries.length);
      const stats = runCli(data, ['stats', '--json']).json<ArchiveStats>();
      expect({ ...stats, keptExports: null }).toEqual({ ...expected, keptExports: null });
      // The inner ZIPs were only ever written inside the data folder, and are gone again.
      expect(existsSync(join(data, 'tmp')) ? readdirSync(join(data, 'tmp')) : []).toEqual([]);
      expect(runCli(data, ['import', container, '--json']).json<ImportReport[]>()[0]?.status).toBe(
        'already-imported',
      );
    }
  });

  it('refuses an inner ZIP that breaks the entry policy, naming the container and the part', async () => {
    const dir = temp();
    const inner = join(dir, 'inner.zip');
    // yazl refuses to write such a name, so the ZIP is patched after writing: same length, new name.
    await writeZip(inner, [
      { name: 'aa/escape.json', data: '[]', compress: false },
      { name: 'conversations.json', data: '[]' },
    ]);
    const bytes = readFileSync(inner);
    for (let at = bytes.indexOf('aa/escape'); at !== -1; at = bytes.indexOf('aa/escape', at + 1)) {
      Buffer.from('../escape').copy(bytes, at);
    }
    writeFileSync(inner, bytes);
    const container = join(dir, 'chatgpt_archive_bad.zip');
    await writeZip(container, [
      { name: `${ACTIVITY}Conversations_x-chatgpt-0001.zip`, data: readFileSync(inner), compress: false },
    ]);
    const run = runCli(join(dir, 'data'), ['import', container, '--json']);
    expect(run.status).toBe(1);
    const [report] = run.json<ImportReport[]>();
    expect(report?.error?.code).toBe('zip-unsafe-entry');
    expect(report?.error?.message).toContain(container);
    expect(report?.error?.message).toContain('Conversations_x-chatgpt-0001.zip');
  });
});
