// How the window's built files are served, the same wherever that is (archivist serve's pages, the
// desktop app's app://): their content types, and one content policy for its pages: only its own
// scripts, styles, fonts and images and the archive's blobs; nothing fetched from the network, no
// eval, no plugins, no workers, no framing, no forms.

export const WINDOW_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes; no stylesheet comes from anywhere but 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "worker-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Every page of the window is sent with these: its policy, never sniffed, never cached stale. */
export const WINDOW_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': WINDOW_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

const FILE_TYPES: Readonly<Record<string, string>> = {
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

/** The content type of one of the window's built files, by its name; bytes when unknown. */
export function windowFileType(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot >= 0 ? FILE_TYPES[fileName.slice(dot).toLowerCase()] : undefined) ?? 'application/octet-stream';
}
