// 2026 exports rename every binary to `.dat`; the first bytes still say what a file is.

const SIGNATURES: readonly {
  readonly mime: string;
  readonly ext: string;
  readonly test: (b: Buffer) => boolean;
}[] = [
  { mime: 'image/png', ext: 'png', test: (b) => b.subarray(0, 8).toString('hex') === '89504e470d0a1a0a' },
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b.subarray(0, 3).toString('hex') === 'ffd8ff' },
  { mime: 'image/gif', ext: 'gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    mime: 'image/webp',
    ext: 'webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    mime: 'audio/wav',
    ext: 'wav',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WAVE',
  },
  { mime: 'application/pdf', ext: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mime: 'application/zip', ext: 'zip', test: (b) => b.subarray(0, 4).toString('hex') === '504b0304' },
  { mime: 'audio/mpeg', ext: 'mp3', test: (b) => b.subarray(0, 3).toString('latin1') === 'ID3' },
  { mime: 'audio/ogg', ext: 'ogg', test: (b) => b.subarray(0, 4).toString('latin1') === 'OggS' },
  { mime: 'video/mp4', ext: 'mp4', test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' },
  { mime: 'audio/webm', ext: 'webm', test: (b) => b.subarray(0, 4).toString('hex') === '1a45dfa3' },
];

export interface SniffedType {
  readonly mime: string;
  readonly ext: string;
}

export function sniffFileType(head: Buffer): SniffedType | null {
  for (const signature of SIGNATURES) {
    if (signature.test(head)) return { mime: signature.mime, ext: signature.ext };
  }
  return null;
}

const MIME_BY_EXT: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeFromFileName(name: string): string | null {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return MIME_BY_EXT[ext] ?? null;
}
