// The electron-builder that packages Archivist, fetched with `npm exec` when it is needed (by
// `npm run dist` and the packaging test) rather than installed: some 280 packages and 93 MB that every
// `npm install` would otherwise carry. One pin, so the test checks the packager the installers use.
export const ELECTRON_BUILDER = 'electron-builder@26.18.1';
