// Checklist item 5: the archive needs no camera, microphone, location, notifications from the page,
// clipboard reads, MIDI or anything else a page may ask for; every request and check is refused.
// (Notifications after an import are shown by the main process, which needs no permission.)

/** `setPermissionRequestHandler` and `setPermissionCheckHandler`: nothing is granted. */
export function isPermissionGranted(_permission: string, _requestingUrl?: string): boolean {
  return false;
}

/** `will-attach-webview` (checklist items 11 and 12): no `<webview>` is ever attached. */
export function shouldAttachWebview(_attachingUrl?: string): boolean {
  return false;
}
