// ChatGPT tags every link it cites with `utm_source=chatgpt.com`; the archive keeps the clean URL so
// that the same page cited twice is one source.

export function cleanCitationUrl(raw: string): string | null {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const key of [...url.searchParams.keys()]) {
    if (key === 'utm_source' && url.searchParams.get(key)?.startsWith('chatgpt'))
      url.searchParams.delete(key);
  }
  const search = url.searchParams.toString();
  url.search = search ? `?${search}` : '';
  return url.toString();
}
