// How two file names are compared when looking for an upload's original: Unicode NFC (macOS writes
// NFD), case ignored where the platform's file systems ignore it, and the forms browsers give a second
// download of the same file ("name (1).pdf", "name-1.pdf", "name copy.pdf") traced back to the name.

const CASE_INSENSITIVE_PLATFORMS: readonly NodeJS.Platform[] = ['darwin', 'win32'];

export function matchKey(name: string, platform: NodeJS.Platform = process.platform): string {
  const nfc = name.normalize('NFC');
  return CASE_INSENSITIVE_PLATFORMS.includes(platform) ? nfc.toLowerCase() : nfc;
}

const DUPLICATE_SUFFIX = /^(.+?)(?: ?\(\d{1,3}\)|-\d{1,3}| copy(?: \d{1,3})?)$/;

/** The key of the name a duplicate was made from; the key itself when the name is no duplicate. */
export function baseKey(name: string, platform: NodeJS.Platform = process.platform): string {
  const key = matchKey(name, platform);
  const dot = key.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [key.slice(0, dot), key.slice(dot)] : [key, ''];
  const match = DUPLICATE_SUFFIX.exec(stem);
  return match ? `${match[1]}${extension}` : key;
}
