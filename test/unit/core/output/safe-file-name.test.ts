// A conversation's title is text from an export: as a file or folder name it must be one name every
// file system takes, never a path, never hidden, never too long, never a Windows device.

import { describe, expect, it } from 'vitest';
import { shortIdOf, titledFileName } from '../../../../src-main/core/output/safe-file-name.js';

const ID = '67a1b2c3-0d4e-8f90-a1b2-c3d4e5f60718';

describe('titledFileName', () => {
  it('keeps an ordinary title and adds the first 8 characters of the id', () => {
    expect(titledFileName('Quarterly sales', ID)).toBe('Quarterly sales (67a1b2c3)');
    expect(titledFileName('東京の週末 🗼', ID)).toBe('東京の週末 🗼 (67a1b2c3)');
  });

  it('leaves out what a file system refuses or reads as a path', () => {
    expect(titledFileName('a/b\\c:d*e?f"g<h>i|j', ID)).toBe('a b c d e f g h i j (67a1b2c3)');
    expect(titledFileName('line\nbreak\ttab\u0000nul\u202eflip', ID)).toBe(
      'line break tab nul flip (67a1b2c3)',
    );
    expect(titledFileName('../../etc/passwd', ID)).toBe('etc passwd (67a1b2c3)');
    expect(titledFileName('.hidden', ID)).toBe('hidden (67a1b2c3)');
    expect(titledFileName('Ends with dots... ', ID)).toBe('Ends with dots (67a1b2c3)');
    expect(titledFileName(null, ID)).toBe('Untitled (67a1b2c3)');
    expect(titledFileName(' ?*/ ', ID)).toBe('Untitled (67a1b2c3)');
    expect(titledFileName('CON', ID)).toBe('CON_ (67a1b2c3)');
    expect(titledFileName('lpt1.txt', ID)).toBe('lpt1.txt_ (67a1b2c3)');
  });

  it('shortens a long title by whole characters, within the bytes a name may take', () => {
    const emoji = titledFileName('🗼'.repeat(200), ID);
    expect(emoji).toBe(`${'🗼'.repeat(37)} (67a1b2c3)`);
    expect(Buffer.byteLength(emoji)).toBeLessThan(255);
    expect(titledFileName('x'.repeat(300), ID)).toBe(`${'x'.repeat(80)} (67a1b2c3)`);
  });

  it('makes a hostile id safe too', () => {
    expect(shortIdOf('../../x')).toBe('x');
    expect(shortIdOf('a/b c')).toBe('a-b-c');
    expect(shortIdOf('...')).toBe('no-id');
  });
});
