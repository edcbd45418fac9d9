// What a decision's title says it was chosen over: the other options by name, never a fragment of the
// question, a heading or description of the answer, or the chosen option in another form.

import { describe, expect, it } from 'vitest';
import { shownAlternatives } from '../../../../src-main/core/decisions/decision-alternatives.js';
import { extractDecisions } from '../../../../src-main/core/decisions/decision-extractor.js';

const conversation = (question: string, answer: string, choice: string) => [
  { id: 'q', role: 'user', text: question, createTime: 1 },
  { id: 'a', role: 'assistant', text: answer, createTime: 2 },
  { id: 'c', role: 'user', text: choice, createTime: 3 },
];

describe('the alternatives a decision shows', () => {
  it('leaves out the words of the question around the options', () => {
    const [postgres] = extractDecisions(
      conversation(
        'Postgres or MySQL for the booking app?',
        '**PostgreSQL** has better JSON support and stricter defaults.\n\n**MySQL** is simpler to host cheaply.',
        "ok let's go with PostgreSQL",
      ),
    );
    expect(postgres?.title).toBe('Chose PostgreSQL over MySQL');
    const [kobo] = extractDecisions(
      conversation(
        'Which e-reader should I get, the Kobo Libra Colour or the Kindle Paperwhite?',
        'The **Kobo Libra Colour** has page-turn buttons. The **Kindle Paperwhite** is lighter.',
        'Ordered the Kobo Libra Colour, the buttons sold me.',
      ),
    );
    expect(kobo?.alternatives).toEqual(['Kindle Paperwhite']);
  });

  it('shows names only: no headings, descriptions, clauses or bare figures', () => {
    expect(
      shownAlternatives('Tailscale', [
        'Options on the table',
        'a WireGuard server',
        'what is better',
        '3 months',
        'Condensation can be an issue',
        'OpenVPN (free, self-hosted), about €5/mo',
      ]),
    ).toEqual(['WireGuard server', 'OpenVPN']);
  });

  it('does not show the chosen option again, in another form or twice', () => {
    expect(shownAlternatives('Self-publishing', ['self-publish', 'literary agents'])).toEqual([
      'literary agents',
    ]);
    expect(shownAlternatives('starling', ['monzo', 'looking at monzo', 'our normal bank'])).toEqual([
      'monzo',
      'normal bank',
    ]);
    expect(shownAlternatives('7:40 inOui', ['inOui 7:40', 'TGV 9:12'])).toEqual(['TGV 9:12']);
  });

  it('keeps what names an option when the choice is of the same kind', () => {
    expect(shownAlternatives('B', ['A', 'C', 'A: kunststof met houtnerf'])).toEqual(['A', 'C']);
    expect(shownAlternatives('$29', ['$49', 'pay what you want'])).toEqual(['$49', 'pay what you want']);
    expect(shownAlternatives('IWDA', ['IWDA + EMIM', 'VWCE'])).toEqual(['IWDA + EMIM', 'VWCE']);
    expect(shownAlternatives('Python', ['R', 'Julia'])).toEqual(['R', 'Julia']);
    // A title is weighed against other titles, which read as sentences.
    expect(
      shownAlternatives('Death by Thirty Minutes', [
        'Your Calendar Is Lying to You',
        'Meetings: a survival guide',
      ]),
    ).toEqual(['Your Calendar Is Lying to You', 'Meetings: a survival guide']);
  });
});
