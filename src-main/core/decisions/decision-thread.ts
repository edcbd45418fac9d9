// The one thing every part of decision finding reads: a conversation's visible thread, message by
// message. A leaf module, so that the extractor, its rules and its scorer all depend on it and not
// on each other.

export interface ThreadMessage {
  readonly id: string;
  readonly role: string | null;
  readonly text: string;
  readonly createTime: number | null;
}
