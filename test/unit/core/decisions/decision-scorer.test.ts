// The learned decision scorer: it finds a choice worded in a way no rule knows, stays quiet on
// assent, questions and hedges, and its shipped weights are exactly what training on the
// development sets gives, so nobody can tune them by hand.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DECISION_EXTRACTOR_VERSION,
  extractDecisions,
} from '../../../../src-main/core/decisions/decision-extractor.js';
import type { ThreadMessage } from '../../../../src-main/core/decisions/decision-thread.js';
import shipped from '../../../../src-main/core/decisions/decision-scorer.weights.json' with { type: 'json' };
import type { Weights } from '../../../../src-main/core/decisions/linear-model.js';
import { useTempFolders } from '../../../support/temp-folder.js';

const temp = useTempFolders();

const asked: ThreadMessage = {
  id: 'q',
  role: 'user',
  text: 'Kindle Paperwhite or Kobo Clara for reading in bed? I borrow a lot of library books.',
  createTime: 1,
};
const answer: ThreadMessage = {
  id: 'a',
  role: 'assistant',
  text:
    'Both are good readers.\n\n- **Kindle Paperwhite**: bigger store, warm light, waterproof.\n' +
    '- **Kobo Clara**: built-in library lending (OverDrive), warm light, smaller.\n\n' +
    'For library books the Kobo is the smoother fit.',
  createTime: 2,
};
const reply = (text: string): ThreadMessage[] => [
  asked,
  answer,
  { id: 'u', role: 'user', text, createTime: 3 },
];
const rulesOnly = { weights: {}, threshold: 1, picker: { weights: {}, floor: 1 } };

describe('the learned decision scorer', () => {
  it('finds a choice no rule recognises, shown as a possible decision (confidence under 0.8)', () => {
    const conversation = reply('kobo arrives thursday, library card at the ready');
    expect(extractDecisions(conversation, rulesOnly)).toEqual([]);
    const [found] = extractDecisions(conversation);
    expect(found).toMatchObject({
      chosen: 'Kobo Clara',
      alternatives: ['Kindle Paperwhite'],
      messageIds: ['a', 'u'],
    });
    expect(found!.confidence).toBeLessThan(0.8);
  });

  it.each([
    'OK',
    'Continue',
    'what about battery life on the kobo?',
    'hmm, maybe the kobo, need to check my budget',
  ])('finds no choice in "%s"', (text) => {
    expect(extractDecisions(reply(text))).toEqual([]);
  });

  it('ships weights trained for this extractor version', () => {
    expect(shipped.extractorVersion).toBe(DECISION_EXTRACTOR_VERSION);
  });

  it('ships exactly the weights that training on the development sets gives', () => {
    const out = join(temp(), 'weights.json');
    const script = join(import.meta.dirname, '..', '..', '..', '..', 'scripts', 'train-decision-scorer.mjs');
    const run = spawnSync(process.execPath, [script, '--json', out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const trained = JSON.parse(readFileSync(out, 'utf8')) as typeof shipped;
    expect(trained.threshold).toBe(shipped.threshold);
    expect(trained.picker.floor).toBe(shipped.picker.floor);
    // Rounded to thousandths; another build of the same engine may round a last digit differently.
    const drifted = (got: Weights, shipped: Weights) =>
      [...new Set([...Object.keys(got), ...Object.keys(shipped)])].filter(
        (feature) => Math.abs((got[feature] ?? 0) - (shipped[feature] ?? 0)) > 0.002,
      );
    expect(drifted(trained.weights, shipped.weights)).toEqual([]);
    expect(drifted(trained.picker.weights, shipped.picker.weights)).toEqual([]);
    expect(trained.storyOrGame.threshold).toBe(shipped.storyOrGame.threshold);
    expect(drifted(trained.storyOrGame.weights, shipped.storyOrGame.weights)).toEqual([]);
    expect(drifted(trained.sureness.weights, shipped.sureness.weights)).toEqual([]);
    expect(trained.sureness.sureFrom).toBeCloseTo(shipped.sureness.sureFrom, 2);
    // Training retrains the scorer once per development set, to learn how sure its finds are.
  }, 300_000);
});
