// Wraps a set of ArchiveApi methods so that each reports a full disk or a damaged archive file as
// such, with the file named: the whole service and the read-only archive both answer through it.

import { storageFailure } from './db/storage-failure.js';

/** Every method reports a full disk or a damaged archive file as such, with the file named. */
export function guardStorage<Api extends object>(api: Api, archiveFile: string): Api {
  const guarded: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api) as [string, (input: unknown) => Promise<unknown>][]) {
    guarded[name] = async (input: unknown) => {
      try {
        return await method(input);
      } catch (error) {
        throw storageFailure(error, archiveFile);
      }
    };
  }
  return guarded as Api;
}
