// The window's one router: history.pushState plus a subscription, read with useSyncExternalStore so
// every view re-renders from the URL alone. Small enough that a routing library would be weight only.

import { useSyncExternalStore, type MouseEvent } from 'react';
import { parseRoute, type Route } from './route-state.js';

const CHANGED = 'archivist:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function currentUrl(): string {
  return location.pathname + location.search + location.hash;
}

let cachedUrl = '';
let cachedRoute: Route = { name: 'not-found' };

function snapshot(): Route {
  const url = currentUrl();
  if (url !== cachedUrl) {
    cachedUrl = url;
    cachedRoute = parseRoute(location.pathname, location.search, location.hash);
  }
  return cachedRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}

// Marks a history entry the window made itself: going back from it stays in the window.
interface WindowEntry {
  readonly inWindow: true;
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (url === currentUrl()) return;
  const entry: WindowEntry = { inWindow: true };
  if (options.replace) history.replaceState(history.state, '', url);
  else history.pushState(entry, '', url);
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * Back to where the person came from in the window; from a page opened directly (a link from
 * elsewhere, a new window), to `fallback` instead of out of Archivist.
 */
export function goBack(fallback: string): void {
  if ((history.state as Partial<WindowEntry> | null)?.inWindow) history.back();
  else navigate(fallback);
}

/** For `<a href>`: a plain left click stays in the window; a modified click does what the browser does. */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}
