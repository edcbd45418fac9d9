// How results are ordered: by relevance while the matches are few enough to score, and in archive
// order, titles first, with the total shown as "more than", once a query matches too many messages.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RANKED_MATCH_LIMIT, type SearchResult } from '../../src-shared/model/search.js';
import { makeConversation, USER_JSON } from '../support/conversation-factory.js';
import { runCli } from '../support/run-cli.js';
import { useTempFolders } from '../support/temp-folder.js';
import { writeZip } from '../support/zip-writer.js';

const temp = useTempFolders();

describe('search ranking', () => {
  it('ranks few matches by relevance and caps the count of very many', async () => {
    const dir = temp();
    const data = join(dir, 'data');
    const many = Array.from({ length: RANKED_MATCH_LIMIT + 5 }, (_, i) => ({
      role: i % 2 === 0 ? ('user' as const) : ('assistant' as const),
      text:
        i === 7 ? 'harbour harbour harbour lighthouse' : i % 100 === 0 ? `harbour note ${i}` : `harbour ${i}`,
    }));
    const file = join(dir, 'export.zip');
    await writeZip(file, [
      {
        name: 'conversations.json',
        data: JSON.stringify([
          makeConversation('big', many, { title: 'Harbour logbook' }),
          makeConversation('other', [
            { role: 'user', text: 'A lighthouse keeper mentions the harbour once' },
          ]),
        ]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    runCli(data, ['import', file]);

    const few = runCli(data, ['search', 'harbour lighthouse', '--json']).json<SearchResult>();
    expect(few).toMatchObject({ total: 2, totalCapped: false });
    expect(few.hits[0]?.snippet).toBe('«harbour» «harbour» «harbour» «lighthouse»');
    expect(few.hits[0]?.score).toBeGreaterThan(few.hits[1]?.score ?? Infinity);

    const all = runCli(data, ['search', 'harbour', '--json']).json<SearchResult>();
    expect(all).toMatchObject({ total: RANKED_MATCH_LIMIT + 1, totalCapped: true });
    expect(all.hits[0]).toMatchObject({
      conversationId: 'big',
      messageId: null,
      snippet: '«Harbour» logbook',
    });
    expect(all.hits).toHaveLength(20);
    const human = runCli(data, ['search', 'harbour']);
    expect(human.stdout).toContain(`More than ${(RANKED_MATCH_LIMIT + 1).toLocaleString('en')} matches`);

    const narrowed = runCli(data, ['search', 'harbour note', '--json']).json<SearchResult>();
    expect(narrowed).toMatchObject({ total: 11, totalCapped: false });
  });
});
