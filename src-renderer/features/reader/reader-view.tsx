// One conversation, read: the chosen branch as a virtualized list of messages (2,000+ stay smooth), a
// "2 / 3" switcher at each fork, hidden and tool messages on demand, the message the URL names
// scrolled into view, and the rebuild kit of a Code Interpreter session whose files were lost.

import { toolName } from './tool-names.js';
import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { VirtualRows } from '../../app/virtual-rows.js';
import {
  ArrowLeft,
  ChevronDown,
  ChevronLeft,
  ChevronRight,
  EyeOff,
  Eye,
  Archive as ArchiveIcon,
} from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { ConversationReading, ReaderNode } from '../../../src-shared/model/reading.js';
import { followLink, goBack, navigate } from '../../app/navigation.js';
import { formatRoute, type ConversationRoute } from '../../app/route-state.js';
import { ErrorNotice, LoadingNotice } from '../../app/status-notice.js';
import { formatDateTime, formatDateTimeRange } from '../../app/time-format.js';
import { forksOnThread, type Fork } from './branch-forks.js';
import { MessageParts, SourceList } from './message-parts.js';
import { conversationQuery } from './queries.js';
import { RebuildKitButton } from '../rebuild-kits/rebuild-kit-button.js';
import { RebuildKitNotice } from '../rebuild-kits/rebuild-kit-notice.js';
import { useRebuildKit } from '../rebuild-kits/use-rebuild-kit.js';

export function ReaderView({ route }: { route: ConversationRoute }) {
  const reading = useQuery(conversationQuery(route.id, route.branch));
  if (reading.isError)
    return (
      <ErrorNotice title="This conversation did not open" error={reading.error}>
        <p className="notice-detail">
          <a href="/" onClick={followLink}>
            Back to the timeline
          </a>
        </p>
      </ErrorNotice>
    );
  if (reading.isPending) return <LoadingNotice label="Opening the conversation…" />;
  // Keyed by conversation: what the reader holds (a kit under way, say) belongs to the one it opened.
  return <Reading key={reading.data.id} reading={reading.data} route={route} />;
}

function Reading({ reading, route }: { reading: ConversationReading; route: ConversationRoute }) {
  const [showHidden, setShowHidden] = useState(false);
  const kit = useRebuildKit();
  const byId = useMemo(() => new Map(reading.nodes.map((node) => [node.id, node])), [reading]);
  const forks = useMemo(() => forksOnThread(reading), [reading]);
  const messages = useMemo(
    () =>
      reading.thread
        .map((id) => byId.get(id))
        .filter(
          (node): node is ReaderNode => node !== undefined && node.parts.length + node.sources.length > 0,
        )
        .filter((node) => showHidden || !node.hidden || node.id === route.messageId),
    [reading, byId, showHidden, route.messageId],
  );

  // A message on another branch (a search hit, say) opens the branch that holds it.
  useEffect(() => {
    if (route.messageId === null || reading.thread.includes(route.messageId)) return;
    const branch = byId.get(route.messageId)?.branch ?? null;
    if (branch !== null && branch !== reading.branch) {
      navigate(formatRoute({ ...route, branch }), { replace: true });
    }
  }, [reading, byId, route]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 160,
    overscan: 4,
  });
  // The reader takes the keyboard (arrows and Page Down scroll it) from the search field that opened it.
  useEffect(() => scroller.current?.focus({ preventScroll: true }), [reading.id]);
  const target = route.messageId === null ? -1 : messages.findIndex((node) => node.id === route.messageId);
  useEffect(() => {
    if (target >= 0) virtualizer.scrollToIndex(target, { align: 'start' });
  }, [target, virtualizer]);

  const openBranch = (branch: number): void => navigate(formatRoute({ ...route, branch, messageId: null }));

  return (
    <div className="view reader-view">
      <div ref={scroller} className="scroller reader-scroller" tabIndex={-1}>
        <header className="reader-head">
          {/* The desktop app has no browser Back button: the way back is here. */}
          <button type="button" className="link-button back-link" onClick={() => goBack('/')}>
            <ArrowLeft aria-hidden size={14} /> Back
          </button>
          <h1>{reading.title ?? 'Untitled conversation'}</h1>
          <p className="muted">
            {formatDateTimeRange(reading.createTime, reading.updateTime)}
            {' · '}
            {reading.messageCount} messages
          </p>
          <div className="reader-badges">
            {reading.removedUpstream && (
              <span className="badge link-missing">
                Removed from your account
                {reading.removedUpstreamAt ? ` ${formatDateTime(reading.removedUpstreamAt)}` : ''}
              </span>
            )}
            {reading.exports.length > 0 && (
              <span className="badge" title={reading.exports.join('\n')}>
                <ArchiveIcon aria-hidden size={12} /> Seen in {reading.exports.length} export
                {reading.exports.length === 1 ? '' : 's'}
              </span>
            )}
            {reading.lostFiles > 0 && (
              <span className="badge link-missing">
                {reading.lostFiles} file{reading.lostFiles === 1 ? '' : 's'} lost with the Code Interpreter
                session
              </span>
            )}
          </div>
          <div className="toolbar">
            {reading.branchList.length > 1 && (
              <Select
                className="branch-select"
                selectedKey={reading.branch}
                onSelectionChange={(key) => openBranch(Number(key))}
              >
                <Label>Branch</Label>
                <Button className="button">
                  <SelectValue />
                  <ChevronDown aria-hidden size={14} />
                </Button>
                <Popover className="popover">
                  <ListBox className="menu">
                    {reading.branchList.map((branch) => (
                      <ListBoxItem
                        key={branch.number}
                        id={branch.number}
                        className="menu-item"
                        textValue={`Branch ${branch.number}`}
                      >
                        Branch {branch.number} · {branch.messageCount} messages
                        {branch.departsAt
                          ? ` · “${branch.departsAt.preview}”`
                          : ' · as ChatGPT showed it last'}
                      </ListBoxItem>
                    ))}
                  </ListBox>
                </Popover>
              </Select>
            )}
            <button
              type="button"
              className="button"
              aria-pressed={showHidden}
              onClick={() => setShowHidden((shown) => !shown)}
            >
              {showHidden ? <EyeOff aria-hidden size={14} /> : <Eye aria-hidden size={14} />}
              {showHidden ? 'Hide system and tool messages' : 'Show system and tool messages'}
            </button>
            {reading.lostFiles > 0 && (
              <RebuildKitButton action={kit} conversationId={reading.id} title={reading.title} />
            )}
          </div>
          <RebuildKitNotice action={kit} />
        </header>
        <VirtualRows virtualizer={virtualizer} items={messages}>
          {(node) => (
            <Message
              node={node}
              fork={forks.get(node.id)}
              targeted={node.id === route.messageId}
              onBranch={openBranch}
            />
          )}
        </VirtualRows>
      </div>
    </div>
  );
}

const ROLE_NAMES: Readonly<Record<string, string>> = {
  user: 'You',
  assistant: 'ChatGPT',
  tool: 'Tool',
  system: 'System',
};

function authorOf(node: ReaderNode, role: string): string {
  const name = node.authorName;
  if (role === 'tool' && name) return toolName(name);
  return name ?? ROLE_NAMES[role] ?? role;
}

function Message({
  node,
  fork,
  targeted,
  onBranch,
}: {
  node: ReaderNode;
  fork: Fork | undefined;
  targeted: boolean;
  onBranch: (branch: number) => void;
}) {
  const role = node.role ?? 'unknown';
  return (
    <article
      id={`message-${node.id}`}
      className={`message role-${role}${node.hidden ? ' message-hidden' : ''}${targeted ? ' message-targeted' : ''}`}
      aria-label={`${authorOf(node, role)}, ${formatDateTime(node.createTime)}`}
    >
      <header className="message-head">
        <span className="message-role" title={node.authorName ?? undefined}>
          {authorOf(node, role)}
        </span>
        <span className="muted">{formatDateTime(node.createTime)}</span>
        {fork && <ForkSwitcher fork={fork} onBranch={onBranch} />}
      </header>
      <div className="message-body">
        <MessageParts parts={node.parts} messageId={node.id} literal={role === 'user'} />
        <SourceList sources={node.sources} messageId={node.id} />
      </div>
    </article>
  );
}

function ForkSwitcher({ fork, onBranch }: { fork: Fork; onBranch: (branch: number) => void }) {
  const previous = fork.branches[fork.position - 2] ?? undefined;
  const next = fork.branches[fork.position] ?? undefined;
  return (
    <span className="fork" role="group" aria-label={`Version ${fork.position} of ${fork.count}`}>
      <button
        type="button"
        aria-label="Previous version"
        disabled={previous === undefined}
        onClick={() => previous !== undefined && onBranch(previous)}
      >
        <ChevronLeft aria-hidden size={14} />
      </button>
      <span>
        {fork.position} / {fork.count}
      </span>
      <button
        type="button"
        aria-label="Next version"
        disabled={next === undefined}
        onClick={() => next !== undefined && onBranch(next)}
      >
        <ChevronRight aria-hidden size={14} />
      </button>
    </span>
  );
}
