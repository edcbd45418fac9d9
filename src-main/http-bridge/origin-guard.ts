// Cross-site requests (CSRF) and sandboxed content (an SVG the bridge served, whose origin is
// "null") say where they come from in Origin; only the bridge's own page may call it.

/** Whether a request's Origin header, when it has one, is the bridge's own page. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const named = origin.toLowerCase();
  return named === `http://127.0.0.1:${port}` || named === `http://localhost:${port}`;
}
