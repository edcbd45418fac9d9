// Citation markers become numbered links where they stand, resolved from the message's own metadata;
// a marker that cites nothing goes, and a bracket nobody claims is ordinary text.

import { describe, expect, it } from 'vitest';
import {
  citeUnmarked,
  linkCitations,
  SourceNumbering,
} from '../../../../src-main/core/reader/citation-links.js';

const cite = (...refs: string[]) => `\uE200cite\uE202${refs.join('\uE202')}\uE201`;

describe('citation markers', () => {
  it('numbers 2024+ markers in order of first citation, from content_references', () => {
    const text = `Kafka keeps logs ${cite('turn0search1')}. RabbitMQ routes ${cite('turn0search0')}; Kafka again ${cite('turn0search1')}.`;
    const metadata = {
      content_references: [
        {
          matched_text: cite('turn0search0'),
          type: 'grouped_webpages',
          items: [{ url: 'https://rabbitmq.com/docs?utm_source=chatgpt.com', title: 'RabbitMQ docs' }],
        },
        {
          matched_text: cite('turn0search1'),
          type: 'grouped_webpages',
          items: [{ url: 'https://kafka.apache.org/?utm_source=chatgpt.com', title: 'Apache Kafka' }],
        },
      ],
    };
    const numbering = new SourceNumbering();
    expect(linkCitations(text, metadata, numbering)).toBe(
      'Kafka keeps logs [1](#source-1). RabbitMQ routes [2](#source-2); Kafka again [1](#source-1).',
    );
    expect(numbering.sources()).toEqual([
      { number: 1, url: 'https://kafka.apache.org/', title: 'Apache Kafka' },
      { number: 2, url: 'https://rabbitmq.com/docs', title: 'RabbitMQ docs' },
    ]);
  });

  it('falls back to the search results a ref names, and takes out markers that cite nothing', () => {
    const metadata = {
      search_result_groups: [
        {
          entries: [
            {
              url: 'https://example.org/a?utm_source=chatgpt.com',
              title: 'A',
              ref_id: { turn_index: 0, ref_type: 'search', ref_index: 1 },
            },
          ],
        },
      ],
      content_references: [{ matched_text: cite('turn5view0'), type: 'hidden' }],
    };
    const numbering = new SourceNumbering();
    expect(
      linkCitations(
        `See this ${cite('turn0search1', 'turn9news9')}. Gone ${cite('turn9search9')}; hidden ${cite('turn5view0')}.`,
        metadata,
        numbering,
      ),
    ).toBe('See this [1](#source-1). Gone; hidden.');
    expect(numbering.sources()).toEqual([{ number: 1, url: 'https://example.org/a', title: 'A' }]);
  });

  it('resolves 2023 markers by position in code points, and drops the ones ChatGPT found invalid', () => {
    const text = '🙂 Oscar is flexible【5†source】 and open【15†source】. A 【note】 stays.';
    const start = (marker: string) => [...text.slice(0, text.indexOf(marker))].length;
    const metadata = {
      citations: [
        {
          start_ix: start('【5†source】'),
          end_ix: start('【5†source】') + 9,
          metadata: { url: 'https://django-oscar.readthedocs.io/en/stable/', title: 'Oscar' },
        },
        {
          start_ix: start('【15†source】'),
          end_ix: start('【15†source】') + 10,
          invalid_reason: 'Referenced message 15 in citation 【15†source】 is not a quote.',
        },
      ],
    };
    const numbering = new SourceNumbering();
    expect(linkCitations(text, metadata, numbering)).toBe(
      '🙂 Oscar is flexible[1](#source-1) and open. A 【note】 stays.',
    );
    expect(numbering.sources()).toEqual([
      { number: 1, url: 'https://django-oscar.readthedocs.io/en/stable/', title: 'Oscar' },
    ]);
  });

  it('lists footnote sources without a marker after the cited ones, and never a non-web link', () => {
    const numbering = new SourceNumbering();
    linkCitations(
      `One ${cite('turn0search0')}.`,
      {
        content_references: [
          { matched_text: cite('turn0search0'), type: 'webpage', url: 'https://a.example/', title: 'A' },
        ],
      },
      numbering,
    );
    citeUnmarked(
      {
        content_references: [
          {
            matched_text: ' ',
            type: 'sources_footnote',
            sources: [
              { url: 'https://a.example/', title: 'A again' },
              { url: 'https://b.example/', title: 'B' },
              { url: 'javascript:alert(1)', title: 'Evil' },
            ],
          },
        ],
      },
      numbering,
    );
    expect(numbering.sources()).toEqual([
      { number: 1, url: 'https://a.example/', title: 'A' },
      { number: 2, url: 'https://b.example/', title: 'B' },
    ]);
  });
});
