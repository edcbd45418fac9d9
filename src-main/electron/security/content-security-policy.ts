// Checklist items 1 and 7: the page's CSP, sent with every HTML answer of the app:// protocol. Only
// the renderer's own scripts, styles, fonts and images (and the archive's blobs, served by the same
// protocol); nothing fetched from the network, no eval, no plugins, no framing, no forms.

export const APP_CONTENT_SECURITY_POLICY = [
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
