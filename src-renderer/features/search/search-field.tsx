// The search field in the window's header. Every keystroke rewrites the URL (replacing, so Back leaves
// the search in one step); the results view debounces the query it asks for.

import { Search } from 'lucide-react';
import type { RefObject } from 'react';
import { navigate } from '../../app/navigation.js';
import { formatRoute, type Route, type SearchRoute } from '../../app/route-state.js';

const EMPTY_SEARCH: SearchRoute = {
  name: 'search',
  q: '',
  kind: null,
  role: null,
  from: null,
  to: null,
  project: null,
  account: null,
};

export function SearchField({
  inputRef,
  route,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  route: Route;
}) {
  const onSearch = route.name === 'search';
  return (
    <div className="search-field" role="search">
      <Search aria-hidden size={16} className="search-field-icon" />
      <input
        ref={inputRef}
        type="search"
        aria-label="Search your archive"
        placeholder="Search everything  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={onSearch ? route.q : ''}
        onChange={(event) => {
          const next = { ...(onSearch ? route : EMPTY_SEARCH), q: event.target.value };
          navigate(formatRoute(next), { replace: onSearch });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
      />
    </div>
  );
}
