// An artifact's bytes come from an export, so hostile: an SVG or HTML file shown through app:// must
// not run script with the app's origin (and so reach the IPC bridge). Only types a browser shows
// passively are answered inline; everything else is a sandboxed download, never sniffed.
// (The HTTP bridge has its own copy of this rule; electron/ may not import http-bridge/.)

export interface BlobDescription {
  readonly mimeType: string;
  readonly fileName: string;
  readonly bytes: number;
}

const MIME_ESSENCE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

function essenceOf(mimeType: string): string {
  const essence = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  return MIME_ESSENCE.test(essence) ? essence : 'application/octet-stream';
}

function isPassive(essence: string): boolean {
  if (essence.endsWith('+xml') || essence.endsWith('/xml')) return false;
  return (
    essence.startsWith('image/') ||
    essence.startsWith('audio/') ||
    essence.startsWith('video/') ||
    essence === 'application/pdf' ||
    essence === 'text/plain'
  );
}

function dispositionName(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._ ()-]/g, '_').slice(0, 200) || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function archiveBlobHeaders(blob: BlobDescription): Record<string, string> {
  const essence = essenceOf(blob.mimeType);
  const passive = isPassive(essence);
  return {
    'Content-Type': passive ? essence : 'application/octet-stream',
    'Content-Length': String(blob.bytes),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=31536000, immutable',
    'Content-Disposition': `${passive ? 'inline' : 'attachment'}; ${dispositionName(blob.fileName)}`,
    ...(passive ? {} : { 'Content-Security-Policy': 'sandbox' }),
  };
}
