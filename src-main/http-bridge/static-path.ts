// The built renderer is served from one folder; a request path (hostile: `%2e%2e/`, `..\`, NUL)
// must never name a file outside it, nor a hidden one inside it.

import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The file under `root` a URL path names, or null when the path reaches outside or is malformed. */
export function staticPathFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.') || segment.includes(':'))) return null;
  const base = resolve(root);
  const target = resolve(base, ...segments);
  const inside = relative(base, target);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return target;
}
