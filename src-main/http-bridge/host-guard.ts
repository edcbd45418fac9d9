// DNS rebinding: a web page on evil.example can point its own name at 127.0.0.1 and so reach the
// bridge as "same origin"; its requests still say `Host: evil.example`, so only the loopback names
// of the port the bridge listens on are answered.

/** Whether a request's Host header names the bridge itself (127.0.0.1 or localhost, on its port). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const named = host.toLowerCase();
  return named === `127.0.0.1:${port}` || named === `localhost:${port}`;
}
