// The app:// protocol answers two kinds of request: a file of the built renderer, and an artifact's
// bytes by its id. The URL comes from the page, which shows hostile text, so a path must never name a
// file outside the renderer's folder: `..` in any spelling (%2e%2e, %2f, backslashes), absolute
// paths, NUL, hidden files, and symlinks inside the folder that point out of it are all refused.

import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN, isOnOrigin, parseUrl } from './app-origin.js';

export type AppRequest =
  | { readonly kind: 'blob'; readonly artifactId: number }
  | { readonly kind: 'file'; readonly segments: readonly string[] }
  | { readonly kind: 'refused' };

const BLOB_PATH = /^\/blobs\/([1-9][0-9]{0,15})$/;

/** What an app:// URL asks for, from its text alone; anything unusual is refused. */
export function parseAppRequest(requestUrl: string, appOrigin: string = APP_ORIGIN): AppRequest {
  const refused = { kind: 'refused' } as const;
  if (!isOnOrigin(requestUrl, appOrigin)) return refused;
  const url = parseUrl(requestUrl);
  if (!url) return refused;
  const blob = BLOB_PATH.exec(url.pathname);
  if (blob) {
    const artifactId = Number(blob[1]);
    return Number.isSafeInteger(artifactId) ? { kind: 'blob', artifactId } : refused;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refused;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return refused;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // '.', '..', hidden files, and drive letters or streams (`C:`, `file:stream`) are never served.
  if (segments.some((segment) => segment.startsWith('.') || segment.includes(':'))) return refused;
  return { kind: 'file', segments };
}

function isInside(folder: string, target: string): boolean {
  const inside = relative(folder, target);
  return inside === '' || (!inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside));
}

/**
 * The real path of the regular file `segments` name under `folder`; 'missing' when there is none (the
 * page answers such a route), 'outside' when it lies outside the folder once symlinks are followed.
 */
export async function rendererFileFor(
  folder: string,
  segments: readonly string[],
): Promise<string | 'missing' | 'outside'> {
  const base = resolve(folder);
  const target = resolve(base, ...segments);
  if (!isInside(base, target)) return 'outside';
  let realBase: string;
  let realTarget: string;
  try {
    [realBase, realTarget] = await Promise.all([realpath(base), realpath(target)]);
  } catch {
    return 'missing';
  }
  if (!isInside(realBase, realTarget)) return 'outside';
  try {
    return (await stat(realTarget)).isFile() ? realTarget : 'missing';
  } catch {
    return 'missing';
  }
}
