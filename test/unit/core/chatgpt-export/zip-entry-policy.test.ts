import { describe, expect, it } from 'vitest';
import {
  checkEntries,
  checkEntry,
  DEFAULT_ZIP_LIMITS,
  isIgnoredEntry,
  unsafeNameReason,
} from '../../../../src-main/core/chatgpt-export/zip-entry-policy.js';

describe('zip entry policy', () => {
  it('accepts the names real exports use', () => {
    for (const name of [
      'conversations.json',
      'dalle-generations/file-abc-1234.webp',
      'user-x/file_00ab-uuid.png',
      '6a1b2c3d-0000-0000-0000-000000000000/audio/file_1.wav',
      'file-XYZ-Report final (1).pdf',
    ]) {
      expect(unsafeNameReason(name), name).toBeNull();
    }
  });

  it('refuses names that climb out or are absolute', () => {
    expect(unsafeNameReason('../x')).toMatch(/climbs out/);
    expect(unsafeNameReason('a/../../x')).toMatch(/climbs out/);
    expect(unsafeNameReason('/etc/x')).toMatch(/absolute/);
    expect(unsafeNameReason('C:/Windows/x')).toMatch(/absolute/);
    expect(unsafeNameReason('a\\..\\x')).toMatch(/backslash/);
  });

  it('refuses a zip bomb by its ratio, and lets small well-compressed files through', () => {
    const bomb = checkEntry({
      name: 'conversations.json',
      compressedSize: 1_000_000,
      uncompressedSize: 1_000_000_000,
    });
    expect(bomb).toMatchObject({ ok: false, code: 'zip-bomb' });
    expect(checkEntry({ name: 'spaces.txt', compressedSize: 100, uncompressedSize: 1_000_000 }).ok).toBe(
      true,
    );
    expect(
      checkEntry({ name: 'conversations.json', compressedSize: 60_000_000, uncompressedSize: 300_000_000 })
        .ok,
    ).toBe(true);
  });

  it('refuses too many entries and too many bytes in all', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntries: 2, maxTotalBytes: 100 };
    const entry = { name: 'a', compressedSize: 40, uncompressedSize: 40 };
    expect(checkEntries([entry, entry, entry], limits)).toMatchObject({ ok: false, code: 'zip-bomb' });
    expect(checkEntries([entry, { ...entry, uncompressedSize: 70 }], limits)).toMatchObject({ ok: false });
    expect(checkEntries([entry, entry], limits).ok).toBe(true);
  });

  it('ignores what macOS adds when a user re-zips an export', () => {
    expect(isIgnoredEntry('__MACOSX/._conversations.json')).toBe(true);
    expect(isIgnoredEntry('export/._user.json')).toBe(true);
    expect(isIgnoredEntry('export/')).toBe(true);
    expect(isIgnoredEntry('conversations.json')).toBe(false);
  });
});
