// The window runs under one content policy wherever it is served (archivist serve's pages, the
// desktop app's app://): only its own scripts, styles, fonts and images and the archive's blobs;
// nothing fetched from the network, no eval, no plugins, no workers, no framing, no forms.

export const WINDOW_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes; no stylesheet comes from anywhere but 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "worker-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
