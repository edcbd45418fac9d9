// What stops `npm run dist` on this machine, said in one sentence, or null when nothing does. Kept
// apart from scripts/dist.mjs, which gathers the facts and prints the answer, so that every case is
// tested without a network (test/unit/scripts/packaging-blocker.test.ts).

const BROWSER_INSTEAD = '`npm start` runs Archivist in your browser instead.';

/** Failures of the network, as Node and electron-builder's downloader name them. */
const NETWORK =
  /\b(?:getaddrinfo\s+)?(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|CERT_\w+|UNABLE_TO_\w+)\b(?:\s+[\w.-]+\.[a-z]{2,})?|socket hang up|Response code (?:4|5)\d\d|status code (?:4|5)\d\d/i;

/** npm's own error lines: electron-builder itself could not be fetched from the registry. */
const NPM_ERROR = /^npm (?:error|ERR!) code (\S+)/m;

/** What the .deb's control file needs and the package.json does not say. */
const DEB_METADATA = /Please specify project homepage|Please specify author 'email'/;

/**
 * @param {{
 *   electronBinary: boolean,
 *   builder?: { status: number | null, output: string },
 *   log?: string,
 * }} facts whether node_modules/electron holds its binary; once electron-builder has run (through
 *   `npm exec`), its exit status and everything it and npm printed; where that output is kept.
 * @returns {string | null}
 */
export function packagingBlocker({ electronBinary, builder, log = 'release/dist.log' }) {
  if (!electronBinary) {
    return (
      'Packaging needs the Electron binary, which could not be downloaded on this machine ' +
      '(node_modules/electron has none; `node node_modules/electron/install.js` fetches it once online). ' +
      BROWSER_INSTEAD
    );
  }
  if (!builder || builder.status === 0) return null;

  const npmError = NPM_ERROR.exec(builder.output);
  if (npmError && !/electron-builder\s+version=/.test(builder.output)) {
    return (
      'Packaging needs electron-builder, which could not be downloaded from the npm registry on this ' +
      `machine (npm: ${npmError[1]}). ${BROWSER_INSTEAD}`
    );
  }
  const network = NETWORK.exec(builder.output);
  if (network) {
    return (
      'Packaging needs Electron and the installer tools electron-builder downloads from GitHub, which ' +
      `could not be downloaded on this machine (${network[0].trim()}). ${BROWSER_INSTEAD}`
    );
  }
  if (DEB_METADATA.test(builder.output)) {
    return (
      'The Linux .deb package needs a homepage and a maintainer: add "homepage" and "author" ' +
      `(with an "email") to package.json, then run \`npm run dist\` again (details in ${log}).`
    );
  }
  const status = builder.status === null ? 'was stopped' : `exited with code ${builder.status}`;
  return `electron-builder ${status} without making the installers; its full output is in ${log}.`;
}
