// `npm run dist` on a machine that cannot package: one sentence naming what is missing and what
// works instead, never a stack trace; and nothing at all when packaging went through.

import { describe, expect, it } from 'vitest';
import { packagingBlocker } from '../../../scripts/packaging-blocker.mjs';

/** What electron-builder 26 prints when GitHub cannot be reached (from a real run, shortened). */
const GITHUB_UNREACHABLE = [
  '  • electron-builder  version=26.18.1 os=6.18.44',
  '  • loaded configuration  file=/work/archivist/electron-builder.yml',
  '  • packaging       platform=linux arch=x64 electron=40.8.5 appOutDir=release/linux-unpacked',
  '  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com',
  '    at ClientRequest.<anonymous> (/home/ada/.npm/_npx/1/node_modules/got/dist/source/core/index.js:970:111)',
].join('\n');

/** What `npm exec` prints when the registry cannot be reached (from a real run, shortened). */
const REGISTRY_UNREACHABLE = [
  'npm error code ECONNREFUSED',
  'npm error syscall connect',
  'npm error FetchError: request to http://registry.example/electron-builder failed, reason: connect ECONNREFUSED',
  'npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)',
].join('\n');

/** A sentence a person reads: one line, no stack frame, no file:line of our code or theirs. */
function expectPlainSentence(message: string | null): asserts message is string {
  expect(message).toEqual(expect.any(String));
  expect(message).not.toMatch(/\n|\bat \S+ \(|\.js:\d+/);
}

describe('packagingBlocker', () => {
  it('stops before building where the Electron binary was never downloaded, and offers the browser', () => {
    const message = packagingBlocker({ electronBinary: false });
    expectPlainSentence(message);
    expect(message).toMatch(
      /^Packaging needs the Electron binary, which could not be downloaded on this machine/,
    );
    expect(message).toContain('`npm start` runs Archivist in your browser instead.');
  });

  it('says the Electron binary is missing even when electron-builder also failed', () => {
    expect(
      packagingBlocker({ electronBinary: false, builder: { status: 1, output: REGISTRY_UNREACHABLE } }),
    ).toMatch(/^Packaging needs the Electron binary/);
  });

  it('names electron-builder and npm’s reason when the registry cannot be reached', () => {
    const message = packagingBlocker({
      electronBinary: true,
      builder: { status: 1, output: REGISTRY_UNREACHABLE },
    });
    expectPlainSentence(message);
    expect(message).toBe(
      'Packaging needs electron-builder, which could not be downloaded from the npm registry on this machine ' +
        '(npm: ECONNREFUSED). `npm start` runs Archivist in your browser instead.',
    );
  });

  it('names the host electron-builder could not reach for Electron or its installer tools', () => {
    const message = packagingBlocker({
      electronBinary: true,
      builder: { status: 1, output: GITHUB_UNREACHABLE },
    });
    expectPlainSentence(message);
    expect(message).toMatch(/^Packaging needs Electron and the installer tools electron-builder downloads/);
    expect(message).toContain('(getaddrinfo ENOTFOUND github.com)');
    expect(message).toContain('`npm start` runs Archivist in your browser instead.');
  });

  it('says what the .deb needs from package.json rather than electron-builder’s error', () => {
    const output = [
      '  • electron-builder  version=26.18.1',
      '  • building        target=deb arch=x64 file=release/archivist_0.1.0_amd64.deb',
      '  ⨯ Please specify project homepage, see https://www.electron.build/configuration#metadata  failedTask=build stackTrace=Error: Please specify project homepage',
      "Please specify author 'email' in the application package.json",
      '    at FpmTarget.computeFpmMetaInfoOptions (/x/app-builder-lib/out/targets/FpmTarget.js:97:19)',
    ].join('\n');
    const message = packagingBlocker({ electronBinary: true, builder: { status: 1, output } });
    expectPlainSentence(message);
    expect(message).toMatch(/"homepage" and "author" \(with an "email"\) to package\.json/);
  });

  it('points to the kept log for any other failure, with its exit code', () => {
    const output = '  • electron-builder  version=26.18.1\n  ⨯ Application entry file "x.js" does not exist';
    expect(
      packagingBlocker({ electronBinary: true, builder: { status: 2, output }, log: 'release/dist.log' }),
    ).toBe(
      'electron-builder exited with code 2 without making the installers; its full output is in release/dist.log.',
    );
    expect(packagingBlocker({ electronBinary: true, builder: { status: null, output } })).toMatch(
      /^electron-builder was stopped without making the installers/,
    );
  });

  it('stands aside when electron-builder made the installers, even if a download was retried on the way', () => {
    expect(packagingBlocker({ electronBinary: true })).toBeNull();
    expect(
      packagingBlocker({ electronBinary: true, builder: { status: 0, output: GITHUB_UNREACHABLE } }),
    ).toBeNull();
  });
});
