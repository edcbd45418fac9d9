// Names for what Archivist writes after a conversation (a Markdown file, a rebuild kit's folder): its
// title, which is text from an export and may hold anything, made into one name every file system
// takes (Windows, macOS, Linux), followed by a short id so that equal titles never share a name.

const MAX_TITLE_CHARACTERS = 80;
/** Well under the 255 bytes most file systems allow a name, with room for the id and an extension. */
const MAX_TITLE_BYTES = 150;
/** Windows gives these names to devices, whatever follows a dot. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function cleaned(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // A leading dot hides a file on macOS and Linux; Windows drops trailing dots and spaces.
      .replace(/^[.\s]+/, '')
      .replace(/[.\s]+$/, '')
  );
}

/** At most `characters` whole characters (never half an emoji) and `bytes` bytes of UTF-8. */
function shortened(text: string, characters: number, bytes: number): string {
  const kept: string[] = [];
  let size = 0;
  for (const character of Array.from(text).slice(0, characters)) {
    size += Buffer.byteLength(character);
    if (size > bytes) break;
    kept.push(character);
  }
  return kept.join('').replace(/[.\s]+$/, '');
}

/** The id's first 8 characters, safe in a name: what tells equal titles apart. */
export function shortIdOf(id: string): string {
  return shortened(cleaned(id).replace(/\s/g, '-'), 8, 32) || 'no-id';
}

/** `<title> (<short id>)`, safe as one file or folder name. */
export function titledFileName(title: string | null, id: string): string {
  let base = shortened(cleaned(title ?? ''), MAX_TITLE_CHARACTERS, MAX_TITLE_BYTES) || 'Untitled';
  if (WINDOWS_DEVICE.test(base)) base = `${base}_`;
  return `${base} (${shortIdOf(id)})`;
}
