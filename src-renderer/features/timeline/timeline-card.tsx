// One thing on the timeline, shown by its kind: what a person needs to recognise it at a glance and a
// link that opens the conversation at the message it came from.

import {
  AudioLines,
  CheckCircle2,
  Code2,
  FileQuestion,
  Globe,
  ImageIcon,
  MessageSquare,
  NotebookPen,
  Paperclip,
  Scale,
  TerminalSquare,
} from 'lucide-react';
import { memo, type ComponentType } from 'react';
import type { TimelineItem, TimelineKind } from '../../../src-shared/model/timeline.js';
import { followLink } from '../../app/navigation.js';
import { conversationHref } from '../../app/route-state.js';
import { formatBytes, formatTime } from '../../app/time-format.js';

const ICONS: Readonly<Record<TimelineKind, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>>> = {
  conversation: MessageSquare,
  decision: Scale,
  upload: Paperclip,
  image_generation: ImageIcon,
  code: Code2,
  code_output: TerminalSquare,
  generated_file: FileQuestion,
  citation: Globe,
  canvas: NotebookPen,
  audio: AudioLines,
};

const LINK_WORDS = {
  linked: 'Original on disk',
  candidate: 'Possible original found',
  rejected: 'Not linked',
  missing: 'Original not found',
  unlinked: 'Not linked',
} as const;

// Memoized: the timeline re-renders its visible rows on every scroll frame, and a card whose item and
// selection did not change has nothing new to show.
export const TimelineCard = memo(function TimelineCard({
  item,
  selected,
  id,
}: {
  item: TimelineItem;
  selected: boolean;
  id: string;
}) {
  const Icon = ICONS[item.kind];
  return (
    <a
      id={id}
      className={`card timeline-card kind-${item.kind}`}
      role="option"
      aria-selected={selected}
      href={conversationHref(item.conversationId, item.messageId)}
      onClick={followLink}
      tabIndex={-1}
    >
      <span className="card-icon" aria-hidden>
        <Icon size={16} aria-hidden />
      </span>
      <span className="card-body">
        <span className="card-head">
          <span className="card-title">{item.title}</span>
          <span className="card-time">{formatTime(item.time)}</span>
        </span>
        <CardDetail item={item} />
        {item.kind !== 'conversation' && item.conversationTitle && (
          <span className="card-context">
            in {item.conversationTitle}
            {item.project ? ` · ${item.project.name ?? 'Project'}` : ''}
          </span>
        )}
      </span>
    </a>
  );
});

function CardDetail({ item }: { item: TimelineItem }) {
  const payload = item.payload;
  switch (payload.kind) {
    case 'conversation':
      return (
        <span className="card-detail">
          <span className="muted">
            {`${payload.messages} message${payload.messages === 1 ? '' : 's'}`}
            {item.project ? ` · ${item.project.name ?? 'Project'}` : ''}
          </span>
          {payload.firstLine && <span className="card-quote">{payload.firstLine}</span>}
        </span>
      );
    case 'decision':
      return (
        <span className="card-detail">
          {payload.chosen && (
            <span className="decision-chosen">
              <CheckCircle2 aria-hidden size={14} /> {payload.chosen}
            </span>
          )}
          {payload.alternatives.length > 0 && (
            <span className="muted"> over {payload.alternatives.join(', ')}</span>
          )}
        </span>
      );
    case 'upload':
      return (
        <span className="card-detail">
          <span className="muted">
            {[payload.fileName !== item.title ? payload.fileName : null, formatBytes(payload.sizeBytes)]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <span className={`badge link-${payload.link?.status ?? 'missing'}`} title={payload.link?.path}>
            {LINK_WORDS[payload.link?.status ?? 'missing']}
          </span>
        </span>
      );
    case 'image_generation':
      return (
        <span className="card-detail image-card">
          <span className="thumb" aria-hidden>
            <ImageIcon size={20} />
          </span>
          <span className="card-quote">{payload.prompt ?? 'No prompt kept'}</span>
        </span>
      );
    case 'code':
    case 'code_output':
      return (
        <span className="card-detail">
          {payload.firstLine && <code className="card-code">{payload.firstLine}</code>}
          {payload.language && <span className="muted">{payload.language}</span>}
        </span>
      );
    case 'generated_file':
      return (
        <span className="card-detail">
          <span className="muted">{payload.fileName ?? 'A file'}</span>
          {payload.lost && (
            <span className="badge link-missing">
              Lost with the session · rebuild kit in the conversation
            </span>
          )}
        </span>
      );
    case 'citation':
      return (
        <span className="card-detail">
          <span className="muted">{hostOf(payload.url)}</span>
        </span>
      );
    case 'canvas':
      return (
        <span className="card-detail">
          {payload.firstLine && <span className="card-quote">{payload.firstLine}</span>}
        </span>
      );
    case 'audio':
      return (
        <span className="card-detail">
          {payload.transcript && <span className="card-quote">“{payload.transcript}”</span>}
        </span>
      );
  }
}

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
