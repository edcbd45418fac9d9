// Search as a person types it at the command line, where the window's search box inherits every
// answer: a leading minus is a left-out word, emoji are words, a left-out word leaves out titles too,
// --kind finds the prompt of an image, and snippets show what a person reads.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src-shared/model/search.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

function imageConversation() {
  const conversation = makeConversation('logo', [
    { role: 'user', text: 'Draw me a logo for the harbour café' },
    { role: 'assistant', text: '' },
    { role: 'tool', text: '' },
    { role: 'assistant', text: 'Here is your logo.' },
  ]);
  const mapping = conversation.mapping as Record<string, { message: Record<string, unknown> }>;
  Object.assign(mapping['logo-1']?.message ?? {}, {
    content: {
      content_type: 'code',
      language: 'json',
      text: '{"prompt": "a minimalist lighthouse logo, navy on white", "size": "1024x1024", "n": 1}',
    },
    recipient: 'dalle.text2im',
  });
  Object.assign(mapping['logo-2']?.message ?? {}, {
    author: { role: 'tool', name: 'dalle.text2im', metadata: {} },
    content: {
      content_type: 'multimodal_text',
      parts: [
        {
          content_type: 'image_asset_pointer',
          asset_pointer: 'file-service://file-Lighthouse01',
          size_bytes: 120_000,
          width: 1024,
          height: 1024,
          metadata: { dalle: { gen_id: 'g1', prompt: 'a minimalist lighthouse logo, navy on white' } },
        },
      ],
    },
  });
  return { ...conversation, title: 'Harbour café logo' };
}

async function archiveWithSearchables(): Promise<string> {
  const dir = temp();
  const conversations = [
    makeConversation('garden', [{ role: 'user', text: 'What grows well in shade?' }], {
      title: 'Garden 🌱 plan',
    }),
    makeConversation('sourdough', [{ role: 'user', text: 'How long is the fermentation of a starter?' }], {
      title: 'Notes on sourdough',
    }),
    makeConversation('kimchi', [{ role: 'user', text: 'Kimchi fermentation at room temperature?' }], {
      title: 'Kimchi',
    }),
    makeConversation('django', [
      { role: 'user', text: 'Flask or Django for a small API?' },
      {
        role: 'assistant',
        text: 'Flask scales well in production \uE200cite\uE202turn0search0\uE201. Yields are small either way ❤️.',
      },
    ]),
    imageConversation(),
  ];
  const zip = join(dir, 'export.zip');
  await writeZip(zip, [
    { name: 'conversations.json', data: JSON.stringify(conversations) },
    { name: 'user.json', data: USER_JSON },
  ]);
  const data = join(dir, 'data');
  expect(runCli(data, ['import', zip]).status).toBe(0);
  return data;
}

const search = (data: string, ...args: string[]) =>
  runCli(data, ['search', ...args, '--json']).json<SearchResult>();
const conversationsOf = (result: SearchResult) =>
  [...new Set(result.hits.map((hit) => hit.conversationId))].sort();

describe('search at the command line', () => {
  it('takes a leading minus as a left-out word, never as an option', async () => {
    const data = await archiveWithSearchables();
    const run = runCli(data, ['search', 'flask', '-django', '--json']);
    expect(run.status).toBe(0);
    expect(run.json<SearchResult>().total).toBe(0);
    const only = runCli(data, ['search', '-django']);
    expect(only.status).toBe(0);
    expect(only.stderr).not.toMatch(/Unknown option/);
  });

  it('finds emoji and other symbols, in titles and in messages', async () => {
    const data = await archiveWithSearchables();
    expect(conversationsOf(search(data, '🌱'))).toEqual(['garden']);
    expect(search(data, '🌱').hits[0]?.snippet).toBe('Garden «🌱» plan');
    expect(conversationsOf(search(data, '❤'))).toEqual(['django']);
    expect(conversationsOf(search(data, '❤️'))).toEqual(['django']);
  });

  it('leaves out the conversations whose title holds a left-out word', async () => {
    const data = await archiveWithSearchables();
    expect(conversationsOf(search(data, 'fermentation'))).toEqual(['kimchi', 'sourdough']);
    expect(conversationsOf(search(data, 'fermentation', '-sourdough'))).toEqual(['kimchi']);
  });

  it('--kind finds the words of the prompt that made an image', async () => {
    const data = await archiveWithSearchables();
    const result = search(data, 'lighthouse', '--kind', 'image_generation');
    expect(conversationsOf(result)).toEqual(['logo']);
    expect(search(data, 'lighthouse', '--kind', 'upload').total).toBe(0);
  });

  it('shows snippets as a person reads them: no tool JSON, no space left before a full stop', async () => {
    const data = await archiveWithSearchables();
    const prompt = search(data, 'lighthouse').hits.map((hit) => hit.snippet);
    expect(prompt).toContain('a minimalist «lighthouse» logo, navy on white · 1024x1024');
    const cited = search(data, 'production').hits[0]?.snippet;
    expect(cited).toBe('Flask scales well in «production». Yields are small either way ❤️.');
  });

  it('says how many it found and how to see more, and asks for words when given none', async () => {
    const data = await archiveWithSearchables();
    const some = runCli(data, ['search', 'fermentation', '--limit', '1']);
    expect(some.stdout).toContain('2 matches in all. Showing the first 1; --limit N shows more.');
    const none = runCli(data, ['search']);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(
      /Say what to search for: (npx archivist|archivist|node \S+archivist\.js) search <words>/,
    );
  });
});
