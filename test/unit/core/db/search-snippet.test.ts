// Snippets are what a person reads in the result list: the right stretch of text, every match marked,
// matching found the way the index finds it (case and accents ignored, prefixes, phrases).

import { describe, expect, it } from 'vitest';
import { parseSearchText } from '../../../../src-main/core/db/fts-query.js';
import { buildSnippet, highlightAll } from '../../../../src-main/core/db/search-snippet.js';

const terms = (query: string) => parseSearchText(query).clauses.flat();

describe('search snippets', () => {
  it('marks every match, ignoring case and accents', () => {
    expect(buildSnippet('Le café était fermé, CAFE closed', terms('cafe'))).toBe(
      'Le «café» était fermé, «CAFE» closed',
    );
  });

  it('marks a phrase as one and prefixes by their start', () => {
    expect(
      buildSnippet('We chose the data warehouse for the database work', terms('"data warehouse" datab*')),
    ).toBe('We chose the «data warehouse» for the «database» work');
  });

  it('shows the stretch where the words sit together, cut with ellipses', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = `${filler(40)} postgres here and mongodb there ${filler(40)}`;
    const snippet = buildSnippet(text, terms('postgres mongodb'), 8);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('«postgres» here and «mongodb»');
  });

  it('never marks a word that only contains the term', () => {
    expect(buildSnippet('cathedral cat category', terms('cat'))).toBe('cathedral «cat» category');
  });

  it('shows the start of a text that has no match, and marks whole titles', () => {
    expect(buildSnippet('Nothing to see here', terms('zebra'))).toBe('Nothing to see here');
    expect(highlightAll('Trip to Zürich in May', terms('zurich may'))).toBe('Trip to «Zürich» in «May»');
  });
});
