// One thing on the timeline, shown by its kind: what a person needs to recognise it at a glance and a
// link that opens the conversation at the message it came from. A card is an option of a listbox and
// may hold nothing interactive: a lost file's "Make rebuild kit" lies beside it (row-actions.tsx).

import { LinkStatusBadge } from '../links/link-status-badge.js';
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
import { memo, useState, type ComponentType } from 'react';
import { blobRoute } from '../../../src-shared/contract/transport-names.js';
import { SURE_DECISION_CONFIDENCE } from '../../../src-shared/model/decision.js';
import { projectLabel } from '../../../src-shared/model/project-label.js';
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
      className={`card timeline-card kind-${item.kind}${offersRebuildKit(item) || item.kind === 'decision' ? ' has-action' : ''}`}
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
          <span className="card-title" title={item.title} dir="auto">
            {item.title}
          </span>
          <span className="card-time">{formatTime(item.time)}</span>
        </span>
        <CardDetail item={item} />
        {item.kind !== 'conversation' && item.conversationTitle && (
          <span className="card-context" title={item.conversationTitle} dir="auto">
            in {item.conversationTitle}
            {item.project ? ` · ${projectLabel(item.project)}` : ''}
          </span>
        )}
      </span>
    </a>
  );
});

/** The alternatives a decision's title does not already name, as one list; null when it names all. */
function unsaid(alternatives: readonly string[], title: string): string | null {
  const lowered = title.toLowerCase();
  const left = alternatives.filter((alternative) => !lowered.includes(alternative.toLowerCase()));
  return left.length > 0 ? left.join(', ') : null;
}

function CardDetail({ item }: { item: TimelineItem }) {
  const payload = item.payload;
  switch (payload.kind) {
    case 'conversation':
      return (
        <span className="card-detail">
          <span className="muted">
            {`${payload.messages} message${payload.messages === 1 ? '' : 's'}`}
            {item.project ? ` · ${projectLabel(item.project)}` : ''}
          </span>
          {payload.firstLine && (
            <span className="card-quote" dir="auto">
              {payload.firstLine}
            </span>
          )}
        </span>
      );
    case 'decision': {
      const over = payload.rationale ? null : unsaid(payload.alternatives, item.title);
      return (
        <span className="card-detail">
          {payload.confidence < SURE_DECISION_CONFIDENCE && (
            <span className="badge" title="Archivist is not sure this was a decision">
              Possible decision
            </span>
          )}
          {payload.chosen && (
            <span
              className={
                payload.confidence < SURE_DECISION_CONFIDENCE ? 'decision-chosen possible' : 'decision-chosen'
              }
            >
              <CheckCircle2 aria-hidden size={14} /> {payload.chosen}
            </span>
          )}
          {/* The person's reason says what the title does not; the alternatives only where the
              title (the person may have renamed it) leaves them out. */}
          {payload.rationale ? (
            <span className="card-quote" dir="auto">
              {payload.rationale}
            </span>
          ) : (
            over !== null && <span className="muted"> over {over}</span>
          )}
        </span>
      );
    }
    case 'upload':
      return (
        <span className={`card-detail${storedImage(item) ? ' image-card' : ''}`}>
          {storedImage(item) && item.artifactId !== null && (
            <Thumbnail artifactId={item.artifactId} alt={payload.fileName ?? 'Uploaded image'} />
          )}
          <span className="muted">
            {[payload.fileName !== item.title ? payload.fileName : null, formatBytes(payload.sizeBytes)]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <LinkStatusBadge status={payload.link?.status ?? null} path={payload.link?.path} />
        </span>
      );
    case 'image_generation':
      return (
        <span className="card-detail image-card">
          {payload.blobSha256 !== null && item.artifactId !== null ? (
            <Thumbnail artifactId={item.artifactId} alt={payload.prompt ?? 'Generated image'} />
          ) : (
            <span className="thumb thumb-empty" title="The export did not carry this image">
              <ImageIcon size={20} aria-hidden />
            </span>
          )}
          <span className="card-quote" dir="auto">
            {payload.prompt ?? 'No prompt kept'}
          </span>
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
      // The card's title already names the file.
      return payload.lost ? (
        <span className="card-detail">
          <span className="badge link-missing">Lost with the session</span>
        </span>
      ) : null;
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

/** A file Code Interpreter made that went with its session: the card offers the rebuild kit. */
export function offersRebuildKit(item: TimelineItem): boolean {
  return item.payload.kind === 'generated_file' && item.payload.lost;
}

const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|heic|bmp)$/i;

/** An upload whose bytes the export carried and whose name says it is a picture. */
function storedImage(item: TimelineItem): boolean {
  const payload = item.payload;
  return (
    payload.kind === 'upload' &&
    payload.blobSha256 !== null &&
    item.artifactId !== null &&
    IMAGE_FILE.test(payload.fileName ?? '')
  );
}

/** A fixed square, so the card keeps its height while the image loads or if it never does. */
function Thumbnail({ artifactId, alt }: { artifactId: number; alt: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <span className="thumb">
      {failed ? (
        <ImageIcon size={20} aria-hidden />
      ) : (
        <img
          src={blobRoute(artifactId)}
          alt={alt}
          loading="lazy"
          decoding="async"
          width={72}
          height={72}
          onError={() => setFailed(true)}
        />
      )}
    </span>
  );
}

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
