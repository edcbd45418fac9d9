// A day and time said short ("thu 9am") is the option an answer wrote out ("Thursday 9:00 AM"), and a
// decision shows it written out.
import { describe, expect, it } from 'vitest';
import { sameDayAndTime, writtenOut } from '../../../../src-main/core/decisions/option-times.js';

describe('a day and time as people shorten it', () => {
  it('is the same day and time however it is written', () => {
    expect(sameDayAndTime('thu 9am', 'Thursday 9:00 AM')).toBe(true);
    expect(sameDayAndTime('fri 18:40', 'Friday 6:40 pm')).toBe(true);
    expect(sameDayAndTime('wed 11', 'Wednesday 11:00')).toBe(false);
    expect(sameDayAndTime('thu 9am', 'Thursday 9:00 PM')).toBe(false);
    expect(sameDayAndTime('tue 2:30', 'Thursday 2:30 PM')).toBe(false);
    expect(sameDayAndTime('do 14:00', 'donderdag 14:00')).toBe(true);
    // Without a day or a time there is nothing to compare: "do" alone is a Dutch verb.
    expect(sameDayAndTime('Kobo', 'Kindle')).toBe(false);
    expect(sameDayAndTime('do it', 'donderdag')).toBe(false);
  });

  it('is shown as the options or the answer wrote it out', () => {
    const options = ['Tuesday 2:30 PM', 'Thursday 9:00 AM', 'Friday 4:15 PM'];
    expect(writtenOut('thu 9am', options, '')).toBe('Thursday 9:00 AM');
    expect(writtenOut('wed 10am', ['tues 2pm', 'wed 10am'], 'Tuesday 2pm versus Wednesday 10am:')).toBe(
      'Wednesday 10am',
    );
    // What the person said beyond the day and time must be in the written-out form too.
    expect(writtenOut('thu 9am dentist', options, '')).toBe('thu 9am dentist');
    expect(writtenOut('Postgres', options, '')).toBe('Postgres');
  });
});
