// Renders one archived conversation as a document a person can keep: Markdown or HTML of the visible
// thread (the other branches noted where they fork, images from the blob store, code and outputs in
// place, citations as footnotes), or JSON in ChatGPT's own export shape with every branch. The
// conversation's text is hostile input: the HTML escapes all of it and allows only http(s) links.

import type { ArtifactView } from '../../../src-shared/model/artifact.js';
import { codeToHtml, HIGHLIGHT_CSS, markdownToHtml } from './markdown-html.js';
import { firstLine } from '../../../src-shared/model/first-line.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import type { StoredNode } from '../db/conversation-repository.js';

export interface ConversationDocument {
  readonly id: string;
  readonly title: string | null;
  readonly createTime: number | null;
  readonly updateTime: number | null;
  readonly extra: string | null;
  readonly nodes: readonly StoredNode[];
  readonly artifacts: readonly ArtifactView[];
}

export interface RenderedImage {
  readonly sha256: string;
  /** Where the document expects it, relative to the document. */
  readonly path: string;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

const SPEAKERS: Record<string, string> = {
  user: 'You',
  assistant: 'ChatGPT',
  tool: 'Tool',
  system: 'System',
};

interface Block {
  readonly kind: 'text' | 'code' | 'output' | 'image';
  readonly text: string;
  readonly language?: string | null;
  readonly image?: RenderedImage;
}

interface Turn {
  readonly node: StoredNode;
  readonly speaker: string;
  readonly time: string | null;
  readonly blocks: Block[];
  readonly citations: { url: string; title: string | null }[];
  /** Other versions of this message kept on other branches (first lines). */
  readonly alternatives: string[];
}

function imageOf(artifact: ArtifactView): RenderedImage | null {
  if (!artifact.blob) return null;
  const mime = artifact.mimeType ?? '';
  const extension = EXTENSIONS[mime];
  if (!extension) return null;
  return { sha256: artifact.blob.sha256, path: `images/${artifact.blob.sha256.slice(0, 16)}.${extension}` };
}

/** The visible thread as turns with their blocks, and the images they show. */
function turnsOf(document: ConversationDocument): { turns: Turn[]; images: RenderedImage[] } {
  const byNode = new Map<string, ArtifactView[]>();
  for (const artifact of document.artifacts) {
    const list = byNode.get(artifact.messageId) ?? [];
    list.push(artifact);
    byNode.set(artifact.messageId, list);
  }
  const children = new Map<string, StoredNode[]>();
  for (const node of document.nodes) {
    if (!node.parent_id) continue;
    const list = children.get(node.parent_id) ?? [];
    list.push(node);
    children.set(node.parent_id, list);
  }
  const thread = document.nodes
    .filter((node) => node.on_current_branch === 1 && node.raw !== null && node.hidden === 0)
    .sort((a, b) => (a.thread_index ?? 0) - (b.thread_index ?? 0));
  const images: RenderedImage[] = [];
  const turns = thread.map((node): Turn => {
    const artifacts = byNode.get(node.node_id) ?? [];
    const blocks: Block[] = [];
    const code = artifacts.find((artifact) => artifact.kind === 'code');
    const output = artifacts.find((artifact) => artifact.kind === 'code_output');
    if (code) blocks.push({ kind: 'code', text: code.text ?? '', language: code.language });
    else if (output) blocks.push({ kind: 'output', text: output.text ?? '' });
    else if (node.content_type === 'code')
      blocks.push({ kind: 'code', text: node.text ?? '', language: null });
    else if (node.content_type === 'execution_output') blocks.push({ kind: 'output', text: node.text ?? '' });
    else if (node.text) blocks.push({ kind: 'text', text: node.text });
    for (const artifact of artifacts) {
      if (
        artifact.kind !== 'image_generation' &&
        artifact.kind !== 'upload' &&
        artifact.kind !== 'code_output'
      )
        continue;
      const image = imageOf(artifact);
      if (!image) continue;
      images.push(image);
      blocks.push({ kind: 'image', text: artifact.prompt ?? artifact.fileName ?? 'image', image });
    }
    const citations = artifacts
      .filter((artifact) => artifact.kind === 'citation' && artifact.url)
      .map((artifact) => ({ url: artifact.url as string, title: artifact.title }));
    const siblings = node.parent_id ? (children.get(node.parent_id) ?? []) : [];
    const alternatives = siblings
      .filter((sibling) => sibling.node_id !== node.node_id && sibling.raw !== null)
      .map((sibling) => firstLine(sibling.text, 140) ?? '');
    return {
      node,
      speaker: node.author_name ?? SPEAKERS[node.role ?? ''] ?? node.role ?? 'Unknown',
      time: epochSecondsToIso(node.create_time),
      blocks,
      citations,
      alternatives,
    };
  });
  return { turns, images };
}

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}

export function renderMarkdown(document: ConversationDocument): { text: string; images: RenderedImage[] } {
  const { turns, images } = turnsOf(document);
  const title = document.title ?? 'Untitled conversation';
  const lines = [
    `# ${title}`,
    '',
    `_ChatGPT conversation ${document.id}, ${epochSecondsToIso(document.createTime) ?? 'undated'}` +
      `${document.updateTime ? ` – ${epochSecondsToIso(document.updateTime)}` : ''}. The visible branch; other versions are noted where they fork._`,
    '',
  ];
  const footnotes: string[] = [];
  for (const turn of turns) {
    lines.push(`## ${turn.speaker}${turn.time ? ` · ${turn.time.slice(0, 16).replace('T', ' ')}` : ''}`, '');
    for (const block of turn.blocks) {
      if (block.kind === 'text') lines.push(block.text, '');
      else if (block.kind === 'image')
        lines.push(`![${block.text.replace(/[[\]\n]/g, ' ')}](${block.image?.path})`, '');
      else {
        const marks = fence(block.text);
        lines.push(
          `${marks}${block.kind === 'code' ? (block.language ?? '') : 'text'}`,
          block.text,
          marks,
          '',
        );
      }
    }
    if (turn.citations.length > 0) {
      const refs = turn.citations.map((citation) => {
        footnotes.push(
          `[^${footnotes.length + 1}]: [${(citation.title ?? citation.url).replace(/[[\]]/g, '')}](${citation.url})`,
        );
        return `[^${footnotes.length}]`;
      });
      lines.push(`Sources: ${refs.join(' ')}`, '');
    }
    if (turn.alternatives.length > 0) {
      lines.push(
        `> ${turn.alternatives.length} other version${turn.alternatives.length === 1 ? '' : 's'} of this message on other branches: ` +
          turn.alternatives.map((alternative) => `“${alternative}”`).join('; '),
        '',
      );
    }
  }
  if (footnotes.length > 0) lines.push('---', '', ...footnotes, '');
  return { text: lines.join('\n'), images };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : null;
}

const DOCUMENT_CSS =
  ':root{color-scheme:light dark}body{font:16px/1.55 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}' +
  'pre{background:#f4f4f5;padding:.75rem;overflow:auto;border-radius:6px}code{font:.9em ui-monospace,monospace}' +
  'table{border-collapse:collapse}td,th{border:1px solid #d4d4d8;padding:.25rem .5rem}' +
  'section.user{border-left:3px solid #3b82f6;padding-left:1rem}aside{color:#555;font-size:.9em}img{max-width:100%}' +
  'h2 time{font-weight:normal;font-size:.8em;color:#71717a}' +
  '@media (prefers-color-scheme:dark){body{background:#18181b;color:#e4e4e7}pre{background:#27272a}aside{color:#a1a1aa}' +
  'td,th{border-color:#3f3f46}a{color:#93c5fd}}';

export function renderHtml(document: ConversationDocument): { text: string; images: RenderedImage[] } {
  const { turns, images } = turnsOf(document);
  const title = escapeHtml(document.title ?? 'Untitled conversation');
  const footnotes: string[] = [];
  const body = turns.map((turn) => {
    const parts = turn.blocks.map((block) => {
      // ChatGPT shows what a person typed as plain text, and its answers as Markdown.
      if (block.kind === 'text' && turn.node.role === 'user') {
        return block.text
          .split(/\n{2,}/)
          .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
          .join('\n');
      }
      if (block.kind === 'text') return markdownToHtml(block.text);
      if (block.kind === 'image')
        return `<figure><img src="${escapeHtml(block.image?.path ?? '')}" alt="${escapeHtml(block.text)}"></figure>`;
      return `<div class="${block.kind}">${codeToHtml(block.text, block.kind === 'code' ? (block.language ?? null) : null)}</div>`;
    });
    const citations = turn.citations.map((citation) => {
      const href = safeHref(citation.url);
      footnotes.push(
        `<li id="source-${footnotes.length + 1}">${href ? `<a href="${href}" rel="noreferrer noopener">${escapeHtml(citation.title ?? citation.url)}</a>` : escapeHtml(citation.url)}</li>`,
      );
      return `<a href="#source-${footnotes.length}">[${footnotes.length}]</a>`;
    });
    return [
      `<section class="${escapeHtml(turn.node.role ?? 'unknown')}"><h2>${escapeHtml(turn.speaker)}${turn.time ? ` <time>${escapeHtml(turn.time)}</time>` : ''}</h2>`,
      ...parts,
      citations.length > 0 ? `<p class="sources">Sources: ${citations.join(' ')}</p>` : '',
      turn.alternatives.length > 0
        ? `<aside>${turn.alternatives.length} other version(s) on other branches: ${turn.alternatives.map((alternative) => `“${escapeHtml(alternative)}”`).join('; ')}</aside>`
        : '',
      '</section>',
    ].join('\n');
  });
  const text = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${DOCUMENT_CSS}${HIGHLIGHT_CSS}</style>
</head>
<body>
<h1>${title}</h1>
${body.join('\n')}
${footnotes.length > 0 ? `<hr><ol class="footnotes">${footnotes.join('')}</ol>` : ''}
</body>
</html>
`;
  return { text, images };
}

/** The page that lists every exported conversation, newest first: title, date and a link. */
export function renderHtmlIndex(
  documents: readonly {
    readonly name: string;
    readonly title: string | null;
    readonly time: number | null;
  }[],
): string {
  const rows = [...documents]
    .sort((a, b) => (b.time ?? 0) - (a.time ?? 0))
    .map(
      (document) =>
        `<li><a href="${escapeHtml(encodeURI(document.name))}">${escapeHtml(document.title ?? 'Untitled conversation')}</a>` +
        `${document.time !== null ? ` <time>${escapeHtml((epochSecondsToIso(document.time) ?? '').slice(0, 10))}</time>` : ''}</li>`,
    );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>ChatGPT conversations</title>
<style>${DOCUMENT_CSS}li{margin:.35rem 0}li time{color:#71717a;font-size:.85em;margin-left:.5rem}</style>
</head>
<body>
<h1>ChatGPT conversations</h1>
<p>${documents.length} conversation${documents.length === 1 ? '' : 's'}, newest first.</p>
<ul>
${rows.join('\n')}
</ul>
</body>
</html>
`;
}

/** ChatGPT's own shape: the conversation's fields as last exported, with the mapping of every branch. */
export function renderOriginalJson(document: ConversationDocument): string {
  const fields = document.extra ? (JSON.parse(document.extra) as Record<string, unknown>) : {};
  const children = new Map<string, string[]>();
  for (const node of document.nodes) {
    if (!node.parent_id) continue;
    children.set(node.parent_id, [...(children.get(node.parent_id) ?? []), node.node_id]);
  }
  const mapping: Record<string, unknown> = {};
  for (const node of document.nodes) {
    mapping[node.node_id] = {
      id: node.node_id,
      message: node.raw === null ? null : (JSON.parse(node.raw) as unknown),
      parent: node.parent_id,
      children: children.get(node.node_id) ?? [],
    };
  }
  const shaped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    shaped[key] = value;
    if (key === 'update_time') shaped['mapping'] = mapping;
  }
  shaped['mapping'] ??= mapping;
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
