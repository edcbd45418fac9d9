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

export interface ConversationDetail extends ConversationSummary {
  readonly currentNode: string | null;
  readonly removedUpstreamAt: string | null;
  /** The visible thread: parent links walked from current_node, oldest first. */
  readonly messages: readonly MessageView[];
  /** Number of fork points (nodes with more than one child) across every branch kept. */
  readonly branches: number;
}

export interface ConversationQuery {
  readonly account?: string;
  readonly limit?: number;
  readonly offset?: number;
}
