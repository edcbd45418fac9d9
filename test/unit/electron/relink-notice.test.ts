// The notice that uploads may have their originals on this computer: counted per upload (not per file
// found), said once per upload, and a click that shows them.

import { describe, expect, it } from 'vitest';
import { relinkNotice, relinkRoute, uploadsWaiting } from '../../../src-main/electron/relink-notice.js';
import type { LinkView } from '../../../src-shared/model/link.js';
import { parseRoute } from '../../../src-renderer/app/route-state.js';

function link(
  artifactId: number,
  conversationId: string,
  path: string,
  status: LinkView['status'] = 'candidate',
): LinkView {
  return {
    artifactId,
    conversationId,
    fileName: 'plan.pdf',
    sizeBytes: 100,
    status,
    path,
    rule: 'same-name-and-size',
    confidence: 0.7,
  };
}

const routeOf = (route: string) => {
  const url = new URL(route, 'app://archive/');
  return parseRoute(url.pathname, url.search, url.hash);
};

describe('uploads waiting for the person', () => {
  it('counts each upload once however many files may be its original, and only candidates', () => {
    const waiting = uploadsWaiting([
      link(1, 'c1', '/home/ada/plan.pdf'),
      link(1, 'c1', '/home/ada/old/plan.pdf'),
      link(2, 'c2', '/home/ada/budget.xlsx'),
      link(3, 'c2', '/home/ada/linked.pdf', 'linked'),
    ]);
    expect(waiting).toEqual([
      { artifactId: 1, conversationId: 'c1' },
      { artifactId: 2, conversationId: 'c2' },
    ]);
  });
});

describe('the notice', () => {
  const three = [
    { artifactId: 1, conversationId: 'c1' },
    { artifactId: 2, conversationId: 'c2' },
    { artifactId: 3, conversationId: 'c2' },
  ];

  it('says how many uploads may have their originals on this computer', () => {
    expect(relinkNotice(three, new Set())).toMatchObject({
      title: 'Originals found',
      body: '3 uploads may have their originals on this computer',
    });
    expect(relinkNotice(three.slice(0, 1), new Set())?.body).toBe(
      '1 upload may have its original on this computer',
    );
  });

  it('is said once: nothing when every waiting upload was announced, all of them when one is new', () => {
    expect(relinkNotice([], new Set())).toBeNull();
    expect(relinkNotice(three, new Set([1, 2, 3]))).toBeNull();
    expect(relinkNotice(three, new Set([1, 2]))?.body).toBe(
      '3 uploads may have their originals on this computer',
    );
  });

  it('opens the conversation when they all come from one, else the timeline of uploads', () => {
    expect(relinkRoute(three.slice(1))).toBe('/conversation/c2');
    expect(routeOf(relinkRoute([{ artifactId: 9, conversationId: 'a/b c' }]))).toMatchObject({
      name: 'conversation',
      id: 'a/b c',
    });
    expect(routeOf(relinkRoute(three))).toMatchObject({ name: 'timeline', kinds: ['upload'] });
  });
});
