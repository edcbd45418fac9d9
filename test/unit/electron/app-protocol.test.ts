// The app:// protocol on a real renderer folder and a real archive: the page's files with its CSP,
// every traversal spelling refused (symlinks included), and an artifact's bytes by its id only.

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveService } from '../../../src-main/core/archive-service.js';
import { openArchive } from '../../../src-main/core/open-archive.js';
import { answerAppRequest, type AppProtocolOptions } from '../../../src-main/electron/app-protocol.js';
import { parseAppRequest } from '../../../src-main/electron/security/app-path-guard.js';
import { WINDOW_CONTENT_SECURITY_POLICY } from '../../../src-shared/contract/window-files.js';
import { makeConversation, USER_JSON } from '../../support/conversation-factory.js';
import { sampleBinary } from '../../support/export-generator/sample-binaries.js';
import { useTempFolders } from '../../support/temp-folder.js';
import { writeZip } from '../../support/zip-writer.js';

const PAGE = '<!doctype html><title>The Archivist window</title>';
const SECRET = 'root:x:0:0:the secret outside the renderer folder';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
const PNG = sampleBinary('png', 'whiteboard');

const tempFolder = useTempFolders('suite');
let service: ArchiveService;
let options: AppProtocolOptions;

beforeAll(async () => {
  const dir = tempFolder('archivist-app-protocol');
  const renderer = join(dir, 'dist-renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), PAGE);
  await writeFile(join(renderer, 'assets', 'app-3f9a.js'), 'console.log("window");');
  await writeFile(join(renderer, '.env'), 'hidden');
  await writeFile(join(dir, 'secret.txt'), SECRET);
  // Links inside the folder: one to a file outside it, one to a folder outside it, one that stays in.
  await symlink(join(dir, 'secret.txt'), join(renderer, 'assets', 'escape.txt'));
  await symlink(dir, join(renderer, 'outside'));
  await symlink(join(renderer, 'assets', 'app-3f9a.js'), join(renderer, 'assets', 'alias.js'));

  const conversation = makeConversation('uploads', [
    { role: 'user', text: 'Here is the logo and the whiteboard photo' },
    { role: 'assistant', text: 'Both received.' },
  ]);
  const mapping = conversation.mapping as Record<string, { message: { metadata: Record<string, unknown> } }>;
  mapping['uploads-0']!.message.metadata['attachments'] = [
    { id: 'file-Logo1', name: 'logo.svg', size: Buffer.byteLength(SVG), mime_type: 'image/svg+xml' },
    { id: 'file-Photo1', name: 'whiteboard.png', size: PNG.length, mime_type: 'image/png' },
  ];
  const zip = join(dir, 'export.zip');
  await writeZip(zip, [
    { name: 'conversations.json', data: JSON.stringify([conversation]) },
    { name: 'user.json', data: USER_JSON },
    { name: 'file-Logo1-logo.svg', data: SVG },
    { name: 'file-Photo1-whiteboard.png', data: PNG },
  ]);
  service = openArchive({ dataFolder: join(dir, 'data') });
  await service.importExport({ path: zip });
  options = { rendererFolder: renderer, artifactBlob: (id) => service.artifactBlob(id) };
});

afterAll(async () => {
  await service?.close();
});

async function get(url: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await answerAppRequest(url, options);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

describe('the app:// protocol', () => {
  it('serves the page, with its CSP, at / and at every route the renderer knows', async () => {
    for (const url of ['app://archive/', 'app://archive/index.html', 'app://archive/conversation/abc?x=1']) {
      const page = await get(url);
      expect(page.status).toBe(200);
      expect(page.text).toBe(PAGE);
      expect(page.headers.get('content-security-policy')).toBe(WINDOW_CONTENT_SECURITY_POLICY);
    }
  });

  it('serves the renderer’s files with their type, and a link that stays inside the folder', async () => {
    const script = await get('app://archive/assets/app-3f9a.js');
    expect(script).toMatchObject({ status: 200, text: 'console.log("window");' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://archive/assets/alias.js')).text).toBe('console.log("window");');
  });

  it.each([
    'app://archive/../../secret.txt',
    'app://archive/%2e%2e/secret.txt',
    'app://archive/%2E%2E%2Fsecret.txt',
    'app://archive/assets%2f..%2f..%2fsecret.txt',
    'app://archive/..%5c..%5csecret.txt',
    'app://archive/assets\\..\\..\\secret.txt',
    'app://archive/%00/../secret.txt',
    'app://archive/index.html%00.js',
    'app://archive//etc/passwd',
    'app://archive/%2fetc%2fpasswd',
    'app://archive/C:%5cWindows%5cwin.ini',
    'app://archive/.env',
    'app://archive/assets/escape.txt',
    'app://archive/outside/secret.txt',
    'app://archive/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ])('never answers a file outside the folder (or a hidden one) for %s', async (url) => {
    const answer = await get(url);
    expect(answer.text).not.toContain(SECRET);
    expect(answer.text).not.toBe('hidden');
    expect(answer.text).not.toMatch(/^root:/);
  });

  it('refuses outright the encoded, backslashed, NUL and symlinked spellings', async () => {
    // (`%2e%2e/` alone is folded away by the URL parser, as `../` is: see the next test.)
    for (const url of [
      'app://archive/assets%2f..%2f..%2fsecret.txt',
      'app://archive/..%5csecret.txt',
      'app://archive/index.html%00.js',
      'app://archive/.env',
      'app://archive/assets/escape.txt',
      'app://archive/outside/secret.txt',
      'app://x/../../etc/passwd',
      'app://archive.evil/index.html',
    ]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
    }
  });

  it('reads `app://x/../../etc/passwd` as another host, and a dotted path as nothing outside', () => {
    expect(parseAppRequest('app://x/../../etc/passwd')).toEqual({ kind: 'refused' });
    // The URL parser folds the dots away before the guard sees them: what is left lies inside.
    expect(parseAppRequest('app://archive/../../etc/passwd')).toEqual({
      kind: 'file',
      segments: ['etc', 'passwd'],
    });
  });

  it('serves an artifact’s bytes by its id, images inline and anything active as a sandboxed download', async () => {
    const artifacts = await service.listArtifacts({});
    const png = artifacts.find((artifact) => artifact.fileName === 'whiteboard.png');
    const svg = artifacts.find((artifact) => artifact.fileName === 'logo.svg');
    const image = await answerAppRequest(`app://archive/blobs/${png!.id}`, options);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; filename="whiteboard.png"/);

    const logo = await get(`app://archive/blobs/${svg!.id}`);
    expect(logo.status).toBe(200);
    expect(logo.text).toBe(SVG);
    expect(logo.headers.get('content-type')).toBe('application/octet-stream');
    expect(logo.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(logo.headers.get('content-security-policy')).toBe('sandbox');
  });

  it('finds no blob by a path, a name, a negative or an unknown id', async () => {
    for (const url of [
      'app://archive/blobs/999999',
      'app://archive/blobs/0',
      'app://archive/blobs/-1',
      'app://archive/blobs/01',
      'app://archive/blobs/whiteboard.png',
      'app://archive/blobs/..%2f..%2fdata%2farchive.sqlite',
    ]) {
      const answer = await get(url);
      expect(answer.text, url).not.toContain('SQLite format');
      expect(answer.headers.get('content-disposition'), url).toBeNull();
    }
    expect((await get('app://archive/blobs/999999')).status).toBe(404);
  });
});
