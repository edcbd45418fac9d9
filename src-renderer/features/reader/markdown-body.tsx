// Message Markdown, rendered safely: no raw HTML (sanitized anyway), links only http(s)/mailto and
// opened outside, remote images never fetched, citations tied to the numbered sources. Loaded on
// demand with math and highlighting, so the first screen of the window stays light.

import 'katex/dist/katex.min.css';
import './code-theme.css';
import { Check, Copy, ExternalLink, ImageOff } from 'lucide-react';
import { memo, useState, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { remarkHtmlAsText } from './html-as-text.js';
import { citationNumber, safeExternalHref, sourceAnchorId, transformMessageUrl } from './link-policy.js';

// The default (GitHub's) schema, plus the classes remark-math marks math with for rehype-katex.
const schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
};

export interface MarkdownBodyProps {
  readonly text: string;
  /** The message the text belongs to: its citations point at its own numbered sources. */
  readonly messageId: string;
}

/**
 * Parsed again only when its text changes: the reader re-renders its visible messages on every scroll
 * frame, and running the Markdown, math and highlighting pipeline each time made scrolling stutter.
 */
export default memo(function MarkdownBody({ text, messageId }: MarkdownBodyProps) {
  const components: Components = {
    a: ({ href, children }) => {
      const number = citationNumber(href);
      if (number !== null) {
        return (
          <sup className="citation">
            <a href={`#${sourceAnchorId(messageId, number)}`} aria-label={`Source ${number}`}>
              {number}
            </a>
          </sup>
        );
      }
      const safe = safeExternalHref(href);
      if (!safe) return <span className="dead-link">{children}</span>;
      return (
        <a href={safe} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      );
    },
    img: ({ src, alt }) => <RemoteImageLink src={typeof src === 'string' ? src : null} alt={alt ?? null} />,
    pre: ({ children }) => <CodeBlock>{children}</CodeBlock>,
  };
  return (
    <div className="markdown">
      <Markdown
        remarkPlugins={[remarkGfm, remarkMath, remarkHtmlAsText]}
        rehypePlugins={[[rehypeSanitize, schema], rehypeKatex, [rehypeHighlight, { detect: false }]]}
        urlTransform={transformMessageUrl}
        components={components}
      >
        {text}
      </Markdown>
    </div>
  );
});

/** A Markdown image from the web: never fetched; a link a person may follow in their browser. */
function RemoteImageLink({ src, alt }: { src: string | null; alt: string | null }) {
  const safe = safeExternalHref(src);
  return (
    <span className="remote-image">
      <ImageOff aria-hidden size={14} />
      {safe ? (
        <a href={safe} target="_blank" rel="noopener noreferrer">
          Remote image not loaded{alt ? `: ${alt}` : ''} <ExternalLink aria-hidden size={12} />
        </a>
      ) : (
        <span>Remote image not loaded{alt ? `: ${alt}` : ''}</span>
      )}
    </span>
  );
}

export function CodeBlock({ children }: { children: ReactNode }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="code-block">
      <button
        type="button"
        className="copy-button"
        aria-label={copied ? 'Copied' : 'Copy code'}
        onClick={(event) => {
          const code = event.currentTarget.parentElement?.querySelector('pre')?.textContent ?? '';
          void navigator.clipboard?.writeText(code).then(() => {
            setCopied(true);
            window.setTimeout(() => setCopied(false), 1500);
          });
        }}
      >
        {copied ? <Check aria-hidden size={14} /> : <Copy aria-hidden size={14} />}
      </button>
      <pre>{children}</pre>
    </div>
  );
}
