// A snippet from the archive is plain text with each match between two marker characters; this splits
// it into pieces a view renders as text and <mark>, so no snippet is ever parsed as HTML.

import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../src-shared/model/search.js';

export interface SnippetPiece {
  readonly text: string;
  readonly marked: boolean;
}

export function snippetPieces(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let rest = snippet;
  while (rest !== '') {
    const start = rest.indexOf(SNIPPET_MARK_START);
    if (start === -1) break;
    const end = rest.indexOf(SNIPPET_MARK_END, start + 1);
    if (end === -1) break;
    if (start > 0) pieces.push({ text: rest.slice(0, start), marked: false });
    if (end > start + 1) pieces.push({ text: rest.slice(start + 1, end), marked: true });
    rest = rest.slice(end + 1);
  }
  if (rest !== '')
    pieces.push({
      text: rest.replaceAll(SNIPPET_MARK_START, '').replaceAll(SNIPPET_MARK_END, ''),
      marked: false,
    });
  return pieces;
}
