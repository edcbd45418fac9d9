// The window is served from app://archive/, not file:// (checklist item 1): the built renderer's files
// and, by artifact id only, the archive's stored bytes (what `<img src="/blobs/12">` asks for). Every
// path goes through the guard in security/app-path-guard.ts; the page never names a file itself.

import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { windowFileType, WINDOW_PAGE_HEADERS } from '../../src-shared/contract/window-files.js';
import { Readable } from 'node:stream';
import type { Protocol } from 'electron';
import type { ArtifactBlob } from '../core/blobs/artifact-blob.js';
import { APP_ORIGIN, APP_SCHEME } from './security/app-origin.js';
import { parseAppRequest, rendererFileFor } from './security/app-path-guard.js';
import { blobHeaders } from '../core/blobs/blob-headers.js';

export interface AppProtocolOptions {
  /** The built renderer (dist-renderer/). */
  readonly rendererFolder: string;
  /** ArchiveService.artifactBlob: the stored bytes of an artifact, by id. */
  readonly artifactBlob: (artifactId: number) => Promise<ArtifactBlob | null>;
  readonly appOrigin?: string;
}

function notFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

function fileBody(path: string): ReadableStream {
  return Readable.toWeb(createReadStream(path)) as ReadableStream;
}

/** The answer to one app:// request; never throws (a failure is a 404, as for a missing file). */
export async function answerAppRequest(requestUrl: string, options: AppProtocolOptions): Promise<Response> {
  const request = parseAppRequest(requestUrl, options.appOrigin ?? APP_ORIGIN);
  if (request.kind === 'refused') return notFound();
  if (request.kind === 'blob') {
    const blob = await options.artifactBlob(request.artifactId).catch(() => null);
    if (!blob) return notFound();
    return new Response(fileBody(blob.path), { status: 200, headers: blobHeaders(blob) });
  }
  const file =
    request.segments.length > 0 ? await rendererFileFor(options.rendererFolder, request.segments) : 'missing';
  if (file === 'outside') return notFound();
  if (file !== 'missing') {
    const type = windowFileType(file);
    const headers = type.startsWith('text/html')
      ? WINDOW_PAGE_HEADERS
      : { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
    return new Response(fileBody(file), { status: 200, headers });
  }
  // The renderer routes by path (/, /search?q=…, /conversation/<id>): any other path is the page.
  const index = await rendererFileFor(options.rendererFolder, ['index.html']);
  if (index === 'missing' || index === 'outside') return notFound();
  return new Response(fileBody(index), { status: 200, headers: WINDOW_PAGE_HEADERS });
}

/** Before `ready`: app:// behaves like https (standard, secure, fetch), so 'self' in the CSP means it. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** After `ready`: answers app:// from the renderer folder and the archive; returns how to stop. */
export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle' | 'unhandle'>,
  options: AppProtocolOptions,
): () => void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request.url, options));
  return () => protocol.unhandle(APP_SCHEME);
}

/** dist/src-main/electron/ → the project folder's dist-renderer/. */
export function defaultRendererFolder(moduleFolder: string): string {
  return join(moduleFolder, '..', '..', '..', 'dist-renderer');
}
