// `archivist serve` as a browser and other programs meet it: the printed address, calls through the
// HTTP transport, every refusal (no secret, a foreign Host or Origin, bad bodies), blobs served
// inert, live events while imports run, exports uploaded as a page drops them, the Downloads watcher,
// the window's files, and a clean stop.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveApi } from '../../src-shared/contract/archive-contract.js';
import { createArchiveClient } from '../../src-shared/contract/archive-rpc.js';
import { createHttpTransport, type FetchLike } from '../../src-shared/contract/http-transport.js';
import type { ArchiveStats } from '../../src-shared/model/archive-stats.js';
import type { ImportJob } from '../../src-shared/model/import-job.js';
import type { ImportReport } from '../../src-shared/model/import-report.js';
import { uploadRoute } from '../../src-shared/contract/transport-names.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import {
  generateExport,
  writeExportZip,
  writeLargeExportZip,
} from '../support/export-generator/generate-export.js';
import { sampleBinary } from '../support/export-generator/sample-binaries.js';
import { CLI, runCli } from '../support/run-cli.js';
import { EventStreamReader, ServeProcess, type ServeAddress } from '../support/serve-process.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();
const running: ServeProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.signal('SIGKILL');
    await server.exited;
  }
});

function serve(data: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ServeProcess {
  const server = new ServeProcess(data, args, env);
  running.push(server);
  return server;
}

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly text: string;
  json<T = unknown>(): T;
}

/** A request as any program could send it, Host header included (fetch will not set that one). */
/** An export sent the way the window sends one, as bytes to the upload route: the page names no path. */
async function uploadExport(address: ServeAddress, zip: string): Promise<ImportJob> {
  const answer = await raw(address.port, {
    method: 'POST',
    path: uploadRoute(basename(zip)),
    headers: { 'x-archivist-secret': address.secret, 'content-type': 'application/zip' },
    body: readFileSync(zip),
  });
  expect(answer.status, answer.text).toBe(202);
  return answer.json<{ ok: true; value: ImportJob }>().value;
}

/** The job once its import has ended, asked for as the window asks. */
async function endedJob(client: ArchiveApi, id: number): Promise<ImportJob> {
  for (;;) {
    const job = (await client.listImportJobs({})).find((listed) => listed.id === id);
    if (job && ['done', 'failed', 'cancelled'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body,
            text: body.toString('utf8'),
            json: <T>() => JSON.parse(body.toString('utf8')) as T,
          });
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function clientOf(address: ServeAddress): ArchiveApi {
  return createArchiveClient(
    createHttpTransport({
      fetch: fetch as unknown as FetchLike,
      baseUrl: address.baseUrl,
      secret: address.secret,
    }),
  );
}

async function openEvents(
  address: ServeAddress,
  headers: Record<string, string>,
): Promise<EventStreamReader> {
  const response = await fetch(`${address.baseUrl}/api/events`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return new EventStreamReader(response.body as ReadableStream<Uint8Array>);
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
const PNG = sampleBinary('png', 'whiteboard');

/** An export whose first message uploads an SVG and a PNG, both carried in the ZIP. */
async function exportWithUploads(zip: string): Promise<void> {
  const conversation = makeConversation('uploads', [
    { role: 'user', text: 'Here is the logo and the whiteboard photo' },
    { role: 'assistant', text: 'Both received.' },
  ]);
  const mapping = conversation.mapping as Record<string, { message: { metadata: Record<string, unknown> } }>;
  mapping['uploads-0']!.message.metadata['attachments'] = [
    { id: 'file-Logo1', name: 'logo.svg', size: Buffer.byteLength(SVG), mime_type: 'image/svg+xml' },
    { id: 'file-Photo1', name: 'whiteboard.png', size: PNG.length, mime_type: 'image/png' },
  ];
  const other = makeConversation('plain', [
    { role: 'user', text: 'Which queue should we use?' },
    { role: 'assistant', text: 'RabbitMQ.' },
  ]);
  await writeZip(zip, [
    { name: 'conversations.json', data: JSON.stringify([conversation, other]) },
    { name: 'user.json', data: USER_JSON },
    { name: 'file-Logo1-logo.svg', data: SVG },
    { name: 'file-Photo1-whiteboard.png', data: PNG },
  ]);
}

describe('archivist serve --no-watch', () => {
  let dir: string;
  let server: ServeProcess;
  let address: ServeAddress;
  let client: ArchiveApi;
  let uploadsZip: string;

  beforeAll(async () => {
    // One server for the checks below; its folder outlives each test (useTempFolders clears per test).
    dir = mkdtempSync(join(tmpdir(), 'archivist-serve-'));
    const renderer = join(dir, 'dist-renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>The Archivist window</title>');
    await writeFile(join(renderer, 'assets', 'app-3f9a.js'), 'console.log("window");');
    await writeFile(join(dir, 'private.txt'), 'not for the web');
    uploadsZip = join(dir, 'uploads.zip');
    await exportWithUploads(uploadsZip);
    server = new ServeProcess(join(dir, 'data'), ['--port', '0', '--no-watch'], {
      ARCHIVIST_RENDERER: renderer,
    });
    address = await server.address;
    client = clientOf(address);
  });

  afterAll(async () => {
    server.signal('SIGKILL');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its address first, on 127.0.0.1 with a fresh 32-byte secret', () => {
    expect(server.output[0]).toBe(`Archivist is running at ${address.url}`);
    expect(address.port).toBeGreaterThan(0);
    expect(Buffer.from(address.secret, 'base64url')).toHaveLength(32);
  });

  it('answers ArchiveApi calls through the HTTP transport, errors included', async () => {
    // The page names no path on disk, even to import; it sends the export's bytes.
    await expect(client.importExport({ path: uploadsZip })).rejects.toMatchObject({ code: 'invalid-input' });
    const job = await uploadExport(address, uploadsZip);
    expect(await endedJob(client, job.id)).toMatchObject({ status: 'done' });
    const stats = await client.getStats({});
    expect(stats).toMatchObject({ exports: 1, conversations: 2 });
    const titles = (await client.listConversations({})).map((conversation) => conversation.title).sort();
    expect(titles).toEqual(['Conversation plain', 'Conversation uploads']);
    // The service's refusals come back as errors with their code, as from every transport.
    await expect(client.getConversation({ id: 'no-such-conversation' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(client.search({ text: 'queue', limit: -3 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const refused = await raw(address.port, {
      method: 'POST',
      path: '/api/getConversation',
      headers: { 'x-archivist-secret': address.secret, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'no-such-conversation' }),
    });
    expect(refused.status).toBe(200);
    expect(refused.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a folder or path the page names: only Archivist chooses where files go', async () => {
    const kit = join(dir, 'kit-from-the-page');
    await expect(client.startRebuildKit({ conversationId: 'uploads', folder: kit })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/names a place on disk/),
    });
    await expect(client.addScanRoot({ path: dir })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(client.addWatchedFolder({ path: dir })).rejects.toMatchObject({ code: 'invalid-input' });
    const listed = [
      ...(await client.listScanRoots({})).folders,
      ...(await client.listWatchedFolders({})).folders,
    ];
    expect(listed.map((folder) => folder.path)).not.toContain(dir);
  });

  it('refuses API, event and blob requests without the secret (401)', async () => {
    for (const [method, path] of [
      ['POST', '/api/getStats'],
      ['GET', '/api/events'],
      ['GET', '/blobs/1'],
      ['POST', '/api/session'],
    ] as const) {
      const body = method === 'POST' ? '{}' : undefined;
      const none = await raw(address.port, { method, path, ...(body ? { body } : {}) });
      expect(none.status, `${method} ${path}`).toBe(401);
      const wrong = await raw(address.port, {
        method,
        path,
        ...(body ? { body } : {}),
        headers: { 'x-archivist-secret': 'x'.repeat(43), cookie: `archivist-session=${'y'.repeat(43)}` },
      });
      expect(wrong.status, `${method} ${path}`).toBe(401);
      expect(wrong.text).not.toContain('conversations');
    }
    const transport = createArchiveClient(
      createHttpTransport({ fetch: fetch as unknown as FetchLike, baseUrl: address.baseUrl }),
    );
    await expect(transport.getStats({})).rejects.toThrow(/secret/);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (403), even with the secret', async () => {
    const secret = { 'x-archivist-secret': address.secret };
    const asked = (headers: Record<string, string>, path = '/api/getStats', method = 'POST') =>
      raw(address.port, {
        method,
        path,
        headers: { ...secret, ...headers },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
    expect((await asked({ host: `evil.example:${address.port}` })).status).toBe(403);
    expect((await asked({ host: `evil.example:${address.port}` }, '/', 'GET')).status).toBe(403);
    expect((await asked({ host: `127.0.0.1:${address.port + 1}` })).status).toBe(403);
    expect((await asked({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await asked({ origin: `http://evil.example:${address.port}` })).status).toBe(403);
    // What a sandboxed blob's script would send.
    expect((await asked({ origin: 'null' })).status).toBe(403);
    expect((await asked({ host: `localhost:${address.port}` })).status).toBe(200);
    expect((await asked({ origin: `http://127.0.0.1:${address.port}` })).status).toBe(200);
    expect(
      (await asked({ origin: `http://localhost:${address.port}`, host: `localhost:${address.port}` })).status,
    ).toBe(200);
  });

  it('trades the secret for an HttpOnly SameSite=Strict cookie that carries calls, events and blobs', async () => {
    const session = await raw(address.port, {
      method: 'POST',
      path: '/api/session',
      headers: { 'x-archivist-secret': address.secret },
    });
    expect(session.status).toBe(204);
    const setCookie = session.headers['set-cookie'] ?? [];
    expect(setCookie).toEqual([`archivist-session=${address.secret}; HttpOnly; SameSite=Strict; Path=/`]);
    const cookie = { cookie: `archivist-session=${address.secret}` };
    const stats = await raw(address.port, {
      method: 'POST',
      path: '/api/getStats',
      headers: cookie,
      body: '{}',
    });
    expect(stats.status).toBe(200);
    expect(stats.json<{ ok: true; value: ArchiveStats }>().value.conversations).toBe(2);
    const [png] = await client
      .listArtifacts({ kind: 'upload' })
      .then((all) => all.filter((artifact) => artifact.fileName === 'whiteboard.png'));
    expect((await raw(address.port, { path: `/blobs/${png!.id}`, headers: cookie })).status).toBe(200);
    const events = await fetch(`${address.baseUrl}/api/events`, { headers: cookie });
    expect(events.status).toBe(200);
    await events.body?.cancel();
  });

  it('says clearly what is wrong with a request: 400, 404, 405, 413', async () => {
    const secret = { 'x-archivist-secret': address.secret, 'content-type': 'application/json' };
    const malformed = await raw(address.port, {
      method: 'POST',
      path: '/api/search',
      headers: secret,
      body: '{"text": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(malformed.json<{ error: { message: string } }>().error.message).toMatch(/not JSON/);

    const unknown = await raw(address.port, {
      method: 'POST',
      path: '/api/dropTables',
      headers: secret,
      body: '{}',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(unknown.json<{ error: { message: string } }>().error.message).toContain('dropTables');

    const huge = await raw(address.port, {
      method: 'POST',
      path: '/api/search',
      headers: secret,
      body: JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // fetch streams the body without a length; the limit holds all the same.
    const streamed = await fetch(`${address.baseUrl}/api/search`, {
      method: 'POST',
      headers: secret,
      body: new Blob(['{"text":"', 'y'.repeat(1024 * 1024 + 10), '"}']).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);

    const verb = await raw(address.port, { path: '/api/getStats', headers: secret });
    expect(verb.status).toBe(405);
    expect(verb.headers['allow']).toBe('POST');
    expect((await raw(address.port, { method: 'DELETE', path: '/', headers: secret })).status).toBe(405);
    expect((await raw(address.port, { method: 'POST', path: '/blobs/1', headers: secret })).status).toBe(405);
  });

  it('serves blobs by artifact id: passive types inline and never sniffed, SVG as a sandboxed download', async () => {
    const uploads = await client.listArtifacts({ kind: 'upload' });
    const svg = uploads.find((artifact) => artifact.fileName === 'logo.svg');
    const png = uploads.find((artifact) => artifact.fileName === 'whiteboard.png');
    expect(svg?.blob).not.toBeNull();
    expect(png?.blob).not.toBeNull();
    const secret = { 'x-archivist-secret': address.secret };

    const image = await raw(address.port, { path: `/blobs/${png!.id}`, headers: secret });
    expect(image.status).toBe(200);
    expect(image.body.equals(PNG)).toBe(true);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(image.headers['content-security-policy']).toBeUndefined();

    const logo = await raw(address.port, { path: `/blobs/${svg!.id}`, headers: secret });
    expect(logo.status).toBe(200);
    expect(logo.text).toBe(SVG);
    expect(logo.headers['content-type']).toBe('application/octet-stream');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.headers['content-security-policy']).toBe('sandbox');
    expect(logo.headers['content-disposition']).toMatch(/^attachment; filename="logo\.svg"/);

    for (const path of ['/blobs/999999', '/blobs/abc', '/blobs/1x', '/blobs/0', '/blobs/', '/blobs/-1']) {
      const missing = await raw(address.port, { path, headers: secret });
      expect(missing.status, path).toBe(404);
    }
  });

  it('streams importJobChanged and importFinished while an import runs', async () => {
    const events = await openEvents(address, { 'x-archivist-secret': address.secret });
    const generated = generateExport({
      era: '2025',
      conversations: 3,
      seed: 41,
      account: { id: 'user-events', email: 'events@example.com' },
    });
    const zip = join(dir, generated.zipFileName);
    await writeExportZip(generated, zip);
    const job = await uploadExport(address, zip);
    const changed = await events.waitFor(
      (event) => event.event === 'importJobChanged' && (event.data as ImportJob).id === job.id,
    );
    expect((changed.data as ImportJob).path).toBe(job.path);
    const finished = await events.waitFor(
      (event) => event.event === 'importFinished' && (event.data as { jobId: number }).jobId === job.id,
    );
    expect(finished.data).toMatchObject({ status: 'imported', conversations: { added: 3 } });
    expect(events.events.some((event) => event.event === 'importProgressed')).toBe(true);
    expect((await client.getStats({})).conversations).toBe(5);
  });

  it("serves the window's files without the secret, every other path as the page, nothing outside", async () => {
    const page = await raw(address.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('The Archivist window');
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; worker-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    for (const route of ['/search?q=rabbitmq', '/conversation/uploads', '/assets/missing.js']) {
      const routed = await raw(address.port, { path: route });
      expect(routed.text, route).toContain('The Archivist window');
      expect(routed.headers['content-security-policy'], route).toMatch(/^default-src 'self'/);
    }
    const script = await raw(address.port, { path: '/assets/app-3f9a.js' });
    expect(script.text).toBe('console.log("window");');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const path of [
      '/%2e%2e%2fprivate.txt',
      '/assets/..%2f..%2fprivate.txt',
      '/..%5cprivate.txt',
      '/../private.txt',
    ]) {
      const climbing = await raw(address.port, { path });
      expect(climbing.text, path).not.toContain('not for the web');
    }
    expect((await raw(address.port, { path: '/%2e%2e%2fprivate.txt' })).status).toBe(404);
  });
});

/** A one-conversation export, as ChatGPT would send it. */
async function oneConversationExport(zip: string, id: string, title: string): Promise<void> {
  const conversation = makeConversation(id, [
    { role: 'user', text: `Tell me about ${title}` },
    { role: 'assistant', text: `${title}: all there is to know.` },
  ]);
  await writeZip(zip, [
    { name: 'conversations.json', data: JSON.stringify([{ ...conversation, title }]) },
    { name: 'user.json', data: USER_JSON },
  ]);
}

/** What is in a folder of the data folder, [] when it is not there. */
function listing(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder) : [];
}

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Still not so after ${ms} ms: ${what}`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
}

describe('archivist serve, exports uploaded by the page', () => {
  let dir: string;
  let data: string;
  let server: ServeProcess;
  let address: ServeAddress;
  let client: ArchiveApi;
  let events: EventStreamReader;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'archivist-upload-'));
    data = join(dir, 'data');
    server = new ServeProcess(data, ['--port', '0', '--no-watch']);
    address = await server.address;
    client = clientOf(address);
    events = await openEvents(address, { 'x-archivist-secret': address.secret });
  });

  afterAll(async () => {
    server.signal('SIGKILL');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = (name: string, body: Buffer, headers: Record<string, string> = {}, modified?: number) =>
    raw(address.port, {
      method: 'POST',
      path: uploadRoute(name, modified),
      headers: { 'x-archivist-secret': address.secret, 'content-type': 'application/zip', ...headers },
      body,
    });

  it('imports an uploaded export like a dropped one, keeps it once, and leaves no upload behind', async () => {
    const zip = join(dir, 'lighthouse.zip');
    await oneConversationExport(zip, 'lighthouse', 'Which lighthouse for the logo');
    const modified = Date.parse('2025-04-25T14:40:42Z');
    // The browser's name, with a path in it: only the file name is used.
    const answer = await upload('../../Downloads/chatgpt-export.zip', readFileSync(zip), {}, modified);
    expect(answer.status, answer.text).toBe(202);
    const job = answer.json<{ ok: true; value: ImportJob }>().value;
    expect(job).toMatchObject({ origin: 'drop', status: 'queued' });
    expect(job.path.startsWith(join(data, 'incoming'))).toBe(true);
    expect(job.path.endsWith(`${'/'}chatgpt-export.zip`)).toBe(true);

    const finished = await events.waitFor(
      (event) => event.event === 'importFinished' && (event.data as { jobId: number }).jobId === job.id,
    );
    expect(finished.data).toMatchObject({ status: 'imported', conversations: { added: 1 } });
    const titles = (await client.listConversations({})).map((conversation) => conversation.title);
    expect(titles).toEqual(['Which lighthouse for the logo']);
    // Kept once in exports/ (keepExports is on), with the file's own time; the upload itself is gone.
    expect(listing(join(data, 'incoming'))).toEqual([]);
    const kept = listing(join(data, 'exports')).flatMap((sha) =>
      listing(join(data, 'exports', sha)).map((name) => join(data, 'exports', sha, name)),
    );
    expect(kept.map((path) => path.split('/').pop())).toEqual(['chatgpt-export.zip']);
    expect(readFileSync(kept[0]!).equals(readFileSync(zip))).toBe(true);
    expect(statSync(kept[0]!).mtimeMs).toBe(modified);
    expect((await client.getStats({})).keptExports).toMatchObject({ count: 1 });
  });

  it('keeps no copy of an upload when the person keeps no exports', async () => {
    await client.updateSettings({ keepExports: false });
    try {
      const zip = join(dir, 'porto.zip');
      await oneConversationExport(zip, 'porto', 'A weekend in Porto');
      const answer = await upload('porto.zip', readFileSync(zip));
      expect(answer.status, answer.text).toBe(202);
      const job = answer.json<{ ok: true; value: ImportJob }>().value;
      await events.waitFor(
        (event) => event.event === 'importFinished' && (event.data as { jobId: number }).jobId === job.id,
      );
      expect((await client.listConversations({})).map((c) => c.title)).toContain('A weekend in Porto');
      expect(listing(join(data, 'incoming'))).toEqual([]);
      expect((await client.getStats({})).keptExports).toMatchObject({ count: 1 });
    } finally {
      await client.updateSettings({ keepExports: true });
    }
  });

  it('refuses an upload without the secret (401), from a foreign Host or Origin (403), and by GET (405)', async () => {
    const zip = join(dir, 'refused.zip');
    await oneConversationExport(zip, 'refused', 'Never imported');
    const bytes = readFileSync(zip);
    const before = (await client.listImportJobs({})).length;
    const noSecret = await raw(address.port, {
      method: 'POST',
      path: uploadRoute('refused.zip'),
      body: bytes,
    });
    expect(noSecret.status).toBe(401);
    expect((await upload('refused.zip', bytes, { 'x-archivist-secret': 'x'.repeat(43) })).status).toBe(401);
    expect((await upload('refused.zip', bytes, { host: `evil.example:${address.port}` })).status).toBe(403);
    expect((await upload('refused.zip', bytes, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload('refused.zip', bytes, { origin: 'null' })).status).toBe(403);
    const byGet = await raw(address.port, {
      path: uploadRoute('refused.zip'),
      headers: { 'x-archivist-secret': address.secret },
    });
    expect(byGet.status).toBe(405);
    expect(byGet.headers['allow']).toBe('POST');
    expect((await client.listImportJobs({})).length).toBe(before);
    expect(listing(join(data, 'incoming'))).toEqual([]);
    expect((await client.listConversations({})).map((c) => c.title)).not.toContain('Never imported');
  });

  it('refuses a file that is not a ZIP (415) or has no name (400), naming it, and queues nothing', async () => {
    const before = (await client.listImportJobs({})).length;
    const text = await upload('notes.txt', Buffer.from('just notes'));
    expect(text.status).toBe(415);
    expect(text.json()).toMatchObject({ ok: false, error: { code: 'not-a-zip' } });
    expect(text.json<{ error: { message: string } }>().error.message).toMatch(
      /^“notes\.txt” is not a ZIP file/,
    );
    const nameless = await raw(address.port, {
      method: 'POST',
      path: '/upload',
      headers: { 'x-archivist-secret': address.secret },
      body: Buffer.from('PK'),
    });
    expect(nameless.status).toBe(400);
    expect(nameless.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await client.listImportJobs({})).length).toBe(before);
    expect(listing(join(data, 'incoming'))).toEqual([]);
  });

  it('streams an upload to the data folder as it arrives; one cut off leaves nothing and queues nothing', async () => {
    const before = (await client.listImportJobs({})).length;
    const outgoing = request({
      host: '127.0.0.1',
      port: address.port,
      method: 'POST',
      path: uploadRoute('cut-off.zip'),
      headers: { 'x-archivist-secret': address.secret, 'content-length': String(8 * 1024 * 1024) },
    });
    outgoing.on('error', () => {});
    outgoing.write(Buffer.alloc(256 * 1024, 1));
    const incoming = join(data, 'incoming');
    // On disk, under a temporary name, before the body is complete.
    await until(
      () => listing(incoming).some((folder) => listing(join(incoming, folder)).includes('cut-off.zip.part')),
      'the upload is being written',
    );
    outgoing.destroy();
    await until(() => listing(incoming).length === 0, 'the cut-off upload is removed');
    expect((await client.listImportJobs({})).length).toBe(before);
    // The server goes on answering.
    expect((await client.getStats({})).conversations).toBe(2);
  });
});

describe('archivist serve, stopping and starting', () => {
  it('stops on SIGTERM with exit 0 mid-import, the archive whole; the import then completes', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const zip = join(dir, `${'d'.repeat(64)}-2025-04-25-14-40-42-${'e'.repeat(32)}.zip`);
    const generated = await writeLargeExportZip(zip, { targetBytes: 24 * 1024 * 1024, seed: 11 });
    const server = serve(data, ['--no-watch']);
    const address = await server.address;
    const events = await openEvents(address, { 'x-archivist-secret': address.secret });
    await uploadExport(address, zip);
    await events.waitFor(
      (event) =>
        event.event === 'importProgressed' && (event.data as { phase: string }).phase === 'conversations',
    );
    server.signal('SIGTERM');
    expect(await server.exited).toBe(0);
    await events.ended;
    expect(
      events.events.some(
        (event) => event.event === 'importFinished' && (event.data as ImportReport).status === 'imported',
      ),
    ).toBe(false);

    expect(runCli(data, ['check', '--json']).json<{ ok: boolean }>().ok).toBe(true);
    expect(runCli(data, ['stats', '--json']).json<ArchiveStats>().exports).toBe(0);
    // The next run finishes the interrupted upload's import first; the same ZIP is then already in.
    const resumed = runCli(data, ['import', zip, '--json']);
    expect(resumed.status).toBe(0);
    expect(resumed.json<ImportReport[]>()[0]).toMatchObject({ status: 'already-imported' });
    expect(runCli(data, ['stats', '--json']).json<ArchiveStats>()).toMatchObject({
      exports: 1,
      conversations: generated.conversations,
      messages: generated.messages,
    });
  });

  it('names the port when --port is taken, and exits 1', async () => {
    const dir = temp();
    const taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
    const port = (taken.address() as AddressInfo).port;
    try {
      const result = spawnSync(
        process.execPath,
        [CLI, '--data', join(dir, 'data'), 'serve', '--port', String(port), '--no-watch'],
        {
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      taken.close();
    }
  });
});

describe('archivist serve, watching', () => {
  it('imports an export dropped into the watched folder and tells the open page', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const downloads = join(dir, 'Downloads');
    await mkdir(downloads);
    const server = serve(data, [], {
      ARCHIVIST_DOWNLOADS: downloads,
      ARCHIVIST_RENDERER: join(dir, 'not-built'),
    });
    const address = await server.address;
    expect(server.output[0]).toBe(`Archivist is running at ${address.url}`);

    // No built window: the page says how to build it, under the same policy.
    const page = await raw(address.port, { path: '/' });
    expect(page.text).toContain('npm run build');
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self';/);

    const events = await openEvents(address, { 'x-archivist-secret': address.secret });
    const generated = generateExport({ era: '2026-sharded', conversations: 4, seed: 23 });
    const staged = join(dir, 'staged.zip');
    await writeExportZip(generated, staged);
    // The address is printed once the watcher has had its first look, so this counts as new.
    const landed = join(downloads, generated.zipFileName);
    await rename(staged, landed);
    const finished = await events.waitFor(
      (event) => event.event === 'importFinished' && (event.data as ImportReport).file === landed,
    );
    expect(finished.data).toMatchObject({ status: 'imported', conversations: { added: 4 } });
    expect(
      events.events.some(
        (event) => event.event === 'importJobChanged' && (event.data as ImportJob).origin === 'watcher',
      ),
    ).toBe(true);
    expect((await clientOf(address).getStats({})).conversations).toBe(4);

    server.signal('SIGINT');
    expect(await server.exited).toBe(0);
    expect(runCli(data, ['check', '--json']).json<{ ok: boolean }>().ok).toBe(true);
  });

  it('follows the watched folders as they change: on the command line meanwhile, and by id from the page', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const downloads = join(dir, 'Downloads');
    const exportsFolder = join(dir, 'Exports');
    await mkdir(downloads);
    await mkdir(exportsFolder);
    const server = serve(data, [], {
      ARCHIVIST_DOWNLOADS: downloads,
      ARCHIVIST_RENDERER: join(dir, 'not-built'),
    });
    const address = await server.address;
    const client = clientOf(address);
    const events = await openEvents(address, { 'x-archivist-secret': address.secret });
    const printed = async (line: string) => {
      for (let waited = 0; !server.output.includes(line); waited += 100) {
        if (waited > 20_000)
          throw new Error(`serve never printed "${line}"; it printed:\n${server.output.join('\n')}`);
        await new Promise((wake) => setTimeout(wake, 100));
      }
    };

    // Added on the command line while serve runs: serve follows within seconds, and the page hears of it.
    const added = runCli(data, ['settings', 'watch-folder', 'add', exportsFolder], {
      ARCHIVIST_DOWNLOADS: downloads,
    });
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain(`Watching for exports in:\n  ${downloads}\n  ${exportsFolder}`);
    await printed(`Now watching ${downloads}, ${exportsFolder} for ChatGPT exports.`);
    await events.waitFor(
      (event) =>
        event.event === 'archiveChanged' &&
        (event.data as { changed: string[] }).changed.includes('settings'),
    );

    // The page cannot add a folder by naming it; it removes one by the id it was listed with.
    await expect(client.addWatchedFolder({ path: dir })).rejects.toMatchObject({ code: 'invalid-input' });
    const listed = await client.listWatchedFolders({});
    const old = listed.folders.find((folder) => folder.path === downloads);
    expect((await client.removeWatchedFolder({ id: old!.id })).folders).toEqual([
      { id: expect.any(String), path: exportsFolder },
    ]);
    await printed(`Now watching ${exportsFolder} for ChatGPT exports.`);

    // An export landing in the folder no longer watched stays there; one landing in the new one is imported.
    const ignored = generateExport({ era: '2025', conversations: 2, seed: 61 });
    const wanted = generateExport({ era: '2025', conversations: 3, seed: 62 });
    await writeExportZip(ignored, join(dir, 'ignored.zip'));
    await writeExportZip(wanted, join(dir, 'wanted.zip'));
    const inOld = join(downloads, ignored.zipFileName);
    const inNew = join(exportsFolder, wanted.zipFileName);
    await rename(join(dir, 'ignored.zip'), inOld);
    await new Promise((wake) => setTimeout(wake, 2000));
    await rename(join(dir, 'wanted.zip'), inNew);
    const finished = await events.waitFor(
      (event) => event.event === 'importFinished' && (event.data as ImportReport).file === inNew,
    );
    expect(finished.data).toMatchObject({ status: 'imported', conversations: { added: 3 } });
    expect((await client.listImportJobs({})).map((job) => job.path)).toEqual([inNew]);
    expect((await client.getStats({})).conversations).toBe(3);

    server.signal('SIGINT');
    expect(await server.exited).toBe(0);
  });
});
