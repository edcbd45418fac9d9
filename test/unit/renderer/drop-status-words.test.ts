// What the window says about a dropped file at each step, naming it: uploading, waiting, importing with
// how far it got, imported with what it added, and why it failed.

import { describe, expect, it } from 'vitest';
import { dropStatus } from '../../../src-renderer/features/import-drop/drop-status-words.js';
import type { ImportJob } from '../../../src-shared/model/import-job.js';

const job = (fields: Partial<ImportJob>): ImportJob => ({
  id: 7,
  path: '/data/incoming/1-ab/export.zip',
  origin: 'drop',
  status: 'queued',
  verify: false,
  queuedAt: '2025-04-25T14:40:42Z',
  startedAt: null,
  finishedAt: null,
  progress: null,
  report: null,
  error: null,
  ...fields,
});

const counts = { added: 3, updated: 1, unchanged: 0, removedUpstream: 0 };
const report = {
  file: 'export.zip',
  exportId: 'e',
  account: null,
  messages: 9,
  artifacts: 0,
  blobs: 0,
  warnings: [],
};

describe('dropStatus', () => {
  it('follows a file from its upload through its import', () => {
    expect(dropStatus('export.zip', { stage: 'uploading', fraction: 0.426 })).toEqual({
      words: 'Uploading export.zip… 42%',
      tone: 'busy',
      fraction: 0.426,
    });
    expect(dropStatus('export.zip', { stage: 'sending' }).words).toBe('Adding export.zip to the imports…');
    expect(dropStatus('export.zip', { stage: 'queued', job: job({}) }).words).toBe(
      'Waiting to import export.zip…',
    );
    const running = job({
      status: 'running',
      progress: {
        file: 'export.zip',
        phase: 'conversations',
        bytesDone: 250,
        bytesTotal: 1000,
        conversationsDone: 2,
        secondsLeft: 12.2,
      },
    });
    expect(dropStatus('export.zip', { stage: 'queued', job: running })).toEqual({
      words: 'Importing export.zip… 25%, about 13 s left',
      tone: 'busy',
      fraction: 0.25,
    });
    expect(
      dropStatus('export.zip', { stage: 'queued', job: job({ status: 'running' }) }).fraction,
    ).toBeNull();
  });

  it('says what an import added, or that the export was known', () => {
    const done = job({ status: 'done', report: { ...report, status: 'imported', conversations: counts } });
    expect(dropStatus('export.zip', { stage: 'queued', job: done })).toMatchObject({
      words: 'Imported export.zip: 3 new conversations, 1 updated.',
      tone: 'done',
    });
    const one = job({
      status: 'done',
      report: { ...report, status: 'imported', conversations: { ...counts, added: 1, updated: 0 } },
    });
    expect(dropStatus('a.zip', { stage: 'queued', job: one }).words).toBe(
      'Imported a.zip: 1 new conversation.',
    );
    const known = job({
      status: 'done',
      report: { ...report, status: 'already-imported', conversations: { ...counts, added: 0 } },
    });
    expect(dropStatus('a.zip', { stage: 'queued', job: known }).words).toBe(
      'a.zip is already in your archive; nothing new in it.',
    );
  });

  it('says why a file was refused or its import failed', () => {
    const failed = job({
      status: 'failed',
      error: { code: 'not-an-export', message: 'no conversations.json in it.' },
    });
    expect(dropStatus('a.zip', { stage: 'queued', job: failed })).toMatchObject({
      words: 'The import of a.zip failed: no conversations.json in it.',
      tone: 'problem',
    });
    expect(
      dropStatus('notes.txt', { stage: 'refused', message: '“notes.txt” is not a ZIP file.' }),
    ).toMatchObject({
      words: '“notes.txt” is not a ZIP file.',
      tone: 'problem',
      fraction: null,
    });
  });
});
