// The name an uploaded export is written under: what the browser sends is cut to a plain file name
// that stays inside its folder on every system, a ChatGPT export's own name passes unchanged, and
// anything but a ZIP is refused in words that name it.

import { describe, expect, it } from 'vitest';
import { uploadFileName } from '../../../../src-main/core/import/upload-file-name.js';

const named = (raw: string | null) => {
  const result = uploadFileName(raw);
  return result.ok ? result.name : `refused (${result.reason}): ${result.message}`;
};

describe('uploadFileName', () => {
  it('keeps a ChatGPT export’s name as it is, so its export time can still be read from it', () => {
    const chatgpt = `${'4f'.repeat(32)}-2025-04-25-14-40-42-7c1e2a.zip`;
    expect(named(chatgpt)).toBe(chatgpt);
    expect(named('My export (2).ZIP')).toBe('My export (2).ZIP');
    expect(named('エクスポート 🗂.zip')).toBe('エクスポート 🗂.zip');
  });

  it('keeps only the last part of a path, whichever separator, so nothing climbs out', () => {
    expect(named('../../.config/Archivist/archive.zip')).toBe('archive.zip');
    expect(named('..\\..\\Windows\\System32\\evil.zip')).toBe('evil.zip');
    expect(named('/etc/cron.d/job.zip')).toBe('job.zip');
    expect(named('C:\\Users\\ada\\Downloads\\export.zip')).toBe('export.zip');
  });

  it('replaces what a file system refuses, and unhides a hidden name', () => {
    expect(named('a\u0000b\nc\u007f.zip')).toBe('a_b_c_.zip');
    expect(named('what? <yes>: "no" | *.zip')).toBe('what_ _yes__ _no_ _ _.zip');
    expect(named('.hidden.zip')).toBe('_hidden.zip');
    expect(named('export.zip. . ')).toBe('export.zip');
    expect(named('CON.zip')).toBe('_CON.zip');
    expect(named('lpt1.zip')).toBe('_lpt1.zip');
  });

  it('cuts a very long name to 200 bytes without splitting a character, keeping .zip', () => {
    const long = uploadFileName(`${'東'.repeat(150)}.zip`);
    expect(long.ok).toBe(true);
    const name = (long as { name: string }).name;
    expect(name.endsWith('.zip')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name).toBe(`${'東'.repeat(65)}.zip`);
  });

  it('refuses a name that is not a ZIP’s, naming it', () => {
    expect(uploadFileName('notes.txt')).toEqual({
      ok: false,
      reason: 'not-a-zip',
      message: expect.stringMatching(/^“notes\.txt” is not a ZIP file/),
    });
    expect(uploadFileName('export.zip.exe')).toMatchObject({ ok: false, reason: 'not-a-zip' });
    expect(uploadFileName('../../passwd')).toMatchObject({
      ok: false,
      reason: 'not-a-zip',
      message: expect.stringContaining('“passwd”'),
    });
  });

  it('refuses no name at all', () => {
    for (const raw of [null, '', '   ', '.', '..', '../', 'folder/', '.zip', ' .zip']) {
      expect(uploadFileName(raw), JSON.stringify(raw)).toMatchObject({ ok: false, reason: 'no-name' });
    }
  });
});
