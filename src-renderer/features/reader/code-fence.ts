// A code part shown through the Markdown renderer (for its highlighting): the fence is longer than any
// run of backticks in the code, so no code can close it early and turn into Markdown.

export function fencedCode(code: string, language: string | null): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const tag = language && /^[A-Za-z0-9_+#.-]{1,32}$/.test(language) ? language : '';
  return `${fence}${tag}\n${code}\n${fence}`;
}
