// Writing conversations out of the archive: readable Markdown or HTML (images beside them, citations
// as footnotes, code and outputs in place), or JSON in ChatGPT's own export shape.

export type ConversationOutputFormat = 'md' | 'html' | 'json';

export interface WriteConversationsInput {
  /** One conversation; omitted with `all` for every conversation in the archive. */
  readonly conversationId?: string;
  readonly all?: boolean;
  readonly format: ConversationOutputFormat;
  readonly folder: string;
}

export interface WrittenConversations {
  readonly folder: string;
  /** Files written, relative to the folder. */
  readonly files: readonly string[];
}
