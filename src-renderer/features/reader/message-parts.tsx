// A message's content, part by part: Markdown and code through the lazily loaded renderer, images and
// audio from the archive's blob store (by artifact id), uploads with their link status, reasoning and
// tool calls folded away, and any unknown content as plain text.

import { toolName } from './tool-names.js';
import { LinkStatusBadge } from '../links/link-status-badge.js';
import { AudioLines, Brain, FileText, ImageOff, Wrench } from 'lucide-react';
import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { blobRoute } from '../../../src-shared/contract/transport-names.js';
import type { CitedSource, MessagePart } from '../../../src-shared/model/reading.js';
import { formatBytes, formatDateTime } from '../../app/time-format.js';
import { fencedCode } from './code-fence.js';
import { safeExternalHref, sourceAnchorId } from './link-policy.js';

const loadMarkdown = () => import('./markdown-body.js');
const MarkdownBody = lazy(loadMarkdown);

/** Fetches the Markdown renderer once the window is idle, so a conversation opens fully rendered. */
export function preloadMarkdown(): void {
  void loadMarkdown();
}

/**
 * The words first, plain, then the Markdown in a render React may interrupt: parsing several long
 * messages at once (a conversation opening, or a fast scroll bringing them in) blocked the window for
 * 50-120 ms at a time.
 */
function Markdown({ text, messageId }: { text: string; messageId: string }) {
  const formatted = useDeferredValue<string | null>(text, null);
  const plain = <div className="markdown plain">{text}</div>;
  if (formatted === null) return plain;
  return (
    <Suspense fallback={plain}>
      <MarkdownBody text={formatted} messageId={messageId} />
    </Suspense>
  );
}

export function MessageParts({
  parts,
  messageId,
  literal,
}: {
  parts: readonly MessagePart[];
  messageId: string;
  /** A person's own words: shown as typed, the way ChatGPT shows them, not as Markdown. */
  literal: boolean;
}) {
  return (
    <>
      {parts.map((part, index) =>
        literal && part.kind === 'markdown' ? (
          <div key={index} className="plain">
            {part.text}
          </div>
        ) : (
          <Part key={index} part={part} messageId={messageId} />
        ),
      )}
    </>
  );
}

function Part({ part, messageId }: { part: MessagePart; messageId: string }) {
  switch (part.kind) {
    case 'markdown':
      return <Markdown text={part.text} messageId={messageId} />;
    case 'image':
      return part.available && part.artifactId !== null ? (
        <ArchivedImage
          artifactId={part.artifactId}
          prompt={part.prompt}
          width={part.width}
          height={part.height}
        />
      ) : (
        <p className="part-missing">
          <ImageOff aria-hidden size={16} /> Image not in any export
          {part.expiresAt ? ` (its link expired ${formatDateTime(part.expiresAt)})` : ''}
          {part.prompt ? <span className="muted"> · {part.prompt}</span> : null}
        </p>
      );
    case 'upload':
      return (
        <div className="upload">
          <FileText aria-hidden size={18} />
          <span className="upload-name">{part.name}</span>
          <span className="muted">{formatBytes(part.bytes)}</span>
          <LinkStatusBadge status={part.linkStatus} />
          {part.available && part.artifactId !== null && (
            <a href={blobRoute(part.artifactId)} download={part.name}>
              Save the export’s copy
            </a>
          )}
        </div>
      );
    case 'code':
      return (
        <div className="code-part">
          <Markdown text={fencedCode(part.text, part.language)} messageId={messageId} />
          {part.outputs.map((output, index) =>
            output.kind === 'text' ? (
              <pre key={index} className="code-output" aria-label="Output">
                {output.text}
              </pre>
            ) : output.available && output.artifactId !== null ? (
              <ArchivedImage
                key={index}
                artifactId={output.artifactId}
                prompt={null}
                width={null}
                height={null}
              />
            ) : (
              <p key={index} className="part-missing">
                <ImageOff aria-hidden size={16} /> Output image not in any export
              </p>
            ),
          )}
        </div>
      );
    case 'canvas':
      return (
        <section className="canvas-part" aria-label={part.title ?? 'Canvas'}>
          <h3>{part.title ?? 'Canvas'}</h3>
          <Markdown text={part.text} messageId={messageId} />
        </section>
      );
    case 'audio':
      return (
        <div className="audio-part">
          <AudioLines aria-hidden size={16} />
          {part.available && part.artifactId !== null && (
            <audio controls preload="none" src={blobRoute(part.artifactId)} aria-label="Voice message" />
          )}
          {part.transcript && <p className="transcript">“{part.transcript}”</p>}
        </div>
      );
    case 'reasoning':
      return (
        <details className="folded">
          <summary>
            <Brain aria-hidden size={14} /> Reasoning
          </summary>
          <div className="plain">{part.text}</div>
        </details>
      );
    case 'tool':
      return (
        <details className="folded">
          <summary>
            <Wrench aria-hidden size={14} /> {part.name ? `Used ${toolName(part.name)}` : 'Used a tool'}
          </summary>
          <pre className="code-output">{part.text}</pre>
        </details>
      );
    case 'text':
      return <div className="plain">{part.text}</div>;
  }
}

function ArchivedImage({
  artifactId,
  prompt,
  width,
  height,
}: {
  artifactId: number;
  prompt: string | null;
  width: number | null;
  height: number | null;
}) {
  const [failed, setFailed] = useState(false);
  const src = blobRoute(artifactId);
  const alt = prompt ?? 'Image from the conversation';
  if (failed) {
    return (
      <p className="part-missing">
        <ImageOff aria-hidden size={16} /> The image could not be shown
      </p>
    );
  }
  return (
    <figure className="archived-image">
      <DialogTrigger>
        <Button className="image-button" aria-label={`Enlarge: ${alt}`}>
          <img
            src={src}
            alt={alt}
            loading="lazy"
            decoding="async"
            width={width ?? undefined}
            height={height ?? undefined}
            onError={() => setFailed(true)}
          />
        </Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="image-dialog">
              <Heading slot="title" className="visually-hidden">
                {alt}
              </Heading>
              <img src={src} alt={alt} />
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      {prompt && <figcaption>{prompt}</figcaption>}
    </figure>
  );
}

export function SourceList({ sources, messageId }: { sources: readonly CitedSource[]; messageId: string }) {
  if (sources.length === 0) return null;
  return (
    <ol className="sources" aria-label="Sources">
      {sources.map((source) => {
        const href = safeExternalHref(source.url);
        return (
          <li key={source.number} id={sourceAnchorId(messageId, source.number)} value={source.number}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {source.title ?? source.url}
              </a>
            ) : (
              <span>{source.title ?? source.url}</span>
            )}
            <span className="muted"> · {hostOf(source.url)}</span>
          </li>
        );
      })}
    </ol>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
