// Search snippets are Markdown cut mid-message: what a person reads is the words, with the match still
// marked, never the asterisks, backticks, hashes or link addresses around them.

import { describe, expect, it } from 'vitest';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../src-shared/model/search.js';
import { snippetPlainText } from '../../../src-renderer/features/search/snippet-plain-text.js';

describe('snippet plain text', () => {
  it('drops emphasis around a match and keeps the match marked', () => {
    expect(snippetPlainText(`We chose **${S}RabbitMQ${E}** over _Kafka_ and ~~Redis~~.`)).toBe(
      `We chose ${S}RabbitMQ${E} over Kafka and Redis.`,
    );
    expect(snippetPlainText(`an *${S}important${E}* point`)).toBe(`an ${S}important${E} point`);
  });

  it('keeps code as its text, without backticks or fences', () => {
    expect(snippetPlainText('run `npm test` then\n```python\nprint(1)\n```')).toBe(
      'run npm test then print(1)',
    );
  });

  it('keeps a link’s text, not its address, even when the snippet cuts it off', () => {
    expect(snippetPlainText(`see [the ${S}docs${E}](https://example.com/a_b) and ![chart](x.png)`)).toBe(
      `see the ${S}docs${E} and chart`,
    );
    expect(snippetPlainText('read [the guide](https://example.com/gui')).toBe('read the guide');
  });

  it('drops heading hashes, quote marks and list bullets at line starts', () => {
    expect(snippetPlainText(`## ${S}Decision${E}\n> quoted\n- first\n2. second\n- [x] done`)).toBe(
      `${S}Decision${E} quoted first second done`,
    );
  });

  it('leaves snake_case, arithmetic, hashtags and non-Latin text alone', () => {
    expect(snippetPlainText('file_name is 2 * 3 and 4*5, #tag, 東京 مرحبا 🎉')).toBe(
      'file_name is 2 * 3 and 4*5, #tag, 東京 مرحبا 🎉',
    );
  });

  it('keeps markup as text for the view to show as text', () => {
    expect(snippetPlainText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
