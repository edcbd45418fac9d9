// Snippets are cut from the Markdown a message was written in, so `**RabbitMQ**` would show its
// asterisks; a search result reads as prose, so the syntax goes and the words (and match markers) stay.

const CODE_FENCE = /```[\w+-]*/g;
const IMAGE_OR_LINK = /!?\[([^\]\n]*)\]\([^)\n]*\)/g;
/** A link cut off by the snippet's end: its text stays, the half address goes. */
const CUT_LINK = /!?\[([^\]\n]*)\]\([^)\n]*$/;
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const LINE_SYNTAX = /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,3}[.)][ \t]+)/gm;
const PAIRED_MARKERS = /\*\*|__|~~|`/g;
/** A lone * or _ that opens or closes emphasis (next to a word on one side, not on the other): not snake_case or 2*3. */
const LONE_EMPHASIS = /(?<![\p{L}\p{N}])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\p{L}\p{N}])/gu;

/** The snippet as plain prose, match markers kept where they were. */
export function snippetPlainText(snippet: string): string {
  return snippet
    .replace(CODE_FENCE, '')
    .replace(IMAGE_OR_LINK, '$1')
    .replace(CUT_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(LINE_SYNTAX, '')
    .replace(PAIRED_MARKERS, '')
    .replace(LONE_EMPHASIS, '')
    .replace(/\s+/g, ' ')
    .trim();
}
