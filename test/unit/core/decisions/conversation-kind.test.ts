// A story or a game played with the assistant holds moves, not decisions: the learned kind model sets
// such a conversation aside, and a real choice worded much like a move is still found.

import { describe, expect, it } from 'vitest';
import { extractDecisions, DECISION_SCORER } from '../../../../src-main/core/decisions/decision-extractor.js';
import type { ThreadMessage } from '../../../../src-main/core/decisions/decision-thread.js';

const thread = (...texts: string[]): ThreadMessage[] =>
  texts.map((text, index) => ({
    id: `m${index}`,
    role: index % 2 === 0 ? 'user' : 'assistant',
    text,
    createTime: index,
  }));

const story = thread(
  "let's play a text adventure. fantasy, i'm a thief called Wren. give me choices each turn",
  '**The Gilded Vault**\n\nRain hammers the rooftops of Carrow as you crouch above the bank. *A guard yawns below.* You can:\n\n1. **Climb down the drainpipe** to the alley door\n2. **Pick the skylight lock** and drop inside\n3. **Bribe the guard** with the silver you stole yesterday\n\nWhat do you do?',
  'pick the skylight lock, going with that',
);

describe('a story or a game', () => {
  it('gives no decision, though the same words outside a story are one', () => {
    const withoutKindModel = { ...DECISION_SCORER, storyOrGame: undefined };
    expect(extractDecisions(story, withoutKindModel)).not.toEqual([]);
    expect(extractDecisions(story)).toEqual([]);
  });

  it('leaves a real choice between listed options alone', () => {
    const real = thread(
      'I need a laptop for video editing, which of these?',
      'Here are the two that fit:\n\n1. **MacBook Pro 14** – fast export, great screen\n2. **Dell XPS 15** – cheaper, more ports\n\nFor editing the MacBook Pro is the safer pick.',
      'going with the MacBook Pro 14, ordering it tonight',
    );
    expect(extractDecisions(real)).toMatchObject([{ chosen: 'MacBook Pro 14' }]);
  });
});
