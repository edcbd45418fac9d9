// The one thing every part of decision finding reads: a conversation's visible thread, message by
// message. A leaf module, so that the extractor, its rules and its scorer all depend on it and not
// on each other.

export interface ThreadMessage {
  readonly id: string;
  readonly role: string | null;
  readonly text: string;
  readonly createTime: number | null;
}

/** What a rule found in the person's words: the option chosen, and over what. */
export interface Found {
  readonly chosen: string;
  readonly over: string | null;
  readonly confidence: number;
  /** Chosen in clear words and talked about before, though no options were laid out. */
  readonly anchored?: boolean;
  /** The other options, when they were weighed in prose rather than laid out. */
  readonly alternatives?: readonly string[] | undefined;
}
