// ChatGPT writes math as \(…\) and \[…\]; the renderer's remark-math reads $…$ and $$…$$. Code is left
// exactly as written, and a lone dollar in prose is escaped, as ChatGPT's own page never reads $…$ as
// math: "$5 and $10" stays money.

interface Segment {
  readonly text: string;
  readonly code: boolean;
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*\r?\n?$/;
const BACKTICKS = /`+/g;
const BLANK_LINE = /\n[ \t]*\r?\n/;
// Math never spans a blank line; a delimiter without its partner before one stays as it is.
const NO_BLANK = String.raw`(?:(?!\n[ \t]*\r?\n)[\s\S])+?`;
const PROSE_MATH = new RegExp(
  String.raw`\\\[(${NO_BLANK})\\\]|\\\((${NO_BLANK})\\\)|\$\$${NO_BLANK}\$\$|\\\$|\$`,
  'g',
);

/** Fenced blocks (any indentation, as inside list items) and inline code spans, between prose. */
function segments(markdown: string): Segment[] {
  const out: Segment[] = [];
  let prose = '';
  let code = '';
  let fence: string | null = null;
  for (const line of markdown.split(/(?<=\n)/)) {
    if (fence === null) {
      const open = FENCE_OPEN.exec(line);
      const info = open ? line.slice(open[0].length) : '';
      if (open?.[1] && !(open[1].startsWith('`') && info.includes('`'))) {
        out.push(...inlineCode(prose));
        prose = '';
        fence = open[1];
        code = line;
      } else {
        prose += line;
      }
      continue;
    }
    code += line;
    const close = FENCE_CLOSE.exec(line);
    if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) {
      out.push({ text: code, code: true });
      code = '';
      fence = null;
    }
  }
  if (fence !== null) out.push({ text: code, code: true });
  out.push(...inlineCode(prose));
  return out;
}

/** A run of n backticks opens a code span closed by the next run of exactly n in the same paragraph. */
function inlineCode(prose: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const runs = new RegExp(BACKTICKS.source, 'g');
  for (let open = runs.exec(prose); open !== null; open = runs.exec(prose)) {
    const width = open[0].length;
    const after = open.index + width;
    const closer = new RegExp(`(?<!\`)\`{${width}}(?!\`)`, 'g');
    closer.lastIndex = after;
    const close = closer.exec(prose);
    if (!close || BLANK_LINE.test(prose.slice(after, close.index))) continue;
    out.push({ text: prose.slice(last, open.index), code: false });
    out.push({ text: prose.slice(open.index, close.index + width), code: true });
    last = close.index + width;
    runs.lastIndex = last;
  }
  out.push({ text: prose.slice(last), code: false });
  return out;
}

function displayMath(prose: string, offset: number, match: string, inner: string): string {
  if (inner.includes('\n')) return `$$${inner}$$`;
  const lineStart = prose.lastIndexOf('\n', offset - 1) + 1;
  const before = prose.slice(lineStart, offset);
  const lineEnd = prose.indexOf('\n', offset + match.length);
  const after = prose.slice(offset + match.length, lineEnd === -1 ? prose.length : lineEnd);
  // Alone on its line it is a block, as ChatGPT shows it; inside a sentence it stays in the sentence.
  if (before.trim() === '' && after.trim() === '') return `$$\n${before}${inner.trim()}\n${before}$$`;
  return `$$${inner.trim()}$$`;
}

function proseMath(prose: string): string {
  return prose.replace(
    PROSE_MATH,
    (match: string, display: string | undefined, inline: string | undefined, offset: number) => {
      if (display !== undefined) return displayMath(prose, offset, match, display);
      if (inline !== undefined) return `$${inline.trim()}$`;
      if (match === '$') return '\\$';
      return match;
    },
  );
}

export function normalizeMath(markdown: string): string {
  if (!markdown.includes('\\') && !markdown.includes('$')) return markdown;
  return segments(markdown)
    .map((segment) => (segment.code ? segment.text : proseMath(segment.text)))
    .join('');
}
