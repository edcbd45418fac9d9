// The one origin the window is loaded from. Custom schemes have an opaque origin in the WHATWG URL
// parser (`new URL('app://archive').origin` is "null"), so URLs are compared by scheme and host.

export const APP_SCHEME = 'app';
export const APP_HOST = 'archive';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window opens. */
export const APP_START_URL = `${APP_ORIGIN}/`;

/** Parses `value` as a URL, or null: a string that is no URL is never trusted. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Whether `url` lies on `appOrigin` (scheme and host both equal, no credentials, no port). */
export function isOnOrigin(url: unknown, appOrigin: string = APP_ORIGIN): boolean {
  const parsed = parseUrl(url);
  const origin = parseUrl(appOrigin);
  if (!parsed || !origin) return false;
  return (
    parsed.protocol === origin.protocol &&
    // Chromium lowercases a standard scheme's host; Node's parser keeps a custom scheme's case.
    parsed.host.toLowerCase() === origin.host.toLowerCase() &&
    parsed.host !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The window's address for one of the renderer's routes (`/?from=…`, `/conversation/<id>`); a route
 * that would lead off the app's origin (`//elsewhere/`) is the start page instead.
 */
export function appPageUrl(route: string, appOrigin: string = APP_ORIGIN): string {
  const start = `${appOrigin}/`;
  if (!route.startsWith('/') || route.startsWith('//')) return start;
  const url = parseUrl(`${appOrigin}${route}`);
  return url && isOnOrigin(url.href, appOrigin) ? url.href : start;
}
