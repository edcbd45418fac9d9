// The built renderer (dist-renderer/, made by Vite) served as files: any path that is not a file is
// the page itself, because the renderer routes by path (/, /search?q=…, /conversation/<id>). Its
// files hold nothing private, so they need no secret; every HTML answer carries the page's CSP.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_HEADERS } from './page-headers.js';
import { staticPathFor } from './static-path.js';

/** dist/src-main/http-bridge/ → the project folder's dist-renderer/. */
export const DEFAULT_RENDERER_FOLDER = fileURLToPath(new URL('../../../dist-renderer/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Archivist</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 15vh auto; padding: 0 1.5rem; }
  code { background: rgba(127, 127, 127, 0.15); padding: 0.1em 0.3em; border-radius: 4px; }
  @media (prefers-color-scheme: dark) { body { background: #17181a; color: #e6e6e6; } }
</style>
</head>
<body>
<h1>Archivist is running, but its window has not been built</h1>
<p>The archive is here and answering, but the window that shows it is missing from this installation.
Run <code>npm run build</code> in the Archivist project folder, then reload this page.</p>
</body>
</html>
`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function sendFile(response: ServerResponse, path: string, headers: Record<string, string>): void {
  const stream = createReadStream(path);
  stream.on('error', () => response.destroy());
  response.writeHead(200, headers);
  stream.pipe(response);
}

export async function serveRendererFile(
  response: ServerResponse,
  folder: string,
  pathname: string,
): Promise<void> {
  const file = staticPathFor(folder, pathname);
  if (file === null) {
    response
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' })
      .end('Not found\n');
    return;
  }
  if (pathname !== '/' && !pathname.endsWith('/') && (await isFile(file))) {
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // Vite names what it puts in assets/ by content hash: such a file never changes.
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    sendFile(response, file, type.startsWith('text/html') ? { ...headers, ...PAGE_HEADERS } : headers);
    return;
  }
  const index = join(folder, 'index.html');
  if (await isFile(index)) sendFile(response, index, { ...PAGE_HEADERS });
  else response.writeHead(200, { ...PAGE_HEADERS }).end(NOT_BUILT_PAGE);
}
