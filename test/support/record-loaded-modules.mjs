// Preloaded with `node --import` by tests that check what a command loads (a quick command must not
// load the import pipeline): appends the URL of every module the process loads, one a line, to the
// file named by ARCHIVIST_LOADED_MODULES. Node's documented module hooks (module.register) do the
// recording on their own thread, where this same file is loaded again as the hooks.

import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const file = process.env['ARCHIVIST_LOADED_MODULES'];
if (!file) throw new Error('ARCHIVIST_LOADED_MODULES names no file to record loaded modules in');

if (isMainThread) register(import.meta.url);

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}
