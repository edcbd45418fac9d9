// `archivist serve`'s server: the renderer, ArchiveApi calls, archive events, blobs and uploaded
// exports over HTTP on 127.0.0.1, for a browser (until the desktop window exists, and in browser
// tests). Each request passes the Host and Origin guards first, then (for everything but the
// renderer's files) the run's secret; calls go through the window's dispatch, the IPC server's too
// (no paths from the page).

import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, toTransferableError, type AppErrorCode } from '../../src-shared/contract/app-error.js';
import { archiveMethods } from '../../src-shared/contract/archive-contract.js';
import { dispatchWindowCall, type Envelope } from '../../src-shared/contract/archive-rpc.js';
import {
  ARCHIVE_EVENTS_ROUTE,
  SECRET_HEADER,
  SESSION_COOKIE,
  SESSION_ROUTE,
  UPLOAD_ROUTE,
} from '../../src-shared/contract/transport-names.js';
import type { ArchiveService } from '../core/archive-service.js';
import { blobHeaders } from '../core/blobs/blob-headers.js';
import { uploadFileName } from '../core/import/upload-file-name.js';
import type { ArchiveEventStream } from './event-stream.js';
import { isAllowedHost } from './host-guard.js';
import { isAllowedOrigin } from './origin-guard.js';
import { readRequestBody, MAX_BODY_BYTES } from './request-body.js';
import { serveRendererFile } from './renderer-files.js';
import { carriesSecret } from './run-secret.js';

export interface HttpBridgeOptions {
  readonly service: ArchiveService;
  readonly events: ArchiveEventStream;
  readonly secret: string;
  /** 0 for any free port. */
  readonly port: number;
  readonly rendererFolder: string;
}

export interface HttpBridge {
  readonly port: number;
  /** The address to open: the page takes the secret from after the `#` (never sent to a server). */
  readonly url: string;
  /**
   * Stops taking requests and ends every event stream at once; resolves once the calls under way are
   * answered (an import call waits for its import, so stop the import queue alongside).
   */
  close(): Promise<void>;
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope): void {
  response.writeHead(status, JSON_HEADERS).end(JSON.stringify(envelope));
}

function refuse(response: ServerResponse, status: number, code: AppErrorCode, message: string): void {
  // A body nobody reads would leave the connection unusable for the client's next request.
  response.req.resume();
  sendEnvelope(response, status, { ok: false, error: { code, message } });
}

function wrongVerb(response: ServerResponse, allowed: string): void {
  response.setHeader('Allow', allowed);
  refuse(response, 405, 'invalid-input', `This address takes ${allowed} requests only.`);
}

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const { service, events, secret } = options;
  let port = options.port;

  const hasSecret = (request: IncomingMessage) =>
    carriesSecret({ header: request.headers[SECRET_HEADER], cookie: request.headers.cookie }, secret);

  const handleApi = async (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    if (pathname === SESSION_ROUTE) {
      // Only the header can open a session: a cookie alone proves nothing new.
      if (!carriesSecret({ header: request.headers[SECRET_HEADER] }, secret)) return unauthorized(response);
      if (request.method !== 'POST') return wrongVerb(response, 'POST');
      request.resume();
      response
        .writeHead(204, {
          'Set-Cookie': `${SESSION_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
          'Cache-Control': 'no-store',
        })
        .end();
      return;
    }
    if (!hasSecret(request)) return unauthorized(response);
    if (pathname === ARCHIVE_EVENTS_ROUTE) {
      if (request.method !== 'GET') return wrongVerb(response, 'GET');
      events.add(response);
      return;
    }
    if (request.method !== 'POST') return wrongVerb(response, 'POST');
    const method = pathname.slice('/api/'.length);
    if (!(archiveMethods as readonly string[]).includes(method)) {
      request.resume();
      return refuse(response, 404, 'unknown-method', `No archive method "${method}".`);
    }
    const body = await readRequestBody(request);
    if (!body.ok) {
      return refuse(
        response,
        413,
        'invalid-input',
        `The request body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MiB.`,
      );
    }
    let input: unknown;
    try {
      input = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch (error) {
      return refuse(
        response,
        400,
        'invalid-input',
        `The request body is not JSON: ${(error as Error).message}`,
      );
    }
    // The service's own refusals (bad input, not found …) are answers: 200, read from the envelope.
    sendEnvelope(response, 200, await dispatchWindowCall(service, method, input));
  };

  const handleBlob = async (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    if (!hasSecret(request)) return unauthorized(response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return wrongVerb(response, 'GET');
    const id = /^\/blobs\/([1-9][0-9]{0,14})$/.exec(pathname)?.[1];
    const blob = id === undefined ? null : await service.artifactBlob(Number(id));
    if (!blob) return refuse(response, 404, 'not-found', `The archive holds no bytes for ${pathname}.`);
    const stream = createReadStream(blob.path);
    stream.on('error', () => response.destroy());
    response.writeHead(200, blobHeaders(blob));
    stream.pipe(response);
  };

  // The body is streamed to the data folder, never held in memory: an export can be gigabytes.
  const handleUpload = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (!hasSecret(request)) return unauthorized(response);
    if (request.method !== 'POST') return wrongVerb(response, 'POST');
    const named = uploadFileName(url.searchParams.get('name'));
    if (!named.ok) {
      const notZip = named.reason === 'not-a-zip';
      return refuse(response, notZip ? 415 : 400, notZip ? 'not-a-zip' : 'invalid-input', named.message);
    }
    const declared = Number(request.headers['content-length']);
    const modified = Number(url.searchParams.get('modified') ?? Number.NaN);
    try {
      const job = await service.receiveUpload({
        name: named.name,
        body: request,
        ...(Number.isSafeInteger(declared) && declared >= 0 ? { declaredBytes: declared } : {}),
        ...(Number.isSafeInteger(modified) && modified > 0 ? { modifiedMs: modified } : {}),
      });
      sendEnvelope(response, 202, { ok: true, value: job });
    } catch (error) {
      // A sender that went away hears nothing; what it sent is gone already.
      if (request.destroyed && !request.complete) return void response.destroy();
      const problem = toTransferableError(error);
      refuse(response, problem.code === 'disk-full' ? 507 : 500, problem.code, problem.message);
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!isAllowedHost(request.headers.host, port)) {
      return refuse(response, 403, 'not-available', 'Archivist answers only to 127.0.0.1 and localhost.');
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      return refuse(response, 403, 'not-available', 'Archivist answers only its own page.');
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const pathname = url.pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) return handleApi(request, response, pathname);
    if (pathname === UPLOAD_ROUTE) return handleUpload(request, response, url);
    if (pathname === '/blobs' || pathname.startsWith('/blobs/'))
      return handleBlob(request, response, pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') return wrongVerb(response, 'GET');
    return serveRendererFile(response, options.rendererFolder, pathname);
  };

  // Calls under way when the bridge closes are answered first; then every connection is dropped.
  let inFlight = 0;
  let closing = false;
  const server = createServer((request, response) => {
    inFlight++;
    response.on('close', () => {
      inFlight--;
      if (closing && inFlight === 0) server.closeAllConnections();
    });
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else refuse(response, 500, 'internal', `Unexpected error: ${(error as Error).message}`);
    });
  });
  // Node cuts every request off after 5 minutes by default: an upload of a multi-gigabyte export read
  // slowly by the browser must not be. A connection that goes quiet for 2 minutes is still closed.
  server.requestTimeout = 0;
  server.timeout = 120_000;

  await new Promise<void>((listening, failed) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        failed(
          new AppError(
            'not-available',
            `Port ${options.port} on 127.0.0.1 is already in use by another program. Choose another with --port N, or leave --port out for a free one.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        failed(
          new AppError(
            'not-available',
            `Port ${options.port} may not be opened by this user. Choose one above 1023 with --port N, or leave --port out for a free one.`,
          ),
        );
      } else failed(error);
    });
    server.listen({ host: '127.0.0.1', port: options.port }, () => listening());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/#${secret}`,
    async close() {
      closing = true;
      const closed = new Promise<void>((done) => server.close(() => done()));
      events.close();
      if (inFlight === 0) server.closeAllConnections();
      else server.closeIdleConnections();
      await closed;
    },
  };
}

function unauthorized(response: ServerResponse): void {
  refuse(
    response,
    401,
    'not-available',
    'This request does not carry the secret of this Archivist run; open the address `archivist serve` printed.',
  );
}
