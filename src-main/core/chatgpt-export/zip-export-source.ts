// Reads an export ZIP with yauzl from its central directory, lazily, one entry stream at a time.
// Every entry is vetted by the entry policy before anything is inflated.

import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ExportEntry, ExportSource } from './export-source.js';
import { sha256OfFile, sha256OfText } from './file-hash.js';
import { inflatedEntryStream } from './zip-entry-stream.js';
import {
  checkEntries,
  DEFAULT_ZIP_LIMITS,
  isIgnoredEntry,
  unsafeNameReason,
  type ZipLimits,
} from './zip-entry-policy.js';

const ZIP_SIGNATURES = ['504b0304', '504b0506', '504b0708'];

async function readSignature(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead).toString('hex');
  } finally {
    await handle.close();
  }
}

export async function looksLikeZip(path: string): Promise<boolean> {
  return ZIP_SIGNATURES.includes(await readSignature(path));
}

function describeOpenError(path: string, error: Error): AppError {
  const message = error.message;
  const unsafe = /^(invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(message);
  if (unsafe) {
    const name = unsafe[2] ?? '';
    const reason = unsafeNameReason(name) ?? 'has an unsafe name';
    return new AppError('zip-unsafe-entry', `${path}: refused, entry "${name}" ${reason}.`);
  }
  if (/end of central directory|central directory|unexpected EOF|Unexpected end/i.test(message)) {
    return new AppError(
      'zip-truncated',
      `${path}: the ZIP is incomplete or damaged (${message}). Was the download cut short? Download the export again.`,
    );
  }
  return new AppError('zip-corrupt', `${path}: the ZIP cannot be read (${message}).`);
}

export async function openZipExportSource(
  path: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ExportSource> {
  if (!(await looksLikeZip(path))) {
    throw new AppError('not-a-zip', `${path}: not a ZIP file, so not a ChatGPT export.`);
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch (error) {
    throw describeOpenError(path, error as Error);
  }
  const byName = new Map<string, yauzl.Entry>();
  const entries: ExportEntry[] = [];
  const identity: string[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      identity.push(`${entry.fileName}\0${entry.crc32}\0${entry.uncompressedSize}`);
      if (isIgnoredEntry(entry.fileName)) continue;
      byName.set(entry.fileName, entry);
      entries.push({
        name: entry.fileName,
        size: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        modifiedAt: entry.getLastModDate().getTime() / 1000,
      });
    }
  } catch (error) {
    zip.close();
    throw describeOpenError(path, error as Error);
  }
  const verdict = checkEntries(
    entries.map((entry) => ({
      name: entry.name,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.size,
    })),
    limits,
  );
  if (!verdict.ok) {
    zip.close();
    const what = verdict.code === 'zip-bomb' ? 'refused as a likely zip bomb' : 'refused';
    throw new AppError(verdict.code, `${path}: ${what}: ${verdict.reason}.`);
  }
  const { size } = await stat(path);
  return {
    kind: 'zip',
    path,
    entries,
    fingerprint: `zip:${size}:${sha256OfText(identity.join('\n'))}`,
    sha256: () => sha256OfFile(path),
    async openEntry(name: string): Promise<Readable> {
      const entry = byName.get(name);
      if (!entry) throw new AppError('not-found', `${path}: no entry "${name}"`);
      try {
        // Deflated entries (all of a real export's) are inflated with read-ahead; the rest as yauzl has them.
        if (entry.compressionMethod !== 8 || entry.isEncrypted() || entry.compressedSize === 0) {
          return await zip.openReadStreamPromise(entry);
        }
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        return inflatedEntryStream(path, fileDataStart, entry.compressedSize, entry.uncompressedSize);
      } catch (error) {
        throw new AppError(
          'zip-corrupt',
          `${path}: entry "${name}" cannot be read (${(error as Error).message}).`,
        );
      }
    },
    async close() {
      zip.close();
    },
  };
}
