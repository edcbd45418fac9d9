// The notification after an import, as the person reads it with the window closed: the export named
// by its own date, what changed in words with singular and plural right, silence for an export already
// in, a failure naming the file and why, and a click that opens the timeline at that export's days.

import { describe, expect, it } from 'vitest';
import {
  conversationChanges,
  exportLabel,
  importNotice,
  importRoute,
} from '../../../src-main/electron/import-notice.js';
import type { ImportReport } from '../../../src-shared/model/import-report.js';
import { parseRoute } from '../../../src-renderer/app/route-state.js';

const EXPORT = '/home/ada/Downloads/4f2a-2025-06-01-09-12-44-8b1c.zip';

function report(partial: Partial<ImportReport> = {}): ImportReport & { jobId: number } {
  return {
    jobId: 7,
    file: EXPORT,
    status: 'imported',
    exportId: 'abc',
    account: 'user-ada',
    conversations: { added: 12, updated: 3, unchanged: 40, removedUpstream: 1 },
    messages: 500,
    artifacts: 20,
    blobs: 4,
    warnings: [],
    ...partial,
  };
}

const counts = (added: number, updated: number, removedUpstream: number) => ({
  added,
  updated,
  unchanged: 5,
  removedUpstream,
});

describe('the notice after an import', () => {
  it('says what the export brought, under the export’s own date', () => {
    expect(importNotice(report())).toMatchObject({
      title: 'Export imported',
      body: 'Export of 1 Jun 2025: 12 new conversations, 3 updated, 1 no longer in your account',
    });
  });

  it('gets singular and plural right, and names conversations in whichever part comes first', () => {
    expect(conversationChanges(counts(1, 1, 1))).toBe(
      '1 new conversation, 1 updated, 1 no longer in your account',
    );
    expect(conversationChanges(counts(1, 0, 0))).toBe('1 new conversation');
    expect(conversationChanges(counts(0, 1, 0))).toBe('1 conversation updated');
    expect(conversationChanges(counts(0, 2, 3))).toBe('2 conversations updated, 3 no longer in your account');
    expect(conversationChanges(counts(0, 0, 1))).toBe('1 conversation no longer in your account');
    expect(conversationChanges(counts(1234, 0, 0))).toBe('1,234 new conversations');
  });

  it('says "nothing new" for a new export that changed nothing: the person wants to know it went in', () => {
    expect(importNotice(report({ conversations: counts(0, 0, 0) }))?.body).toBe(
      'Export of 1 Jun 2025: nothing new',
    );
  });

  it('is silent for an export already in the archive, which every start finds in Downloads again', () => {
    expect(importNotice(report({ status: 'already-imported', conversations: counts(0, 0, 0) }))).toBeNull();
  });

  it('names the file when its name carries no date', () => {
    expect(exportLabel({ file: '/tmp/my chats.zip' })).toBe('my chats.zip');
    expect(importNotice(report({ file: '/tmp/my chats.zip' }))?.body).toBe(
      'my chats.zip: 12 new conversations, 3 updated, 1 no longer in your account',
    );
    // A browser's second copy keeps the date.
    expect(exportLabel({ file: '/d/4f2a-2025-06-01-09-12-44-8b1c (1).zip' })).toBe('Export of 1 Jun 2025');
  });

  it('on a failure names the file and the reason, once', () => {
    const failed = report({
      status: 'failed',
      error: { code: 'not-a-zip', message: `${EXPORT}: not a ZIP file, so not a ChatGPT export.` },
    });
    expect(importNotice(failed)).toEqual({
      title: 'Import failed',
      body: '4f2a-2025-06-01-09-12-44-8b1c.zip could not be imported: not a ZIP file, so not a ChatGPT export.',
      route: '/',
    });
    const elsewhere = report({
      status: 'failed',
      error: { code: 'disk-full', message: `The disk is full while importing ${EXPORT}.` },
    });
    expect(importNotice(elsewhere)?.body).toBe(
      '4f2a-2025-06-01-09-12-44-8b1c.zip could not be imported: the disk is full while importing 4f2a-2025-06-01-09-12-44-8b1c.zip.',
    );
  });

  it('is silent for an import the person cancelled', () => {
    const cancelled = report({
      status: 'failed',
      error: { code: 'import-cancelled', message: `${EXPORT}: import cancelled.` },
    });
    expect(importNotice(cancelled)).toBeNull();
  });

  it('after a verify says whether anything was missing', () => {
    expect(
      importNotice(report({ status: 'verified', repaired: { conversations: 0, binaries: 0 } })),
    ).toMatchObject({
      title: 'Export verified',
      body: 'Export of 1 Jun 2025: the archive holds all of it',
    });
    expect(
      importNotice(report({ status: 'verified', repaired: { conversations: 2, binaries: 1 } }))?.body,
    ).toBe('Export of 1 Jun 2025: 2 conversations and 1 file were missing and are back');
    expect(
      importNotice(report({ status: 'verified', repaired: { conversations: 0, binaries: 1 } }))?.body,
    ).toBe('Export of 1 Jun 2025: 1 file was missing and is back');
  });
});

describe('a click on the notice', () => {
  it('opens the timeline on the days up to the export, in its account, as the window reads it', () => {
    const route = importNotice(report())!.route;
    expect(route).toBe('/?from=2025-04-03&to=2025-06-01&account=user-ada');
    const url = new URL(route, 'app://archive/');
    expect(parseRoute(url.pathname, url.search, url.hash)).toEqual({
      name: 'timeline',
      at: '2025-04-03',
      to: '2025-06-01',
      kinds: [],
      project: null,
      account: 'user-ada',
    });
  });

  it('opens the latest days when the export carries no date, and all accounts when it names none', () => {
    expect(importRoute({ file: '/tmp/conversations.json', account: null })).toBe('/');
    expect(importRoute({ file: '/tmp/conversations.json', account: 'user ada' })).toBe('/?account=user+ada');
  });
});
