// How the bytes of an export are served: passive types inline, everything that could run as a page
// (SVG, HTML, XML, unknown) as a sandboxed download, and never a type the browser guesses.

import { describe, expect, it } from 'vitest';
import { blobHeaders, isPassiveType, mimeEssence } from '../../../../src-main/core/blobs/blob-headers.js';

const headersFor = (mimeType: string, fileName = 'file.bin') =>
  blobHeaders({ mimeType, fileName, bytes: 1234 });

describe('blob headers', () => {
  it('serves images, audio, video, PDF and plain text inline, never sniffed, cached for good', () => {
    for (const type of [
      'image/png',
      'image/webp',
      'audio/wav',
      'video/mp4',
      'application/pdf',
      'text/plain',
    ]) {
      const headers = headersFor(type, 'photo.png');
      expect(headers['Content-Type'], type).toBe(type);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Cache-Control']).toBe('private, max-age=31536000, immutable');
      expect(headers['Content-Length']).toBe('1234');
      expect(headers['Content-Disposition']).toMatch(/^inline; /);
      expect(headers['Content-Security-Policy']).toBeUndefined();
    }
  });

  it('serves SVG, HTML, XML and anything else as a sandboxed download', () => {
    for (const type of [
      'image/svg+xml',
      'text/html',
      'application/xhtml+xml',
      'text/xml',
      'application/xml',
      'application/javascript',
      'text/csv',
      'application/zip',
      'application/octet-stream',
    ]) {
      const headers = headersFor(type);
      expect(headers['Content-Security-Policy'], type).toBe('sandbox');
      expect(headers['Content-Disposition'], type).toMatch(/^attachment; /);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('drops parameters and replaces a malformed type (hostile exports label files as they like)', () => {
    expect(mimeEssence('Image/PNG; charset=x')).toBe('image/png');
    expect(mimeEssence('text/html\r\nSet-Cookie: a=b')).toBe('application/octet-stream');
    expect(mimeEssence('')).toBe('application/octet-stream');
    expect(mimeEssence('png')).toBe('application/octet-stream');
    expect(headersFor('image/png\r\nX-Evil: 1')['Content-Type']).toBe('application/octet-stream');
    expect(headersFor('image/png\r\nX-Evil: 1')['Content-Security-Policy']).toBe('sandbox');
    expect(isPassiveType('image/svg+xml')).toBe(false);
  });

  it('names the file safely in Content-Disposition, the real name kept in filename*', () => {
    const headers = headersFor('image/svg+xml', 'logo "final";\r\nX: 1 — été.svg');
    const disposition = headers['Content-Disposition'] ?? '';
    expect(disposition).not.toMatch(/[\r\n]/);
    expect(disposition).toMatch(/^attachment; filename="[A-Za-z0-9._ ()-]+"; filename\*=UTF-8''[^\s"';]+$/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('logo "final";\r\nX: 1 — été.svg');
  });
});
