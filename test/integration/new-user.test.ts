// What a new user trips over, tried the way they meet it: hints that must run as printed from where
// the person is, a watch that stays quiet about exports already kept, counts that say what is shown,
// other branches one flag away, artifacts and links that agree and speak plainly, a whole day meant
// by a date, and errors in the command line's own terms.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactView } from '../../src-shared/model/artifact.js';
import type { TimelinePage } from '../../src-shared/model/timeline.js';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { CLI, runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

/** Runs `archivist watch` as a person would, from `cwd`, for `ms`, and returns what it printed. */
async function watchFor(cwd: string, data: string, downloads: string, ms: number): Promise<string> {
  const child = spawn(process.execPath, [CLI, '--data', data, 'watch', '--dir', downloads], { cwd });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, ms));
  child.kill('SIGTERM');
  await exited;
  return out;
}

describe('a new user', () => {
  it('can run the command Archivist offers, as printed, from their own folder; restarts stay quiet', async () => {
    const home = temp();
    const downloads = join(home, 'Downloads');
    mkdirSync(downloads);
    const generated = generateExport({ era: '2025', conversations: 6, seed: 21 });
    const zip = join(downloads, generated.zipFileName);
    await writeExportZip(generated, zip);
    const data = join(home, 'data');

    const first = await watchFor(home, data, downloads, 2500);
    const offered = /import it with: (.+)$/m.exec(first)?.[1];
    expect(offered, first).toBeDefined();
    // Run exactly what was printed, in a shell, from the person's folder.
    const ran = spawnSync('bash', ['-c', `${offered as string} --data "${data}"`], {
      cwd: home,
      encoding: 'utf8',
    });
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/6 new conversations/);

    const again = await watchFor(home, data, downloads, 2500);
    expect(again).not.toContain(generated.zipFileName);
    expect(again).toMatch(/Watching .* for ChatGPT exports/);

    // A new export arriving is told, with progress in words.
    const newer = generateExport({ era: '2025', conversations: 3, seed: 22 });
    const newZipSource = join(home, newer.zipFileName);
    await writeExportZip(newer, newZipSource);
    const child = spawn(process.execPath, [CLI, '--data', data, 'watch', '--dir', downloads], { cwd: home });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    copyFileSync(newZipSource, join(downloads, newer.zipFileName));
    const deadline = Date.now() + 30_000;
    while (!/3 new conversations/.test(out) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGTERM');
    expect(out).toContain(`Importing ${join(downloads, newer.zipFileName)}`);
    expect(out).toMatch(/3 new conversations/);
    expect(out).not.toMatch(/conversations: \d+%/);
  });

  it('reads a conversation with counts that say what is shown, and any other branch', async () => {
    const dir = temp();
    const conversation = makeConversation('fork', [
      { role: 'system', text: 'You are helpful.' },
      { role: 'user', text: 'Name a colour' },
      { role: 'assistant', text: 'Blue' },
    ]);
    const mapping = conversation.mapping as Record<string, Record<string, unknown>>;
    // A regenerated answer: a second child of the question.
    (mapping['fork-1'] as { children: string[] }).children.push('fork-2b');
    mapping['fork-2b'] = {
      ...(mapping['fork-2'] as object),
      id: 'fork-2b',
      message: {
        ...((mapping['fork-2'] as { message: object }).message as object),
        id: 'fork-2b',
        content: { content_type: 'text', parts: ['Green, like a meadow'] },
        create_time: 1_700_000_100,
      },
    };
    ((mapping['fork-0'] as { message: { metadata: object } }).message as { metadata: object }).metadata = {
      is_visually_hidden_from_conversation: true,
    };
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify([conversation]) },
      { name: 'user.json', data: USER_JSON },
    ]);
    const data = join(dir, 'data');
    runCli(data, ['import', zip]);
    const shown = runCli(data, ['show', 'fork']).stdout;
    expect(shown).toContain('fork · 2 messages (and 1 hidden: system and tool messages) · branch 1 of 2');
    expect(shown.match(/^--- /gm)?.length).toBe(2);
    expect(shown).toContain('show fork --branch N');
    expect(shown).toContain('2. "Green, like a meadow" · 2 messages');
    const other = runCli(data, ['show', 'fork', '--branch', '2']).stdout;
    expect(other).toContain('Green, like a meadow');
    expect(other).not.toContain('\nBlue');
    const none = runCli(data, ['show', 'fork', '--branch', '3']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('has 2 branches; there is no branch 3');
  });

  it('finds artifact ids where link needs them, and artifacts and links agree, in words', async () => {
    const dir = temp();
    const zip = join(dir, 'export.zip');
    const generated = generateExport({ era: '2024', conversations: 12, seed: 23 });
    await writeExportZip(generated, zip);
    const data = join(dir, 'data');
    runCli(data, ['import', zip]);
    const uploads = runCli(data, ['artifacts', '--kind', 'upload', '--json']).json<ArtifactView[]>();
    const upload = uploads.find((artifact) => artifact.fileName && !artifact.blob) as ArtifactView;
    expect(upload).toBeDefined();
    const original = join(dir, 'Documents', upload.fileName as string);
    mkdirSync(join(dir, 'Documents'));
    execFileSync('truncate', ['-s', String(upload.sizeBytes ?? 0), original]);
    const listed = runCli(data, ['artifacts', '--kind', 'upload']).stdout;
    expect(listed).toContain(`#${upload.id}  upload`);
    expect(listed).toContain(`(${upload.conversationId})`);
    expect(listed).toMatch(/archivist relink looks for the original/);

    const accepted = runCli(data, ['link', 'accept', String(upload.id), original]);
    expect(accepted.stdout).toContain(`#${upload.id}  original`);
    expect(accepted.stdout).toContain('(chosen by you)');
    expect(runCli(data, ['artifacts', '--kind', 'upload']).stdout).toContain(`original on disk: ${original}`);
    const unlinked = runCli(data, ['link', 'unlink', String(upload.id)]).stdout;
    expect(unlinked).not.toContain('[person]');
    expect(runCli(data, ['links', '--status', 'candidate']).stdout).toBe(
      'No uploads are waiting for you to confirm an original.\n',
    );
    const relinked = runCli(data, ['relink', '--root', join(dir, 'Desktop')]).stdout;
    expect(relinked).toContain(`${join(dir, 'Desktop')} does not exist; skipped.`);
    expect(relinked).not.toMatch(/ENOENT|note:/);
  });

  it('takes a date alone as the whole day, says what it looked for, and speaks in the CLI’s terms', async () => {
    const dir = temp();
    const at = Date.UTC(2024, 8, 10, 21, 48) / 1000;
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([
          makeConversation('late', [
            { role: 'user', text: 'See the attached notes', createTime: at },
            { role: 'assistant', text: 'Read them.', createTime: at + 60 },
          ]),
        ]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    const data = join(dir, 'data');
    runCli(data, ['import', zip]);
    const page = runCli(data, ['timeline', '--from', '2024-09-01', '--to', '2024-09-10', '--json'], {
      TZ: 'UTC',
    });
    expect(page.json<TimelinePage>().items.map((item) => item.conversationId)).toContain('late');
    // In Amsterdam the message was written on 10 September at 23:48: still that day.
    const amsterdam = runCli(data, ['timeline', '--to', '2024-09-10', '--json'], { TZ: 'Europe/Amsterdam' });
    expect(amsterdam.json<TimelinePage>().items.length).toBeGreaterThan(0);
    const empty = runCli(data, ['timeline', '--project', 'g-p-roadmap']).stdout;
    expect(empty).toBe('Nothing on the timeline in project "g-p-roadmap".\n');
    const bad = runCli(data, ['export', '--all', '--format', 'pdf', '--out', join(dir, 'notes')]);
    expect(bad.stderr).toBe('archivist: --format takes one of md, html, json; got "pdf".\n');
    const badDate = runCli(data, ['search', 'notes', '--from', 'last tuesday']);
    expect(badDate.stderr).toBe('archivist: --from must be an ISO-8601 date or time, got "last tuesday".\n');
  });
});

describe('what Archivist prints', () => {
  it('never rewrites the person’s own words, even where they read like a command', async () => {
    const dir = temp();
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([
          makeConversation('cron', [{ role: 'user', text: 'Should archivist import run nightly?' }], {
            title: 'Notes: archivist import runs nightly',
          }),
        ]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    const data = join(dir, 'data');
    runCli(data, ['import', zip]);
    expect(runCli(data, ['conversations']).stdout).toContain('Notes: archivist import runs nightly');
    expect(runCli(data, ['show', 'cron']).stdout).toContain('Should archivist import run nightly?');
  });
});
