// What a language pack says: the words people use when they choose, what accepting advice sounds
// like, how advice and options are put, and what only sounds like a choice (questions, hypotheticals,
// putting it off). One file per language beside this one.

export interface DecisionLanguage {
  readonly code: string;
  /** Words typical of the language, to tell which one a conversation is in. */
  readonly markers: RegExp;
  /** A person stating their choice; group 1 is what they chose, group 2 (optional) what they chose it over. */
  readonly choice: readonly RegExp[];
  /** Weaker wording ("I'll use X") that is a choice only when X is one of the options laid out. */
  readonly weakChoice: readonly RegExp[];
  /** Signs that options were being weighed at all ("or", "versus", a list). */
  readonly cues: RegExp;
  /** A person taking the advice just given ("sounds good, let's do that"). */
  readonly acceptance: readonly RegExp[];
  /**
   * Words that, followed by one of the options on the table, make a choice of it ("let's base
   * ourselves in Kyoto", "so date-fns", "Vitest then"); the option must be named after them.
   */
  readonly commitment: RegExp;
  /** Verbs after a commitment word that weigh rather than choose ("let's compare …"). */
  readonly weighing: RegExp;
  /** A phrase that points back at advice or a list instead of naming an option. */
  readonly reference: RegExp;
  /** An option named on its own and settled ("Vitest then", "B, definitely"); group 1 is the option. */
  readonly bare: RegExp;
  /** A person pointing at an option of a list just given ("the second option"); group 1 is the ordinal. */
  readonly ordinal: RegExp;
  readonly ordinals: Readonly<Record<string, number>>;
  /** A bare place in a list ("going w the 4th, it's my thesis"); group 1 is the ordinal. */
  readonly placeInList: RegExp;
  /**
   * A letter of a lettered list after a verb that takes it ("going for A"); group 1 is the letter. Its
   * case matters, so the pattern spells out each verb's capital: "going for a walk" picks nothing.
   */
  readonly letterPick: RegExp;
  /** Advice; group 1 is the option advised. */
  readonly recommendation: readonly RegExp[];
  /**
   * What advice says of the person before naming the option ("My pick for a young lab: Healthy Paws",
   * "given your comfort level, the chair method"): the option is named after it.
   */
  readonly adviceLeadIn: RegExp;
  /** Advice against what it names ("avoid", "steer clear of", "skip", "niet"). */
  readonly adviceAgainst: RegExp;
  /** Sentences that sound like a choice but put it off or only imagine it. */
  readonly notYet: RegExp;
  /**
   * Words that commit to what follows them, said or reported ("booked", "ended up with", "we're doing",
   * "decided,"): a choice when one option of the conversation is named right after.
   */
  readonly commit: RegExp;
  /** Words that settle the option named just before them ("Japan is the winner", "X. Final."). */
  readonly settled: RegExp;
  /** Words that, earlier in the same clause, keep a commitment from being one ("maybe", "if", "not"). */
  readonly hedge: RegExp;
  /** Verbs of `commit` too common to commit without the person as their subject ("got", "took"). */
  readonly everyday: RegExp;
  /** The person as subject, or words that only they would open a report with ("I", "we", "just"). */
  readonly self: RegExp;
  /**
   * Pointing at an option by its price ("the cheaper one", "the premium one"); group 1 is set when the
   * cheapest is meant, otherwise the dearest.
   */
  readonly priced: RegExp;
  /**
   * The person taking a stance on what their clause names: "we will proceed with", "I take", "count
   * me in for", "is the path I shall take", "suits us best".
   */
  readonly stance: RegExp;
  /**
   * Pointing at an item by what it is like ("I'll take the one with the garden"); group 1 is the
   * linking word ("with", "without"), group 2 the description.
   */
  readonly described: RegExp;
  /** Committing to "that" or "it", just named ("…, doing that", "ordering it now", "let's go with that"). */
  readonly toPronoun: RegExp;
  /** Someone other than the person choosing ("my boss went with …"). */
  readonly otherChooser: RegExp;
  /**
   * Words that turn down the option named right after them ("no to the cruise", "declined Stanford",
   * "forget the subscription", "geen Airbnb"). Global: a message may turn down more than one.
   */
  readonly turnsDown: RegExp;
  /** Words just before `turnsDown` that deny it ("not forget", "would never turn down"). */
  readonly denied: RegExp;
  /** A sentence naming the choice outright ("It's Felix.", "Het wordt de Gazelle."); group 1 the option. */
  readonly outright: RegExp;
  /** A sentence of an answer that favours something ("… is the better fit", "worth it", "I'd …"). */
  readonly favours: RegExp;
  /** Words that take advice on their own ("you know best", "that tracks", "do it", "bet."). */
  readonly takesAdvice: RegExp;
  /** Acting on it now ("ordering one tonight", "I'll set that up after lunch", "booking a test ride"). */
  readonly actingNow: RegExp;
  /** Words that hold an acceptance back ("I'll think about it", "ask my wife first", "maybe"). */
  readonly holdBack: RegExp;
  /** A person asking which to pick ("which one", "should I", "X or Y", "what would you do"). */
  /** The person asking outright which option to take ("which should I", "torn between"). */
  readonly asksToChoose: RegExp;
  readonly choosing: RegExp;
  /** A question, with or without its question mark ("is it true discord moved to rust"). */
  readonly question: RegExp;
  /** The person themselves as a subject ("I", "we're"). */
  readonly person: RegExp;
  /** Words around an option that add nothing to a terse pick ("ok postgres", "die van ikea 👍"). */
  readonly filler: ReadonlySet<string>;
  /** Joins options in a question ("A or B"). */
  readonly or: RegExp;
  /** A series of three or more closed by "or" ("black, red, or dusty blue"): options without a question. */
  readonly series: RegExp;
  /** Words that lead into a series' first item ("comes in black"): what follows the last of them is the item. */
  readonly seriesLead: RegExp;
  /** Words that open a choice phrase without being part of the option. */
  readonly leading: RegExp;
}

/** Where a chosen phrase ends: punctuation, or a word that starts a reason or a next step. Every pack shares it. */
export const END = String.raw`(?=[.!?;:,\n]|\s+(?:because|since|as|for now|then|and|but|—|-)\s|$)`;
