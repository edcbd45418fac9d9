// The timeline: everything conversations produced, in time order; paging by cursor stays in order,
// never repeats an item and never skips one, even while another import adds items; the density strip
// counts the same items per day, week and month.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src-main/core/open-archive.js';
import type { TimelineItem } from '../../src-shared/model/timeline.js';
import { generateExport, writeExportZip } from '../support/export-generator/generate-export.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

describe('the timeline', () => {
  it('pages in time order without repeats or gaps while an import adds items', async () => {
    const dir = temp();
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      const first = generateExport({ era: '2025', conversations: 25, seed: 41 });
      const firstZip = join(dir, first.zipFileName);
      await writeExportZip(first, firstZip);
      await archive.importExport({ path: firstZip });
      const stats = await archive.getStats({});
      const total = Object.values(stats.artifacts).reduce((sum, n) => sum + n, 0);
      expect(total).toBeGreaterThan(10);

      const beforeSecond = Math.max(
        ...(await archive.timeline({ limit: 10_000 })).items.map((item) => item.id),
      );
      const seen: TimelineItem[] = [];
      let page = await archive.timeline({ limit: 4 });
      seen.push(...page.items);
      // Another account's export lands mid-way, with items before and after where paging stands.
      const other = generateExport({
        era: '2024',
        conversations: 10,
        seed: 42,
        account: { id: 'user-other', email: 'other@example.com' },
      });
      const otherZip = join(dir, other.zipFileName);
      await writeExportZip(other, otherZip);
      await archive.importExport({ path: otherZip });
      while (page.nextCursor) {
        page = await archive.timeline({ limit: 4, cursor: page.nextCursor });
        seen.push(...page.items);
      }

      const keys = seen.map((item) => [Date.parse(item.time), item.id] as const);
      for (let i = 1; i < keys.length; i++) {
        const [[t0, id0], [t1, id1]] = [keys[i - 1]!, keys[i]!];
        expect(t1 > t0 || (t1 === t0 && id1 > id0), `item ${i} is out of order`).toBe(true);
      }
      const all = (await archive.timeline({ limit: 10_000 })).items;
      const cutoff = keys[3]!;
      const expected = all.filter(
        (item) =>
          item.id <= beforeSecond ||
          Date.parse(item.time) > cutoff[0] ||
          (Date.parse(item.time) === cutoff[0] && item.id > cutoff[1]),
      );
      expect(seen.map((item) => item.id)).toEqual(expected.map((item) => item.id));
      expect(all.length).toBeGreaterThan(total);
    } finally {
      await archive.close();
    }
  });

  it('filters by kind and time, and counts the same items per day, week and month', async () => {
    const dir = temp();
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      const generated = generateExport({ era: '2025', conversations: 30, seed: 43 });
      const zip = join(dir, generated.zipFileName);
      await writeExportZip(generated, zip);
      await archive.importExport({ path: zip });
      const all = (await archive.timeline({ limit: 10_000 })).items;
      const uploads = (await archive.timeline({ kinds: ['upload'], limit: 10_000 })).items;
      expect(uploads.length).toBe(generated.expected.artifactCounts.upload);
      expect(uploads.every((item) => item.kind === 'upload' && item.payload.kind === 'upload')).toBe(true);

      const middle = all[Math.floor(all.length / 2)]!.time;
      const later = (await archive.timeline({ from: middle, limit: 10_000 })).items;
      expect(later.every((item) => item.time >= middle)).toBe(true);
      expect(later.length).toBeLessThan(all.length);

      for (const bucket of ['day', 'week', 'month'] as const) {
        const density = await archive.timelineDensity({ bucket });
        const counted = density.reduce(
          (sum, entry) => sum + Object.values(entry.counts).reduce((a, b) => a + (b ?? 0), 0),
          0,
        );
        expect(counted, bucket).toBe(all.length);
        if (bucket === 'week') {
          for (const entry of density) expect(new Date(`${entry.start}T00:00:00Z`).getUTCDay()).toBe(1);
        }
        if (bucket === 'month') for (const entry of density) expect(entry.start.endsWith('-01')).toBe(true);
      }
    } finally {
      await archive.close();
    }
  });

  it('reports images linked from ChatGPT’s CDN with the date their links expire, fetching nothing', async () => {
    const dir = temp();
    const link =
      'https://files.oaiusercontent.com/file-Abc123?se=2024-03-01T12%3A00%3A00Z&sp=r&sv=2021-08-06&sr=b&sig=xyz';
    const conversation = makeConversation('cdn', [
      { role: 'user', text: 'Draw a lighthouse' },
      { role: 'assistant', text: `Here it is: ![lighthouse](${link})` },
    ]);
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify([conversation]) },
      { name: 'user.json', data: USER_JSON },
    ]);
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      await archive.importExport({ path: zip });
      const [item] = (await archive.timeline({ kinds: ['image_generation'] })).items;
      expect(item?.payload).toEqual({
        kind: 'image_generation',
        prompt: null,
        blobSha256: null,
        expiresAt: '2024-03-01T12:00:00.000Z',
      });
      const [artifact] = await archive.listArtifacts({ kind: 'image_generation' });
      expect(artifact?.url).toBe(link);
    } finally {
      await archive.close();
    }
  });

  it('narrows pages and density to one project, by its id or the name the person gave it', async () => {
    const dir = temp();
    const cdn = (name: string) =>
      `![${name}](https://files.oaiusercontent.com/file-${name}?se=2024-03-01T12%3A00%3A00Z&sig=x)`;
    const day = (n: number) => 1_700_000_000 + n * 86_400;
    const conversations = [
      makeConversation(
        'thesis-1',
        [
          { role: 'user', text: 'Draw the lab', createTime: day(0) },
          { role: 'assistant', text: cdn('lab'), createTime: day(0) },
        ],
        { gizmo_id: 'g-p-thesis' },
      ),
      makeConversation(
        'thesis-2',
        [
          { role: 'user', text: 'Draw the campus', createTime: day(3) },
          { role: 'assistant', text: cdn('campus'), createTime: day(3) },
        ],
        { gizmo_id: 'g-p-thesis' },
      ),
      makeConversation('loose', [
        { role: 'user', text: 'Draw a cat', createTime: day(1) },
        { role: 'assistant', text: cdn('cat'), createTime: day(1) },
      ]),
    ];
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      { name: 'conversations.json', data: JSON.stringify(conversations) },
      { name: 'user.json', data: USER_JSON },
    ]);
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      await archive.importExport({ path: zip });
      // Each conversation's day and its image.
      expect((await archive.timeline({})).items).toHaveLength(6);
      const byId = (await archive.timeline({ project: 'g-p-thesis' })).items;
      expect(byId.map((item) => `${item.conversationId} ${item.kind}`)).toEqual([
        'thesis-1 conversation',
        'thesis-1 image_generation',
        'thesis-2 conversation',
        'thesis-2 image_generation',
      ]);
      expect(byId[0]?.project).toEqual({ id: 'g-p-thesis', name: null });

      await expect(archive.timeline({ project: 'Thesis' })).rejects.toThrow(/No project is named "Thesis"/);
      await archive.nameProject({ id: 'g-p-thesis', name: 'Thesis' });
      const byName = (await archive.timeline({ project: 'thesis' })).items;
      expect(byName.map((item) => item.conversationId)).toEqual([
        'thesis-1',
        'thesis-1',
        'thesis-2',
        'thesis-2',
      ]);
      expect(byName[3]?.project).toEqual({ id: 'g-p-thesis', name: 'Thesis' });
      const loose = (await archive.timeline({})).items.find((item) => item.conversationId === 'loose');
      expect(loose?.project).toBeNull();

      const density = await archive.timelineDensity({ bucket: 'day', project: 'Thesis' });
      expect(density).toEqual([
        {
          start: new Date(day(0) * 1000).toISOString().slice(0, 10),
          counts: { conversation: 1, image_generation: 1 },
        },
        {
          start: new Date(day(3) * 1000).toISOString().slice(0, 10),
          counts: { conversation: 1, image_generation: 1 },
        },
      ]);
      const everything = await archive.timelineDensity({ bucket: 'month' });
      expect(everything.reduce((sum, bucket) => sum + (bucket.counts.image_generation ?? 0), 0)).toBe(3);
    } finally {
      await archive.close();
    }
  });

  it('shows each conversation on the day it started and on each later day it was continued', async () => {
    const dir = temp();
    const day = (n: number, minute = 0) => Date.UTC(2025, 2, 3 + n, 9, minute) / 1000;
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([
          makeConversation(
            'garden',
            [
              { role: 'user', text: 'Which tomatoes grow on a balcony?', createTime: day(0) },
              { role: 'assistant', text: 'Cherry tomatoes do well.', createTime: day(0, 1) },
              { role: 'user', text: 'They are flowering now, what next?', createTime: day(4) },
              { role: 'assistant', text: 'Feed them weekly.', createTime: day(4, 1) },
            ],
            { title: 'Balcony tomatoes' },
          ),
        ]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    const archive = openArchive({ dataFolder: join(dir, 'data') });
    try {
      await archive.importExport({ path: zip });
      await archive.importExport({ path: zip });
      const items = (await archive.timeline({ kinds: ['conversation'] })).items;
      expect(items.map((item) => [item.time.slice(0, 10), item.title, item.payload])).toEqual([
        [
          '2025-03-03',
          'Started “Balcony tomatoes”',
          {
            kind: 'conversation',
            started: true,
            messages: 2,
            firstLine: 'Which tomatoes grow on a balcony?',
          },
        ],
        [
          '2025-03-07',
          'Continued “Balcony tomatoes”',
          {
            kind: 'conversation',
            started: false,
            messages: 2,
            firstLine: 'They are flowering now, what next?',
          },
        ],
      ]);
      const density = await archive.timelineDensity({ bucket: 'day' });
      expect(density.map((bucket) => [bucket.start, bucket.counts.conversation])).toEqual([
        ['2025-03-03', 1],
        ['2025-03-07', 1],
      ]);
    } finally {
      await archive.close();
    }
  });
});
