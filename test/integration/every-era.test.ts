// Every export layout ChatGPT has produced, generated and imported: conversations, messages and the
// binaries the ZIP carries all arrive, and words planted in known messages are found where they are.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src-main/core/open-archive.js';
import {
  generateExport,
  writeExportFolder,
  writeExportZip,
  type ExportEra,
} from '../support/export-generator/generate-export.js';
import { useTempFolders } from '../support/temp-folder.js';

const temp = useTempFolders();
const ERAS: ExportEra[] = ['2023', '2024', '2025', '2026-sharded', '2026-slim'];

describe.each(ERAS)('a %s export', (era) => {
  it.each(['zip', 'folder'] as const)('imports completely from a %s', async (shape) => {
    const dir = temp();
    const generated = generateExport({ era, conversations: 30, seed: 11 });
    const path = join(
      dir,
      shape === 'zip' ? generated.zipFileName : generated.zipFileName.replace(/\.zip$/, ''),
    );
    if (shape === 'zip') await writeExportZip(generated, path);
    else await writeExportFolder(generated, path);

    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      const report = await archive.importExport({ path });
      expect(report.status).toBe('imported');
      expect(report.account).toBe(generated.expected.accountId);
      expect(report.conversations.added).toBe(generated.expected.conversationIds.length);
      const stats = await archive.getStats({});
      expect(stats.conversations).toBe(generated.expected.conversationIds.length);
      expect(stats.messages).toBe(generated.expected.messageCount);
      expect(stats.blobs).toBe(generated.expected.binaries.length);
      expect(stats.artifacts).toEqual(
        Object.fromEntries(Object.entries(generated.expected.artifactCounts).filter(([, n]) => n > 0)),
      );

      const artifacts = await archive.listArtifacts({});
      const stored = new Set(artifacts.flatMap((a) => (a.blob ? [a.blob.sha256] : [])));
      for (const binary of generated.expected.binaries)
        expect(stored, binary.zipPath).toContain(binary.sha256);

      let forks = 0;
      for (const id of generated.expected.conversationIds)
        forks += (await archive.getConversation({ id })).branches;
      expect(forks).toBe(generated.expected.branchPoints);

      for (const planted of generated.expected.plantedWords) {
        const result = await archive.search({ text: planted.word });
        expect(result.hits, planted.word).toContainEqual(
          expect.objectContaining({
            conversationId: planted.conversationId,
            messageId: planted.nodeId,
            onCurrentBranch: planted.onCurrentBranch,
          }),
        );
      }
    } finally {
      await archive.close();
    }
  });
});
