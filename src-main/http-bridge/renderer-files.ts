// The built renderer (dist-renderer/, made by Vite) served as files: any path that is not a file is
// the page itself, because the renderer routes by path (/, /search?q=…, /conversation/<id>). Its
// files hold nothing private, so they need no secret; every HTML answer carries the page's CSP.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { windowFileType, WINDOW_PAGE_HEADERS } from '../../src-shared/contract/window-files.js';
import { fileURLToPath } from 'node:url';
import { staticPathFor } from './static-path.js';

/** dist/src-main/http-bridge/ → the project folder's dist-renderer/. */
export const DEFAULT_RENDERER_FOLDER = fileURLToPath(new URL('../../../dist-renderer/', import.meta.url));

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
    const type = windowFileType(file);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // Vite names what it puts in assets/ by content hash: such a file never changes.
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    sendFile(response, file, type.startsWith('text/html') ? { ...headers, ...WINDOW_PAGE_HEADERS } : headers);
    return;
  }
  const index = join(folder, 'index.html');
  if (await isFile(index)) sendFile(response, index, { ...WINDOW_PAGE_HEADERS });
  else response.writeHead(200, { ...WINDOW_PAGE_HEADERS }).end(NOT_BUILT_PAGE);
}
