// An export uploaded into the data folder is kept by a hard link, so a large ZIP is on the disk once;
// any other export the person imports is copied, so that changing or deleting theirs never touches
// the kept one.

import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExportSource } from '../../../../src-main/core/chatgpt-export/open-export-source.js';
import { KeptExports } from '../../../../src-main/core/safekeeping/kept-exports.js';
import { USER_JSON } from '../../../support/conversation-factory.js';
import { useTempFolders } from '../../../support/temp-folder.js';
import { writeZip } from '../../../support/zip-writer.js';

const temp = useTempFolders();

async function keptFrom(zip: string, kept: KeptExports): Promise<string> {
  const source = await openExportSource(zip);
  try {
    return (await kept.keep(source, await source.sha256())).path;
  } finally {
    await source.close();
  }
}

describe('KeptExports and uploads', () => {
  it('links an uploaded ZIP and copies one from anywhere else', async () => {
    const data = temp('archivist-kept');
    const incoming = join(data, 'incoming');
    const uploaded = join(incoming, '123-abc', 'uploaded.zip');
    const downloaded = join(temp('archivist-downloads'), 'chatgpt-export.zip');
    mkdirSync(join(incoming, '123-abc'), { recursive: true });
    await writeZip(uploaded, [{ name: 'conversations.json', data: '[]' }]);
    await writeZip(downloaded, [
      { name: 'conversations.json', data: '[]' },
      { name: 'user.json', data: USER_JSON },
    ]);
    const kept = new KeptExports(join(data, 'exports'), incoming);

    const linked = await keptFrom(uploaded, kept);
    expect(statSync(linked).ino).toBe(statSync(uploaded).ino);
    expect(statSync(uploaded).nlink).toBe(2);

    const copied = await keptFrom(downloaded, kept);
    expect(statSync(copied).ino).not.toBe(statSync(downloaded).ino);
    expect(statSync(downloaded).nlink).toBe(1);
  });
});
