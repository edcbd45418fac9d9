// Which addresses in a conversation may become links: conversation text is hostile, so only web and
// mail links (opened outside the window) and the message's own citation anchors pass.

const CITATION = /^#(?:user-content-)?source-(\d{1,4})$/;

/** The source number a `[n](#source-n)` citation points at, or null for any other address. */
export function citationNumber(href: string | null | undefined): number | null {
  const match = href ? CITATION.exec(href) : null;
  return match?.[1] ? Number(match[1]) : null;
}

/** The address itself when it is http(s) or mailto; null for javascript:, data:, file:, relative… */
export function safeExternalHref(href: string | null | undefined): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
    ? url.href
    : null;
}

/** For react-markdown's urlTransform: keep what may be a link, drop everything else to an empty href. */
export function transformMessageUrl(url: string): string {
  if (citationNumber(url) !== null) return url;
  return safeExternalHref(url) ?? '';
}

/** The id a message's numbered source carries, so a citation can point at it within the page. */
export function sourceAnchorId(messageId: string, number: number): string {
  return `source-${messageId}-${number}`;
}
