// The ArchiveApi transport over the HTTP bridge (`archivist serve`): used by the renderer in a
// browser (the session cookie carries the secret) and by tests in Node (the secret in a header).

import { toTransferableError } from './app-error.js';
import type { ArchiveMethod } from './archive-contract.js';
import type { Envelope, Transport } from './archive-rpc.js';
import { archiveRoute, SECRET_HEADER } from './transport-names.js';

/** The part of `fetch` used: src-shared knows neither the DOM nor Node, so the caller hands it in. */
export type FetchLike = (
  url: string,
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    credentials: 'same-origin';
    signal?: unknown;
  },
) => Promise<{ json(): Promise<unknown> }>;

export interface HttpTransportOptions {
  readonly fetch: FetchLike;
  /** Where the bridge listens, e.g. `http://127.0.0.1:4711`; empty for the page's own origin. */
  readonly baseUrl?: string;
  /** Sent as a header; a page that traded it for the session cookie leaves it out. */
  readonly secret?: string;
  readonly signal?: unknown;
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  return async (method: ArchiveMethod, input: unknown): Promise<Envelope> => {
    try {
      const response = await options.fetch(`${options.baseUrl ?? ''}${archiveRoute(method)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.secret ? { [SECRET_HEADER]: options.secret } : {}),
        },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        ...(options.signal !== undefined ? { signal: options.signal } : {}),
      });
      return (await response.json()) as Envelope;
    } catch (error) {
      return { ok: false, error: toTransferableError(error) };
    }
  };
}
