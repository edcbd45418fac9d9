// A type test, checked by the compiler (`npm run typecheck`): the preload's window.archivist has
// exactly the ArchiveApi's methods, each taking that method's input, plus subscribe, importFiles and chooseFolder;
// and the client the renderer makes over it is the very ArchiveApi it makes over HTTP in a browser.

import { describe, expect, it } from 'vitest';
import type { createArchiveBridge } from '../../../src-main/preload/preload.js';
import { createBridgeTransport, type ArchiveBridge } from '../../../src-shared/contract/archive-bridge.js';
import type { ArchiveApi, ArchiveMethod } from '../../../src-shared/contract/archive-contract.js';
import { createArchiveClient } from '../../../src-shared/contract/archive-rpc.js';
import { createHttpTransport } from '../../../src-shared/contract/http-transport.js';

/** True only when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T => true as T;

type Exposed = ReturnType<typeof createArchiveBridge>;
type ExposedCalls = Omit<Exposed, 'subscribe' | 'importFiles' | 'chooseFolder'>;

describe('the preload’s surface, as types', () => {
  it('has exactly ArchiveApi’s method names plus subscribe, importFiles and chooseFolder', () => {
    expect(
      assertType<Equal<keyof Exposed, ArchiveMethod | 'subscribe' | 'importFiles' | 'chooseFolder'>>(),
    ).toBe(true);
    expect(assertType<Equal<Exposed, ArchiveBridge>>()).toBe(true);
  });

  it('takes, per method, exactly the input ArchiveApi takes', () => {
    type Inputs<T> = { -readonly [M in keyof T]: T[M] extends (input: infer I) => unknown ? I : never };
    expect(assertType<Equal<Inputs<ExposedCalls>, Inputs<ArchiveApi>>>()).toBe(true);
  });

  it('becomes the same client the browser uses', () => {
    const _overPreload = () => createArchiveClient(createBridgeTransport({} as ArchiveBridge));
    const _overHttp = () =>
      createArchiveClient(createHttpTransport({ fetch: async () => ({ json: async () => null }) }));
    expect(assertType<Equal<ReturnType<typeof _overPreload>, ReturnType<typeof _overHttp>>>()).toBe(true);
    expect(assertType<Equal<ReturnType<typeof _overPreload>, ArchiveApi>>()).toBe(true);
  });
});
