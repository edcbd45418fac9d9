// The archive one `archivist` command works on, opened only as far as its calls need: a call the
// read-only archive answers (stats) opens the file read-only and loads nothing else; any other call
// opens the whole archive (migrations, the import queue, every feature's handlers) on first use.
// Either way the call is the same ArchiveApi method, dispatched as the desktop app dispatches it.

import {
  archiveMethods,
  type ArchiveApi,
  type ArchiveMethod,
  type PublishArchiveEvent,
} from '../../src-shared/contract/archive-contract.js';
import type { ArchiveService } from '../core/archive-service.js';
import type { OnUpgrade } from '../core/db/migrate.js';
import type { ReadOnlyArchive } from '../core/read-only-archive.js';

export interface CommandArchive extends ArchiveApi {
  /** The whole archive, opened now unless a call opened it already. */
  whole(): Promise<ArchiveService>;
  close(): Promise<void>;
}

type Method = (input: unknown) => Promise<unknown>;

export function openCommandArchive(options: {
  readonly dataFolder: string;
  readonly publish?: PublishArchiveEvent;
  readonly onUpgrade?: OnUpgrade;
}): CommandArchive {
  let whole: Promise<ArchiveService> | null = null;
  // Undefined until a read-only call asks for it; null when the archive has to be opened whole.
  let reader: ReadOnlyArchive | null | undefined;

  const openWhole = (): Promise<ArchiveService> =>
    (whole ??= import('../core/open-archive.js').then(({ openArchive }) => openArchive(options)));
  const call = async (method: ArchiveMethod, input: unknown): Promise<unknown> => {
    // Once the whole archive is open (a write came first), every call goes through its connection.
    if (whole === null) {
      const { isReadOnlyMethod, openReadOnlyArchive } = await import('../core/read-only-archive.js');
      if (isReadOnlyMethod(method)) {
        if (reader === undefined) reader = openReadOnlyArchive(options.dataFolder);
        if (reader) return (reader[method] as Method).call(reader, input);
      }
    }
    const service = await openWhole();
    return (service[method] as Method).call(service, input);
  };

  const methods: Partial<Record<ArchiveMethod, Method>> = {};
  for (const method of archiveMethods) methods[method] = (input) => call(method, input);
  return {
    ...(methods as unknown as ArchiveApi),
    whole: openWhole,
    async close() {
      reader?.close();
      if (whole)
        await whole.then(
          (service) => service.close(),
          () => {},
        );
    },
  };
}
