// The renderer's files are served from one folder; no request path reaches outside it.

import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticPathFor } from '../../../src-main/http-bridge/static-path.js';

const root = resolve('/srv/archivist/dist-renderer');

describe('static path guard', () => {
  it('maps paths inside the folder to files there', () => {
    expect(staticPathFor(root, '/')).toBe(root);
    expect(staticPathFor(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(staticPathFor(root, '/assets/index-3f9a.js')).toBe(join(root, 'assets', 'index-3f9a.js'));
    expect(staticPathFor(root, '/fonts/Inter%20Variable.woff2')).toBe(
      join(root, 'fonts', 'Inter Variable.woff2'),
    );
    expect(staticPathFor(root, '/conversation/abc-123')).toBe(join(root, 'conversation', 'abc-123'));
  });

  it('refuses every way of climbing out', () => {
    for (const path of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/assets\\..\\..\\package.json',
      '/%2f%2fetc/passwd/..',
      '/C:/Windows/win.ini',
    ]) {
      expect(staticPathFor(root, path), path).toBeNull();
    }
  });

  it('refuses hidden files, NUL bytes and broken escapes', () => {
    expect(staticPathFor(root, '/.env')).toBeNull();
    expect(staticPathFor(root, '/assets/.git/config')).toBeNull();
    expect(staticPathFor(root, '/index.html%00.png')).toBeNull();
    expect(staticPathFor(root, '/%E0%A4%A')).toBeNull();
    expect(staticPathFor(root, 'index.html')).toBeNull();
  });

  it('never answers a path outside the folder, whatever the input', () => {
    const pieces = ['..', '.', '%2e', '%2e%2e', '%2f', '%5c', 'a', '', '/', '\\', '%00', 'b.js'];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const found = staticPathFor(root, `/${a}/${b}${c}`);
          if (found !== null) expect(found === root || found.startsWith(`${root}/`), found).toBe(true);
        }
  });
});
