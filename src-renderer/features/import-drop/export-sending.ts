// How a dropped export reaches the archive: in the desktop app the preload reads the files' paths and
// main queues them where they lie; in a browser the file has no path, so its bytes are uploaded to
// `archivist serve`, which keeps them in the data folder and queues them. Either way the answer is
// the import job, or a sentence naming the file that was not taken.

import type { ArchiveBridge } from '../../../src-shared/contract/archive-bridge.js';
import { uploadRoute } from '../../../src-shared/contract/transport-names.js';
import type { DroppedFileOutcome } from '../../../src-shared/model/dropped-export.js';
import type { ImportJob } from '../../../src-shared/model/import-job.js';
import { sessionReady } from '../../archive/archive-client.js';

/** Desktop app: every file in one call; one outcome per file, in order. */
export async function queueDroppedFiles(
  bridge: ArchiveBridge,
  files: readonly File[],
): Promise<DroppedFileOutcome[]> {
  const envelope = await bridge.importFiles(files);
  if (!envelope.ok) return files.map(() => ({ ok: false, message: envelope.error.message }));
  return envelope.value as DroppedFileOutcome[];
}

/**
 * Browser: the file's bytes as one request (XMLHttpRequest, because fetch tells nothing of an upload's
 * progress), carried by the session cookie like every other call.
 */
export async function uploadExport(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<DroppedFileOutcome> {
  await sessionReady;
  return new Promise((resolve) => {
    const refused = (message: string) => resolve({ ok: false, message });
    const request = new XMLHttpRequest();
    request.open('POST', uploadRoute(file.name, file.lastModified));
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status === 401 || request.status === 403) {
        refused(
          'This window has no session with Archivist. Open it again from the address `archivist serve` printed, then drop the file again.',
        );
        return;
      }
      const envelope = parseEnvelope(request.responseText);
      if (!envelope) refused(`“${file.name}” got no answer Archivist understands (HTTP ${request.status}).`);
      else if (envelope.ok) resolve({ ok: true, job: envelope.value as ImportJob });
      else refused(envelope.error.message);
    });
    request.addEventListener('error', () =>
      refused(`The upload of “${file.name}” was cut off, and nothing of it was kept. Drop it again.`),
    );
    request.send(file);
  });
}

type UploadEnvelope =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly message: string } };

function parseEnvelope(text: string): UploadEnvelope | null {
  try {
    const parsed = JSON.parse(text) as Partial<UploadEnvelope> | null;
    if (parsed?.ok === true) return parsed as UploadEnvelope;
    if (parsed?.ok === false && typeof parsed.error?.message === 'string') return parsed as UploadEnvelope;
    return null;
  } catch {
    return null;
  }
}
