// The one-line preview lists show of a longer text (a code cell, a message, a transcript): its first
// line that is not blank, cut with an ellipsis past `max` characters.

export function firstLine(text: string | null | undefined, max = Number.POSITIVE_INFINITY): string | null {
  const line =
    text
      ?.split('\n')
      .find((candidate) => candidate.trim() !== '')
      ?.trim() ?? null;
  return line !== null && line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
