// `archivist serve` opens the page at `/#<secret>`. The page trades the secret for an HttpOnly cookie
// (so <img> and EventSource carry it too) and takes it out of the address bar and the history.

import { SECRET_HEADER, SESSION_ROUTE } from '../../src-shared/contract/transport-names.js';
import { MESSAGE_HASH_PREFIX } from '../app/route-state.js';

/** Resolves once the cookie is set, or at once when the page was opened without a secret (a reload). */
export async function establishSession(): Promise<void> {
  const secret = location.hash.replace(/^#/, '');
  if (secret === '' || secret.startsWith(MESSAGE_HASH_PREFIX)) return;
  history.replaceState(history.state, '', location.pathname + location.search);
  await fetch(SESSION_ROUTE, {
    method: 'POST',
    headers: { [SECRET_HEADER]: secret },
    credentials: 'same-origin',
  });
}
