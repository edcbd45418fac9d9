// Finding uploaded originals on a real file tree: an exact match is linked; doubt (two copies, a
// browser's "(1)" copy, the name with another size) becomes a candidate for the person; size alone
// is nothing; moved files are found again, deleted ones missing, rejections stand; macOS's NFD names
// match; loops in the tree do not stop the scan.

import { chmod, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactView } from '../../src-shared/model/artifact.js';
import type { LinkView, RelinkSummary } from '../../src-shared/model/link.js';
import { openArchive } from '../../src-main/core/open-archive.js';
import { openArchiveDb } from '../../src-main/core/db/archive-db.js';
import { scanLocalFiles } from '../../src-main/core/relink/local-file-scanner.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

const UPLOADS = [
  { name: 'q3-strategy-report.pdf', size: 1234 },
  { name: 'budget.xlsx', size: 500 },
  { name: 'photo.jpg', size: 700 },
  { name: 'notes.txt', size: 300 },
  { name: 'unique-size.bin', size: 4242 },
  { name: 'Résumé.pdf'.normalize('NFC'), size: 800 },
];

async function exportWithUploads(dir: string): Promise<string> {
  const conversation = makeConversation('up', [
    { role: 'user', text: 'Here are my files' },
    { role: 'assistant', text: 'Thanks' },
  ]);
  const first = (conversation.mapping as Record<string, { message: { metadata: Record<string, unknown> } }>)[
    'up-0'
  ];
  first!.message.metadata['attachments'] = UPLOADS.map((upload, i) => ({
    id: `file-upload${i}`,
    name: upload.name,
    size: upload.size,
  }));
  const file = join(dir, 'export.zip');
  await writeZip(file, [
    { name: 'conversations.json', data: JSON.stringify([conversation]) },
    { name: 'user.json', data: USER_JSON },
  ]);
  return file;
}

const bytes = (n: number, fill = 'x') => Buffer.alloc(n, fill);

describe('relinking uploaded originals', () => {
  it('links what is certain, proposes what is not, and keeps up as files move and vanish', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const home = join(dir, 'home');
    const [docs, downloads, desktop] = ['Documents', 'Downloads', 'Desktop'].map((name) =>
      join(home, name),
    ) as [string, string, string];
    for (const folder of [join(docs, 'work'), join(docs, 'a'), downloads, desktop])
      await mkdir(folder, { recursive: true });
    await writeFile(join(docs, 'work', 'q3-strategy-report.pdf'), bytes(1234));
    await writeFile(join(docs, 'a', 'budget.xlsx'), bytes(500));
    await writeFile(join(downloads, 'budget.xlsx'), bytes(500));
    await writeFile(join(downloads, 'photo (1).jpg'), bytes(700));
    await writeFile(join(docs, 'notes.txt'), bytes(299));
    await writeFile(join(docs, 'other-name.bin'), bytes(4242));
    await writeFile(join(docs, 'Résumé.pdf'.normalize('NFD')), bytes(800));
    await symlink(docs, join(docs, 'a', 'loop'));
    await mkdir(join(docs, 'node_modules', 'pkg'), { recursive: true });
    await writeFile(join(docs, 'node_modules', 'pkg', 'photo.jpg'), bytes(700));

    runCli(data, ['import', await exportWithUploads(dir)]);
    const roots = ['--root', docs, '--root', downloads, '--root', desktop];
    const summary = runCli(data, ['relink', ...roots, '--json']).json<RelinkSummary>();
    expect(summary).toMatchObject({ uploads: 6, linked: 2, candidates: 3, unlinked: 1, missing: 0 });
    expect(summary.scannedFiles).toBe(7);

    const links = () => runCli(data, ['links', '--json']).json<LinkView[]>();
    const byName = (name: string) => links().filter((link) => link.fileName === name);
    const budgetVerdicts = () =>
      byName('budget.xlsx')
        .map((link) => [link.status, link.path])
        .sort();
    expect(byName('q3-strategy-report.pdf')).toMatchObject([
      { status: 'linked', path: join(docs, 'work', 'q3-strategy-report.pdf'), rule: 'exact' },
    ]);
    expect(budgetVerdicts()).toEqual([
      ['candidate', join(docs, 'a', 'budget.xlsx')],
      ['candidate', join(downloads, 'budget.xlsx')],
    ]);
    expect(byName('photo.jpg')).toMatchObject([
      { status: 'candidate', path: join(downloads, 'photo (1).jpg'), rule: 'duplicate-name' },
    ]);
    expect(byName('notes.txt')).toMatchObject([
      { status: 'candidate', path: join(docs, 'notes.txt'), rule: 'same-name-other-size' },
    ]);
    expect(byName('notes.txt')[0]!.confidence).toBeLessThan(0.5);
    expect(byName('unique-size.bin')).toMatchObject([{ status: 'unlinked', path: null }]);
    expect(byName('Résumé.pdf'.normalize('NFC'))).toMatchObject([{ status: 'linked', rule: 'exact' }]);

    const uploads = runCli(data, ['artifacts', '--kind', 'upload', '--json']).json<ArtifactView[]>();
    expect(uploads.find((upload) => upload.fileName === 'q3-strategy-report.pdf')?.link).toEqual({
      status: 'linked',
      path: join(docs, 'work', 'q3-strategy-report.pdf'),
    });
    expect(uploads.find((upload) => upload.fileName === 'unique-size.bin')?.link).toBeNull();

    // The person settles the budget: not the Downloads copy.
    const budget = byName('budget.xlsx')[0]!.artifactId;
    expect(runCli(data, ['link', 'reject', String(budget), join(downloads, 'budget.xlsx')]).status).toBe(0);

    // The report moves to the Desktop; the other copy of nothing is deleted.
    await rename(join(docs, 'work', 'q3-strategy-report.pdf'), join(desktop, 'q3-strategy-report.pdf'));
    runCli(data, ['relink', ...roots]);
    expect(byName('q3-strategy-report.pdf')).toMatchObject([
      { status: 'linked', path: join(desktop, 'q3-strategy-report.pdf'), rule: 'moved' },
    ]);
    expect(budgetVerdicts()).toEqual([
      ['candidate', join(docs, 'a', 'budget.xlsx')],
      ['rejected', join(downloads, 'budget.xlsx')],
    ]);

    await rm(join(desktop, 'q3-strategy-report.pdf'));
    const after = runCli(data, ['relink', ...roots, '--json']).json<RelinkSummary>();
    expect(after.missing).toBe(1);
    expect(byName('q3-strategy-report.pdf')).toMatchObject([{ status: 'missing' }]);

    const accepted = runCli(data, [
      'link',
      'accept',
      String(budget),
      join(docs, 'a', 'budget.xlsx'),
      '--json',
    ]);
    expect(accepted.json<LinkView[]>().map((link) => [link.status, link.rule])).toEqual([
      ['linked', 'person'],
      ['rejected', 'same-name-and-size'],
    ]);
  });

  it('lists a folder again only when it changed', async () => {
    const dir = temp();
    const root = join(dir, 'tree');
    for (let i = 0; i < 5; i++) {
      await mkdir(join(root, `folder-${i}`), { recursive: true });
      await writeFile(join(root, `folder-${i}`, 'file.txt'), `file ${i}`);
    }
    const db = openArchiveDb(join(dir, 'archive.sqlite'));
    try {
      expect(await scanLocalFiles(db, [root])).toMatchObject({
        foldersSeen: 6,
        foldersListed: 6,
        filesListed: 5,
      });
      expect(await scanLocalFiles(db, [root])).toMatchObject({ foldersSeen: 6, foldersListed: 0 });
      await writeFile(join(root, 'folder-3', 'new.txt'), 'new');
      expect(await scanLocalFiles(db, [root])).toMatchObject({ foldersListed: 1, filesListed: 2 });
      await rm(join(root, 'folder-1'), { recursive: true });
      expect(await scanLocalFiles(db, [root])).toMatchObject({ foldersSeen: 5, foldersListed: 1 });
      expect(db.prepare('SELECT count(*) FROM local_files').pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });

  it("never takes a file in Archivist's own rebuild kits for an original", async () => {
    const dir = temp();
    const root = join(dir, 'Downloads');
    const inputs = join(root, 'Archivist rebuild kits', 'Sales totals (c1)', 'inputs');
    await mkdir(inputs, { recursive: true });
    await writeFile(join(inputs, 'setup.exe'), 'bytes the export carried');
    await writeFile(join(root, 'report.pdf'), 'a file of the person');
    const db = openArchiveDb(join(dir, 'archive.sqlite'));
    try {
      await scanLocalFiles(db, [root]);
      expect(db.prepare('SELECT name FROM local_files').pluck().all()).toEqual(['report.pdf']);
    } finally {
      db.close();
    }
  });

  it('lets the bytes an export carried confirm or refute a candidate', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const disk = join(dir, 'disk');
    await mkdir(join(disk, 'old'), { recursive: true });
    const original = Buffer.from('%PDF-1.7 the real contract '.padEnd(600, '.'));
    const impostor = Buffer.from('%PDF-1.7 another contract '.padEnd(600, '.'));
    await writeFile(join(disk, 'contract (1).pdf'), original);
    await writeFile(join(disk, 'old', 'contract.pdf'), impostor);

    const conversation = makeConversation('sha', [{ role: 'user', text: 'Please review' }]);
    const first = (
      conversation.mapping as Record<string, { message: { metadata: Record<string, unknown> } }>
    )['sha-0'];
    first!.message.metadata['attachments'] = [{ id: 'file-Contract1', name: 'contract.pdf', size: 600 }];
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify([conversation]) },
      { name: 'user.json', data: USER_JSON },
      { name: 'file-Contract1-contract.pdf', data: original },
    ]);
    runCli(data, ['import', zip]);
    runCli(data, ['relink', '--root', disk]);
    expect(runCli(data, ['links', '--json']).json<LinkView[]>()).toMatchObject([
      {
        status: 'linked',
        path: join(disk, 'contract (1).pdf'),
        rule: 'duplicate-name+sha256',
        confidence: 1,
      },
    ]);
  });

  it('opens or reveals only a linked original, and only where a desktop shell exists', async () => {
    const dir = temp();
    const disk = join(dir, 'disk');
    await mkdir(disk);
    await writeFile(join(disk, 'q3-strategy-report.pdf'), bytes(1234));
    const opened: string[] = [];
    const shell = {
      async openPath(path: string) {
        opened.push(`open ${path}`);
      },
      showItemInFolder(path: string) {
        opened.push(`reveal ${path}`);
      },
    };
    const desktop = openArchive({ dataFolder: join(dir, 'data'), shell });
    try {
      await desktop.importExport({ path: await exportWithUploads(dir) });
      await desktop.relink({ roots: [disk] });
      const [report, other] = (await desktop.listLinks({})).filter(
        (link) => link.fileName === 'q3-strategy-report.pdf' || link.fileName === 'budget.xlsx',
      );
      await desktop.openOriginal({ artifactId: report!.artifactId });
      await desktop.revealOriginal({ artifactId: report!.artifactId });
      expect(opened).toEqual([
        `open ${join(disk, 'q3-strategy-report.pdf')}`,
        `reveal ${join(disk, 'q3-strategy-report.pdf')}`,
      ]);
      await expect(desktop.openOriginal({ artifactId: other!.artifactId })).rejects.toThrow(
        /no linked original/,
      );
    } finally {
      await desktop.close();
    }
    const headless = openArchive({ dataFolder: join(dir, 'data') });
    try {
      const [report] = await headless.listLinks({ status: 'linked' });
      await expect(headless.openOriginal({ artifactId: report!.artifactId })).rejects.toThrow(/desktop app/);
    } finally {
      await headless.close();
    }
  });

  it('links the uploads of a new import at once, once an index of local files exists', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const disk = join(dir, 'disk');
    await mkdir(disk);
    await writeFile(join(disk, 'q3-strategy-report.pdf'), bytes(1234));
    expect(runCli(data, ['relink', '--root', disk, '--json']).json<RelinkSummary>()).toMatchObject({
      scannedFiles: 1,
      uploads: 0,
    });
    runCli(data, ['import', await exportWithUploads(dir)]);
    expect(runCli(data, ['links', '--status', 'linked', '--json']).json<LinkView[]>()).toMatchObject([
      { fileName: 'q3-strategy-report.pdf', path: join(disk, 'q3-strategy-report.pdf') },
    ]);
  });

  it('re-checks links when watching starts: a file moved meanwhile is found again', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const disk = join(dir, 'disk');
    await mkdir(join(disk, 'archive'), { recursive: true });
    await writeFile(join(disk, 'q3-strategy-report.pdf'), bytes(1234));
    runCli(data, ['import', await exportWithUploads(dir)]);
    runCli(data, ['relink', '--root', disk]);
    await rename(join(disk, 'q3-strategy-report.pdf'), join(disk, 'archive', 'q3-strategy-report.pdf'));
    runCli(data, ['relink', '--root', disk]);
    await rename(join(disk, 'archive', 'q3-strategy-report.pdf'), join(disk, 'q3-strategy-report.pdf'));
    const emptyDownloads = join(dir, 'empty');
    await mkdir(emptyDownloads);
    expect(runCli(data, ['watch', '--once', '--dir', emptyDownloads]).status).toBe(0);
    expect(runCli(data, ['links', '--status', 'linked', '--json']).json<LinkView[]>()).toMatchObject([
      { fileName: 'q3-strategy-report.pdf', path: join(disk, 'q3-strategy-report.pdf') },
    ]);
  });

  // A root user reads every folder, so this can only be shown running as someone else.
  it.skipIf(process.getuid?.() === 0)('goes on past a folder it may not read', async () => {
    const dir = temp();
    const root = join(dir, 'tree');
    await mkdir(join(root, 'locked'), { recursive: true });
    await mkdir(join(root, 'open'));
    await writeFile(join(root, 'open', 'a.txt'), 'a');
    await chmod(join(root, 'locked'), 0o000);
    const db = openArchiveDb(join(dir, 'archive.sqlite'));
    try {
      const outcome = await scanLocalFiles(db, [root]);
      expect(outcome.filesListed).toBe(1);
      expect(outcome.problems.join()).toContain('locked');
    } finally {
      db.close();
      await chmod(join(root, 'locked'), 0o755);
    }
  });
});
