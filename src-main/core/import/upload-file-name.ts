// The name an uploaded export is written under in the data folder comes from the browser, so it is
// reduced to a plain file name (no folders, no climbing out, nothing a file system refuses) before
// it touches the disk; a ChatGPT export's own name passes unchanged, so its export time is still read
// from it.

import { isZipFileName, notAZipMessage } from '../../../src-shared/model/dropped-export.js';

export type UploadFileName =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly reason: 'no-name' | 'not-a-zip'; readonly message: string };

const MAX_NAME_BYTES = 200;
// Control characters, and what Windows refuses in a name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

export function uploadFileName(raw: string | null | undefined): UploadFileName {
  // Only the last segment, whichever separator the sender's system uses.
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  let name = last
    .replace(UNSAFE, '_')
    .trim()
    // Windows drops trailing dots and spaces.
    .replace(/[.\s]+$/, '');
  if (/^\.*$/.test(name)) {
    return {
      ok: false,
      reason: 'no-name',
      message: 'The upload has no file name; send it with ?name=<the ZIP file’s name>.',
    };
  }
  if (!isZipFileName(name)) return { ok: false, reason: 'not-a-zip', message: notAZipMessage(name) };
  if (name.slice(0, -4).trim() === '') {
    return { ok: false, reason: 'no-name', message: `“${name}” has no name before “.zip”.` };
  }
  // A leading dot would hide the file; a device name is no file on Windows.
  name = name.replace(/^\./, '_');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return { ok: true, name: shortened(name) };
}

/** The name cut to MAX_NAME_BYTES of UTF-8, its ".zip" kept and no character split. */
function shortened(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const extension = name.slice(-4);
  let stem = '';
  for (const character of name.slice(0, -4)) {
    if (Buffer.byteLength(stem + character + extension) > MAX_NAME_BYTES) break;
    stem += character;
  }
  return stem + extension;
}
