// Where the decision finder cuts a message into sentences: after a stop or an emoji followed by a
// space, and at every line break; never inside a number such as "20.1".

import { describe, expect, it } from 'vitest';
import { linesAndSentences, sentences } from '../../../../src-main/core/decisions/decision-text.js';

describe('sentences', () => {
  it('cuts after a stop or an emoji and at line breaks, keeping the stop', () => {
    expect(sentences('ok. going with Vitest!  why?\n\nthanks 🎉 next 📦\nend')).toEqual([
      'ok.',
      'going with Vitest!',
      'why?',
      'thanks 🎉',
      'next 📦',
      'end',
    ]);
  });

  it('does not cut where no space follows the stop, and drops empty pieces', () => {
    expect(sentences('e.g. node 20.1 works...  \n  \n ')).toEqual(['e.g.', 'node 20.1 works...']);
    expect(sentences('  \n ')).toEqual([]);
  });

  it('cuts lines and sentences for options written one by one, not at an emoji', () => {
    expect(linesAndSentences('Startup: 62k 🚀 remote. Hospital IT: 58k\n\nBank: 70k')).toEqual([
      'Startup: 62k 🚀 remote.',
      'Hospital IT: 58k',
      'Bank: 70k',
    ]);
  });
});
