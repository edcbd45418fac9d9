// Renders the Markdown people and ChatGPT write (GFM tables, lists, fenced code) as sanitized HTML,
// with the same unified plugins the app's reader uses, so a conversation looks alike in both. Code
// stays exact and is highlighted; nothing from a conversation can run or fetch: markup in a message is
// shown as text, links keep only safe protocols, and images load only from beside the document.

import rehypeHighlight from 'rehype-highlight';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * An image from the web is never fetched: it becomes a link a person may follow, named by its alt
 * text. Images written beside the document (relative paths) stay images.
 */
function remoteImagesAsLinks() {
  const walk = (node: HastNode): void => {
    for (const child of node.children ?? []) {
      const src = child.tagName === 'img' ? String(child.properties?.['src'] ?? '') : '';
      if (child.tagName === 'img' && /^[a-z][a-z0-9+.-]*:/i.test(src)) {
        const alt = String(child.properties?.['alt'] ?? '') || 'image';
        child.tagName = 'a';
        child.properties = { href: src, rel: ['noreferrer', 'noopener'] };
        child.children = [{ type: 'text', value: `Image: ${alt}` }];
      } else walk(child);
    }
  };
  return (tree: HastNode) => walk(tree);
}

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

/** Markup written in a message (`<script>`, `<b>`) is shown as the text it is, never dropped or run. */
function rawHtmlAsText() {
  const walk = (node: MdastNode): void => {
    if (node.type === 'html') node.type = 'text';
    node.children?.forEach(walk);
  };
  return (tree: MdastNode) => walk(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(rawHtmlAsText)
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(remoteImagesAsLinks)
  .use(rehypeHighlight, { detect: false })
  .use(rehypeStringify);

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** A block of code or output shown exactly as it was, highlighted where its language is known. */
export function codeToHtml(code: string, language: string | null): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const tag = language && /^[\w+#-]+$/.test(language) ? language : 'text';
  return markdownToHtml(`${fence}${tag}\n${code}\n${fence}\n`);
}

/** The few colours highlighted code needs, for documents that carry their own style. */
export const HIGHLIGHT_CSS =
  '.hljs-keyword,.hljs-selector-tag,.hljs-built_in{color:#a626a4}.hljs-string,.hljs-attr{color:#50a14f}' +
  '.hljs-number,.hljs-literal{color:#986801}.hljs-comment{color:#7a7f87;font-style:italic}' +
  '.hljs-title,.hljs-function{color:#4078f2}.hljs-type,.hljs-class{color:#c18401}' +
  '@media (prefers-color-scheme:dark){.hljs-keyword,.hljs-selector-tag,.hljs-built_in{color:#c678dd}' +
  '.hljs-string,.hljs-attr{color:#98c379}.hljs-number,.hljs-literal{color:#d19a66}.hljs-comment{color:#8b929c}' +
  '.hljs-title,.hljs-function{color:#61afef}.hljs-type,.hljs-class{color:#e5c07b}}';
