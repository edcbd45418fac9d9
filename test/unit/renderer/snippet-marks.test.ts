// Snippets are hostile text with match markers: they split into plain pieces and marked pieces, and
// markup in them stays text.

import { describe, expect, it } from 'vitest';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../src-shared/model/search.js';
import { snippetPieces } from '../../../src-renderer/features/search/snippet-marks.js';

describe('snippet marks', () => {
  it('marks each match and keeps the text around it', () => {
    expect(snippetPieces(`we chose ${S}RabbitMQ${E} over ${S}Kafka${E}.`)).toEqual([
      { text: 'we chose ', marked: false },
      { text: 'RabbitMQ', marked: true },
      { text: ' over ', marked: false },
      { text: 'Kafka', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps HTML as text and drops a marker left unclosed', () => {
    expect(snippetPieces(`<img src=x onerror=alert(1)> ${S}open`)).toEqual([
      { text: '<img src=x onerror=alert(1)> open', marked: false },
    ]);
  });

  it('answers nothing for an empty snippet', () => {
    expect(snippetPieces('')).toEqual([]);
  });
});
