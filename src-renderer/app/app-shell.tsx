// The window's frame: a header with the search field, the views (the timeline, settings) and the way to
// import an export (a drop anywhere does the same), and the view the URL names below it. Typing anywhere outside a field, or `/`,
// starts a search.

import { Archive } from 'lucide-react';
import { useRef } from 'react';
import { useArchiveEvents } from '../archive/archive-events.js';
import { ImportDrop } from '../features/import-drop/import-drop.js';
import { ReaderView } from '../features/reader/reader-view.js';
import { SearchField } from '../features/search/search-field.js';
import { SearchView } from '../features/search/search-view.js';
import { SettingsView } from '../features/settings/settings-view.js';
import { HomeView } from '../features/timeline/home-view.js';
import { isTypingTarget, useHotkeys } from './hotkeys.js';
import { followLink, useRoute } from './navigation.js';

export function AppShell() {
  useArchiveEvents();
  const route = useRoute();
  const searchInput = useRef<HTMLInputElement>(null);
  useHotkeys({
    '/': (event) => {
      event.preventDefault();
      searchInput.current?.focus();
      searchInput.current?.select();
    },
  });

  return (
    <div
      className="shell"
      onKeyDown={(event) => {
        // A printable key typed outside any field begins a search with that key.
        if (event.key.length !== 1 || event.key === '/' || event.key === ' ') return;
        if (event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
        // j and k move through the timeline and the reader; elsewhere they begin a search like any key.
        if ((route.name === 'timeline' || route.name === 'conversation') && /[jk]/.test(event.key)) return;
        searchInput.current?.focus();
      }}
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <a className="brand" href="/" onClick={followLink}>
          <Archive aria-hidden size={20} />
          <span>Archivist</span>
        </a>
        <SearchField inputRef={searchInput} route={route} />
        {route.name === 'timeline' && (
          <p className="shell-hint">
            <kbd>j</kbd> <kbd>k</kbd> move · <kbd>Enter</kbd> opens · <kbd>/</kbd> searches
          </p>
        )}
        <nav aria-label="Views" className="shell-nav">
          <a href="/" onClick={followLink} aria-current={route.name === 'timeline' ? 'page' : undefined}>
            Timeline
          </a>
          <a
            href="/settings"
            onClick={followLink}
            aria-current={route.name === 'settings' ? 'page' : undefined}
          >
            Settings
          </a>
        </nav>
        <ImportDrop />
      </header>
      <main id="main" className="shell-main">
        {route.name === 'timeline' && <HomeView route={route} />}
        {route.name === 'search' && <SearchView route={route} />}
        {route.name === 'conversation' && <ReaderView route={route} />}
        {route.name === 'settings' && <SettingsView />}
        {route.name === 'not-found' && (
          <div className="page-message">
            <h1>Nothing here</h1>
            <p>
              This address is not one Archivist knows.{' '}
              <a href="/" onClick={followLink}>
                Back to the timeline
              </a>
            </p>
          </div>
        )}
      </main>
    </div>
  );
}
