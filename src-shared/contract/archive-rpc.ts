// The two halves of a call, shared by every transport: a client that turns any transport into a typed
// ArchiveApi, and a dispatcher that runs an untrusted (method, input) pair and never throws; the
// window's transports dispatch through dispatchWindowCall, which also refuses paths (window-paths.ts).

import { AppError, toTransferableError, type TransferableError } from './app-error.js';
import { archiveMethods, inputParsers, type ArchiveApi, type ArchiveMethod } from './archive-contract.js';
import { refusePathsFromWindow } from './window-paths.js';

export type Envelope =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: TransferableError };

export type Transport = (method: ArchiveMethod, input: unknown) => Promise<Envelope>;

export function createArchiveClient(transport: Transport): ArchiveApi {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of archiveMethods) {
    client[method] = async (input) => {
      const envelope = await transport(method, input);
      if (envelope.ok) return envelope.value;
      throw AppError.fromTransferable(envelope.error);
    };
  }
  return client as unknown as ArchiveApi;
}

export async function dispatchArchiveCall(
  api: ArchiveApi,
  method: string,
  rawInput: unknown,
): Promise<Envelope> {
  try {
    if (!Object.hasOwn(inputParsers, method))
      throw new AppError('unknown-method', `No archive method "${method}"`);
    const known = method as ArchiveMethod;
    const input = inputParsers[known](rawInput);
    const call = api[known] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await call.call(api, input) };
  } catch (error) {
    return { ok: false, error: toTransferableError(error) };
  }
}

/** dispatchArchiveCall for a call that came from a window (IPC, the HTTP bridge): no paths accepted. */
export async function dispatchWindowCall(
  api: ArchiveApi,
  method: string,
  rawInput: unknown,
): Promise<Envelope> {
  try {
    refusePathsFromWindow(method, rawInput);
  } catch (error) {
    return { ok: false, error: toTransferableError(error) };
  }
  return dispatchArchiveCall(api, method, rawInput);
}
