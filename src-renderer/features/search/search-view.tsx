// Results as the person types: a virtualized list of hits with the match marked, filters that live in
// the URL, and the keyboard alone enough (arrows move, Enter opens the conversation at the message).

import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { VirtualRows } from '../../app/virtual-rows.js';
import { GitBranch } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ARTIFACT_KINDS } from '../../../src-shared/model/artifact.js';
import type { SearchHit } from '../../../src-shared/model/search.js';
import { useDebouncedValue } from '../../app/debounced-value.js';
import { followLink, navigate } from '../../app/navigation.js';
import { conversationHref, formatRoute, type SearchRoute } from '../../app/route-state.js';
import { ErrorNotice, LoadingNotice } from '../../app/status-notice.js';
import { formatDateTime } from '../../app/time-format.js';
import { AccountSelect } from '../timeline/account-select.js';
import { KIND_LABELS } from '../timeline/kind-labels.js';
import { ProjectSelect } from '../timeline/project-select.js';
import { searchQuery } from './queries.js';
import { snippetPieces } from './snippet-marks.js';
import { snippetPlainText } from './snippet-plain-text.js';

const ROLES = ['user', 'assistant', 'tool', 'system'] as const;

export function SearchView({ route }: { route: SearchRoute }) {
  // Short enough to stay inside the 150 ms a person waits after the last key: an answer for a partly
  // typed word is a few ms of the server's time, and the stale one is cancelled.
  const settled = useDebouncedValue(route, 40);
  const results = useInfiniteQuery(searchQuery(settled));
  const first = results.data?.pages[0];
  const hits = useMemo(() => results.data?.pages.flatMap((page) => page.hits) ?? [], [results.data]);
  const [selected, setSelected] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 8,
  });

  // A new query's hits start the selection over; more hits of the same query keep it.
  const [shownFor, setShownFor] = useState(first);
  if (shownFor !== first) {
    setShownFor(first);
    setSelected(0);
  }
  const lastVisible = virtualizer.getVirtualItems().at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = results;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= hits.length - 8) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastVisible, hits.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      const inField =
        target?.tagName === 'SELECT' ||
        (target?.tagName === 'INPUT' && target.getAttribute('type') !== 'search');
      if (inField) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setSelected((index) => {
          const next = Math.max(0, Math.min(hits.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
          virtualizer.scrollToIndex(next, { align: 'auto' });
          return next;
        });
      } else if (event.key === 'Enter') {
        const hit = hits[selected];
        if (hit) {
          event.preventDefault();
          navigate(conversationHref(hit.conversationId, hit.messageId));
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hits, selected, virtualizer]);

  const setFilter = (change: Partial<SearchRoute>): void =>
    navigate(formatRoute({ ...route, ...change }), { replace: true });
  const text = route.q.trim();

  return (
    <div className="view search-view">
      <div className="toolbar search-toolbar" aria-label="Search filters" role="group">
        <label className="field">
          <span>Kind</span>
          <select
            value={route.kind ?? ''}
            onChange={(event) => setFilter({ kind: (event.target.value || null) as SearchRoute['kind'] })}
          >
            <option value="">Any</option>
            {ARTIFACT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Written by</span>
          <select
            value={route.role ?? ''}
            onChange={(event) => setFilter({ role: event.target.value || null })}
          >
            <option value="">Anyone</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <ProjectSelect value={route.project} onChange={(project) => setFilter({ project })} withGpts />
        <AccountSelect value={route.account} onChange={(account) => setFilter({ account })} />
        <label className="field">
          <span>From</span>
          <input
            type="date"
            value={route.from ?? ''}
            onChange={(event) => setFilter({ from: event.target.value || null })}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="date"
            value={route.to ?? ''}
            onChange={(event) => setFilter({ to: event.target.value || null })}
          />
        </label>
        <p className="toolbar-summary" aria-live="polite">
          {text === ''
            ? 'Type to search every conversation'
            : first
              ? `${first.total.toLocaleString()}${first.totalCapped ? '+' : ''} match${first.total === 1 ? '' : 'es'}`
              : ''}
        </p>
      </div>
      {text !== '' && results.isPending && <LoadingNotice label="Searching…" />}
      {results.isError && <ErrorNotice title="The search did not run" error={results.error} />}
      {results.data && hits.length === 0 && text !== '' && (
        <div className="page-message">
          <p>
            Nothing in your archive matches “{text}”
            {route.kind || route.role || route.from || route.to || route.project || route.account
              ? ' with these filters'
              : ''}
            .
          </p>
        </div>
      )}
      <div
        ref={scroller}
        className={`scroller${hits.length > 0 ? ' has-rows' : ''}`}
        role="listbox"
        aria-label="Search results"
        tabIndex={-1}
      >
        <VirtualRows virtualizer={virtualizer} items={hits}>
          {(hit, index) => <SearchHitRow hit={hit} selected={index === selected} />}
        </VirtualRows>
      </div>
    </div>
  );
}

/** Text with each match marked; a message's snippet is read as plain words, a title is plain already. */
function Marked({ snippet, markdown }: { snippet: string; markdown: boolean }) {
  return snippetPieces(markdown ? snippetPlainText(snippet) : snippet).map((piece, index) =>
    piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
  );
}

function SearchHitRow({ hit, selected }: { hit: SearchHit; selected: boolean }) {
  // A title's match is marked in the title itself: a snippet below would only say it again.
  const inTitle = hit.messageId === null;
  return (
    <a
      className="card hit"
      role="option"
      aria-selected={selected}
      href={conversationHref(hit.conversationId, hit.messageId)}
      onClick={followLink}
    >
      <span className="card-head">
        <span className="card-title">
          {inTitle ? (
            <Marked snippet={hit.snippet} markdown={false} />
          ) : (
            (hit.title ?? 'Untitled conversation')
          )}
        </span>
        <span className="card-time">{formatDateTime(hit.createTime)}</span>
      </span>
      {inTitle ? (
        <span className="muted">The conversation’s title</span>
      ) : (
        <span className="snippet">
          <Marked snippet={hit.snippet} markdown />
        </span>
      )}
      {!hit.onCurrentBranch && (
        <span className="badge">
          <GitBranch aria-hidden size={12} /> On another branch
        </span>
      )}
    </a>
  );
}
