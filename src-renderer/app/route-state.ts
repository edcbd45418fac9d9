// Where the window is, as data: the URL is the only source of it, so Back, reload and a link pasted
// from elsewhere all land on the same view. Pure, so both directions are unit-tested.

import { TIMELINE_KINDS, type TimelineKind } from '../../src-shared/model/timeline.js';
import { isArtifactKind, type ArtifactKind } from '../../src-shared/model/artifact.js';

export interface TimelineRoute {
  readonly name: 'timeline';
  /** The first day shown, YYYY-MM-DD; null for the latest activity. */
  readonly at: string | null;
  /** The last day shown when a range was chosen on the density strip; null for no end. */
  readonly to: string | null;
  readonly kinds: readonly TimelineKind[];
  readonly project: string | null;
  readonly account: string | null;
}

export interface SearchRoute {
  readonly name: 'search';
  readonly q: string;
  readonly kind: ArtifactKind | null;
  readonly role: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly project: string | null;
  readonly account: string | null;
}

export interface ConversationRoute {
  readonly name: 'conversation';
  readonly id: string;
  readonly branch: number | null;
  readonly messageId: string | null;
}

export type Route =
  | TimelineRoute
  | SearchRoute
  | ConversationRoute
  | { readonly name: 'settings' }
  | { readonly name: 'not-found' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MESSAGE_HASH_PREFIX = 'message-';

export function parseRoute(pathname: string, search: string, hash: string): Route {
  const params = new URLSearchParams(search);
  const text = (key: string): string | null => {
    const value = params.get(key);
    return value === null || value === '' ? null : value;
  };
  if (pathname === '/' || pathname === '/index.html') {
    // `from` is what the window writes; `at` is how earlier versions wrote the same thing.
    const at = text('from') ?? text('at');
    const to = dayOrNull(text('to'));
    const kinds = (text('kinds') ?? '')
      .split(',')
      .filter((kind): kind is TimelineKind => (TIMELINE_KINDS as readonly string[]).includes(kind));
    return {
      name: 'timeline',
      at: at !== null && DAY.test(at) ? at : null,
      to: at !== null && DAY.test(at) && to !== null && to >= at ? to : null,
      kinds,
      project: text('project'),
      account: text('account'),
    };
  }
  if (pathname === '/search') {
    const kind = text('kind');
    return {
      name: 'search',
      q: params.get('q') ?? '',
      kind: kind !== null && isArtifactKind(kind) ? kind : null,
      role: text('role'),
      from: dayOrNull(text('from')),
      to: dayOrNull(text('to')),
      project: text('project'),
      account: text('account'),
    };
  }
  if (pathname === '/settings' || pathname === '/settings/') return { name: 'settings' };
  const conversation = /^\/conversation\/([^/]+)\/?$/.exec(pathname);
  if (conversation?.[1]) {
    const branch = Number(params.get('branch'));
    const anchor = decodeFragment(hash.replace(/^#/, ''));
    return {
      name: 'conversation',
      id: decodeFragment(conversation[1]),
      branch: Number.isInteger(branch) && branch >= 1 ? branch : null,
      messageId: anchor.startsWith(MESSAGE_HASH_PREFIX) ? anchor.slice(MESSAGE_HASH_PREFIX.length) : null,
    };
  }
  return { name: 'not-found' };
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'timeline':
      return withQuery('/', {
        from: route.at,
        to: route.at !== null ? route.to : null,
        kinds: route.kinds.length > 0 ? route.kinds.join(',') : null,
        project: route.project,
        account: route.account,
      });
    case 'search':
      return withQuery('/search', {
        q: route.q,
        kind: route.kind,
        role: route.role,
        from: route.from,
        to: route.to,
        project: route.project,
        account: route.account,
      });
    case 'conversation':
      return (
        withQuery(`/conversation/${encodeURIComponent(route.id)}`, {
          branch: route.branch !== null && route.branch !== 1 ? String(route.branch) : null,
        }) + (route.messageId !== null ? `#${MESSAGE_HASH_PREFIX}${encodeURIComponent(route.messageId)}` : '')
      );
    case 'settings':
      return '/settings';
    case 'not-found':
      return '/';
  }
}

/** The reader's address for one message of a conversation (timeline items and search hits use it). */
export function conversationHref(conversationId: string, messageId: string | null, branch?: number): string {
  return formatRoute({ name: 'conversation', id: conversationId, branch: branch ?? null, messageId });
}

function withQuery(path: string, values: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== null && value !== '') params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

function dayOrNull(value: string | null): string | null {
  return value !== null && DAY.test(value) ? value : null;
}

function decodeFragment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
