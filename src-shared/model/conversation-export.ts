// Writing conversations out of the archive: readable Markdown or HTML (images beside them, citations
// as footnotes, code and outputs in place), or JSON in ChatGPT's own export shape.

export type ConversationExportFormat = 'md' | 'html' | 'json';

export interface ConversationExportInput {
  /** One conversation; omitted with `all` for every conversation in the archive. */
  readonly conversationId?: string;
  readonly all?: boolean;
  readonly format: ConversationExportFormat;
  readonly folder: string;
}

export interface ConversationExportReport {
  readonly folder: string;
  /** Files written, relative to the folder. */
  readonly files: readonly string[];
}
