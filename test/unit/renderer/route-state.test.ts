// The window's address is its state: every view must survive a reload and Back, so each route read
// from a URL must write back to the same URL, and hostile or odd URLs must land somewhere sane.

import { describe, expect, it } from 'vitest';
import { conversationHref, formatRoute, parseRoute } from '../../../src-renderer/app/route-state.js';

function roundTrip(url: string): string {
  const parsed = new URL(url, 'http://127.0.0.1');
  return formatRoute(parseRoute(parsed.pathname, parsed.search, parsed.hash));
}

describe('route state', () => {
  it('reads the timeline with its date and filters, and writes them back the same', () => {
    expect(parseRoute('/', '?from=2024-03-01&kinds=decision,upload&project=g-p-1', '')).toEqual({
      name: 'timeline',
      at: '2024-03-01',
      to: null,
      kinds: ['decision', 'upload'],
      project: 'g-p-1',
      account: null,
    });
    expect(roundTrip('/?from=2024-03-01&kinds=decision%2Cupload&project=g-p-1')).toBe(
      '/?from=2024-03-01&kinds=decision%2Cupload&project=g-p-1',
    );
    // The address earlier versions wrote still opens the same day.
    expect(roundTrip('/?at=2024-03-01')).toBe('/?from=2024-03-01');
  });

  it('keeps a range chosen on the density strip, and only a range that runs forward', () => {
    expect(parseRoute('/', '?from=2024-03-01&to=2024-03-31&account=user-1', '')).toMatchObject({
      at: '2024-03-01',
      to: '2024-03-31',
      account: 'user-1',
    });
    expect(roundTrip('/?from=2024-03-01&to=2024-03-31')).toBe('/?from=2024-03-01&to=2024-03-31');
    expect(parseRoute('/', '?from=2024-03-01&to=2024-02-01', '')).toMatchObject({ to: null });
    expect(parseRoute('/', '?to=2024-02-01', '')).toMatchObject({ at: null, to: null });
  });

  it('drops a malformed date and unknown kinds instead of failing', () => {
    expect(parseRoute('/', '?at=yesterday&kinds=decision,nonsense', '')).toMatchObject({
      at: null,
      kinds: ['decision'],
    });
  });

  it('keeps the search text exactly as typed, spaces and symbols included', () => {
    const route = parseRoute('/search', '?q=' + encodeURIComponent('rabbit & kafka "queues"'), '');
    expect(route).toMatchObject({ name: 'search', q: 'rabbit & kafka "queues"' });
    expect(roundTrip(formatRoute(route))).toBe(formatRoute(route));
  });

  it('keeps the search filters, project and account included, so Back returns to the same results', () => {
    expect(parseRoute('/search', '?q=thesis&kind=upload&project=g-p-1&account=user-2', '')).toEqual({
      name: 'search',
      q: 'thesis',
      kind: 'upload',
      role: null,
      from: null,
      to: null,
      project: 'g-p-1',
      account: 'user-2',
    });
    expect(roundTrip('/search?q=thesis&project=g-p-1&account=user-2')).toBe(
      '/search?q=thesis&project=g-p-1&account=user-2',
    );
  });

  it('opens a conversation at a branch and a message', () => {
    expect(parseRoute('/conversation/abc-123', '?branch=2', '#message-m%2F7')).toEqual({
      name: 'conversation',
      id: 'abc-123',
      branch: 2,
      messageId: 'm/7',
    });
    expect(conversationHref('abc 1', 'm/7', 2)).toBe('/conversation/abc%201?branch=2#message-m%2F7');
    expect(conversationHref('abc', null)).toBe('/conversation/abc');
  });

  it('ignores a hash that names no message (the session secret, a source anchor)', () => {
    expect(parseRoute('/conversation/abc', '', '#s3cr3t')).toMatchObject({ messageId: null, branch: null });
    expect(parseRoute('/conversation/abc', '?branch=0', '')).toMatchObject({ branch: null });
  });

  it('reads the settings at /settings, with or without a closing slash, and writes /settings back', () => {
    expect(parseRoute('/settings', '', '')).toEqual({ name: 'settings' });
    expect(roundTrip('/settings/')).toBe('/settings');
    expect(roundTrip('/settings?tab=folders')).toBe('/settings');
  });

  it('names any other path not-found', () => {
    expect(parseRoute('/settings/../etc', '', '').name).toBe('not-found');
    expect(parseRoute('/settings/folders', '', '').name).toBe('not-found');
  });
});
