// A blob is bytes from an export, so hostile: an SVG or HTML file opened from the archive must not
// run script with the origin of the page that shows it (the HTTP bridge's, or the desktop app's app://).
// Only types a browser shows passively are served inline; the rest are sandboxed downloads, never sniffed.

export interface BlobDescription {
  readonly mimeType: string;
  readonly fileName: string;
  readonly bytes: number;
}

const MIME_ESSENCE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** The type's essence ("image/png"), or application/octet-stream for anything malformed. */
export function mimeEssence(mimeType: string): string {
  const essence = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  return MIME_ESSENCE.test(essence) ? essence : 'application/octet-stream';
}

/** Types a browser only displays: images (but SVG, which is a document), audio, video, PDF, plain text. */
export function isPassiveType(essence: string): boolean {
  if (essence.endsWith('+xml') || essence.endsWith('/xml')) return false;
  return (
    essence.startsWith('image/') ||
    essence.startsWith('audio/') ||
    essence.startsWith('video/') ||
    essence === 'application/pdf' ||
    essence === 'text/plain'
  );
}

/** `filename="…"` for old clients (ASCII only) and `filename*=` with the real name. */
function dispositionName(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._ ()-]/g, '_').slice(0, 200) || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function blobHeaders(blob: BlobDescription): Record<string, string> {
  const essence = mimeEssence(blob.mimeType);
  const passive = isPassiveType(essence);
  return {
    // A type a browser would run (SVG, HTML) is not even named: the download is plain bytes.
    'Content-Type': passive ? essence : 'application/octet-stream',
    'Content-Length': String(blob.bytes),
    'X-Content-Type-Options': 'nosniff',
    // A blob's id always names the same bytes for the life of the archive.
    'Cache-Control': 'private, max-age=31536000, immutable',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Content-Disposition': `${passive ? 'inline' : 'attachment'}; ${dispositionName(blob.fileName)}`,
    ...(passive ? {} : { 'Content-Security-Policy': 'sandbox' }),
  };
}
