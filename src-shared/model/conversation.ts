// How a conversation looks to a reader of the archive: a summary for lists and the visible
// thread for reading. Times are ISO-8601 strings in UTC.

export interface ConversationSummary {
  readonly id: string;
  readonly title: string | null;
  readonly account: string | null;
  readonly createTime: string | null;
  readonly updateTime: string | null;
  readonly messageCount: number;
  readonly removedUpstream: boolean;
  readonly exports: readonly string[];
  readonly gizmoId: string | null;
  readonly gizmoType: string | null;
}

export interface MessageView {
  readonly id: string;
  readonly role: string | null;
  readonly authorName: string | null;
  readonly contentType: string | null;
  readonly createTime: string | null;
  readonly text: string;
  readonly hidden: boolean;
}

/** One way through a conversation that forks (an edited question, a regenerated answer). */
export interface BranchView {
  /** 1 is the branch ChatGPT showed last; the others follow in the order they were written. */
  readonly number: number;
  /** Messages a reader sees on it (hidden system and tool messages not counted). */
  readonly messageCount: number;
  readonly lastTime: string | null;
  /** The first message where this branch departs from branch 1 (null for branch 1). */
  readonly departsAt: { readonly messageId: string; readonly preview: string } | null;
}

export interface ConversationDetail extends ConversationSummary {
  readonly currentNode: string | null;
  readonly removedUpstreamAt: string | null;
  /** The branch read: 1 is the visible thread, parent links walked from current_node. */
  readonly branch: number;
  /** The messages of that branch, oldest first, hidden ones (system, tool plumbing) flagged. */
  readonly messages: readonly MessageView[];
  /** Number of fork points (nodes with more than one child) across every branch kept. */
  readonly branches: number;
  /** Every branch kept, numbered. */
  readonly branchList: readonly BranchView[];
}

export interface ConversationQuery {
  readonly account?: string;
  readonly limit?: number;
  readonly offset?: number;
}
