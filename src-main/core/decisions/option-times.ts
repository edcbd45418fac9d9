// An option named by its day and time, as a person shortens it ("thu 9am") and an answer writes it out
// ("Thursday 9:00 AM"): both are the same option, and a decision shows it as it was written out.

const DAYS: readonly (readonly [number, RegExp])[] = [
  [1, /^(?:mon|monday|maandag|ma)$/],
  [2, /^(?:tue|tues|tuesday|dinsdag|di)$/],
  [3, /^(?:wed|weds|wednesday|woensdag|wo)$/],
  [4, /^(?:thu|thur|thurs|thursday|donderdag|do)$/],
  [5, /^(?:fri|friday|vrijdag|vr)$/],
  [6, /^(?:sat|saturday|zaterdag|za)$/],
  [7, /^(?:sun|sunday|zondag|zo)$/],
];
// Dutch shortens days to two letters that are everyday words too ("do", "wo"): only beside a time.
const SHORT_DUTCH = /^(?:ma|di|wo|do|vr|za|zo)$/;
// "9am", "9:00 AM", "18:40", "9.30 uur": an hour with its minutes or with am/pm; a bare number is no time.
const TIME = /(\d{1,2})(?:([:.])(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|uur)?(?![\d\p{L}])/giu;
const WORD = /[\p{L}]+/gu;

interface When {
  readonly days: readonly number[];
  /** Minutes after midnight, or after noon or midnight when no am/pm says which (negative). */
  readonly times: readonly number[];
}

function whenOf(text: string): When {
  const lowered = text.toLowerCase();
  const times: number[] = [];
  for (const match of lowered.matchAll(TIME)) {
    const [, hour, separator, minutes, said] = match;
    const meridiem = said === 'uur' ? undefined : said;
    if (minutes === undefined && meridiem === undefined) continue;
    // "22.04" is a version and "£12.50" a price: a point parts hours from minutes only before am/pm or uur.
    if (separator === '.' && said === undefined) continue;
    if (/[£$€\d.,]/.test(lowered[match.index - 1] ?? '')) continue;
    const h = Number(hour);
    const m = Number(minutes ?? 0);
    if (h > 23 || m > 59) continue;
    if (meridiem) times.push(((h % 12) + (meridiem.startsWith('p') ? 12 : 0)) * 60 + m);
    else if (h > 12 || h === 0) times.push(h * 60 + m);
    else times.push(-((h % 12) * 60 + m) - 1);
  }
  const days: number[] = [];
  for (const [word] of lowered.matchAll(WORD)) {
    if (SHORT_DUTCH.test(word) && times.length === 0) continue;
    const day = DAYS.find(([, pattern]) => pattern.test(word));
    if (day) days.push(day[0]);
  }
  return { days, times };
}

function sameTime(a: number, b: number): boolean {
  if (a >= 0 && b >= 0) return a === b;
  // Without am/pm, 9:00 is 9:00 AM or PM.
  const half = (t: number) => (t >= 0 ? t % 720 : -t - 1);
  return half(a) === half(b);
}

/** Whether both name the same day and time, and say one at least ("thu 9am", "Thursday 9:00 AM"). */
export function sameDayAndTime(a: string, b: string): boolean {
  const first = whenOf(a);
  const second = whenOf(b);
  if (first.days.length + first.times.length === 0) return false;
  const sameDays =
    first.days.length === second.days.length && first.days.every((day, i) => day === second.days[i]);
  const sameTimes =
    first.times.length === second.times.length &&
    first.times.every((time, i) => sameTime(time, second.times[i] as number));
  return sameDays && sameTimes;
}

// Words beside the day and time: what else names the option ("ET", "yoga").
const otherWords = (text: string): string[] =>
  (text.toLowerCase().match(WORD) ?? []).filter(
    (word) => !DAYS.some(([, pattern]) => pattern.test(word)) && !/^(?:am|pm|a|p|m|at|om|uur)$/.test(word),
  );

/** Whether both are one option: the same day and time, and one's other words all the other's ("yoga tue 6pm" is not "spin tue 6pm"). */
export function sameSlot(a: string, b: string): boolean {
  if (!sameDayAndTime(a, b)) return false;
  const [first, second] = [otherWords(a), otherWords(b)];
  return first.every((word) => second.includes(word)) || second.every((word) => first.includes(word));
}

// A day written out, with the time after it: "Wednesday 10am", "Thursday at 9:00 AM".
const WRITTEN_OUT =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:\s+(?:at|om)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uur)?(?![\d\p{L}]))?/giu;

/**
 * The day and time chosen as the options or the answer wrote it out: "thu 9am" is "Thursday 9:00 AM"
 * where that was an option or the answer's words. The chosen as said when it names no day or time, or
 * when the writings differ in more than that.
 */
export function writtenOut(chosen: string, options: readonly string[], answer: string): string {
  const key = whenOf(chosen);
  if (key.days.length + key.times.length === 0) return chosen;
  // Besides its day and time, what the person said is all in the written-out form ("ET").
  const own = otherWords(chosen);
  const fullerIn = (candidates: readonly string[]): string | null => {
    const fuller = candidates.filter(
      (candidate) =>
        candidate.length > chosen.length &&
        sameDayAndTime(chosen, candidate) &&
        own.every((word) => otherWords(candidate).includes(word)),
    );
    const distinct = new Set(fuller.map((candidate) => candidate.toLowerCase()));
    return distinct.size === 1 ? (fuller[0] as string) : null;
  };
  // The options' own writing first; the answer's prose only where no option wrote it out.
  return (
    fullerIn(options) ?? fullerIn([...answer.matchAll(WRITTEN_OUT)].map(([text]) => text.trim())) ?? chosen
  );
}
