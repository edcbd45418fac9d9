// A conversation as the reader shows it: every node kept (so a switcher can follow any fork) and each
// message's content as parts a view renders, built from the raw JSON kept for every node.

import type { BranchView, ConversationSummary } from './conversation.js';
import type { LinkStatus } from './link.js';

/** A source a web answer cited; `number` is what the Markdown refers to as `[number](#source-number)`. */
export interface CitedSource {
  readonly number: number;
  readonly url: string;
  readonly title: string | null;
}

export type CodeOutput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'image'; readonly artifactId: number | null; readonly available: boolean };

export type MessagePart =
  /** Markdown, math delimiters normalised to `$…$` / `$$…$$`; citations as `[n](#source-n)` links. */
  | { readonly kind: 'markdown'; readonly text: string }
  | {
      readonly kind: 'image';
      readonly artifactId: number | null;
      /** Whether the archive holds the bytes (served by artifact id); if not, `expiresAt` may say why. */
      readonly available: boolean;
      readonly prompt: string | null;
      readonly expiresAt: string | null;
      readonly width: number | null;
      readonly height: number | null;
    }
  | {
      readonly kind: 'upload';
      readonly artifactId: number | null;
      readonly name: string;
      readonly bytes: number | null;
      readonly mimeType: string | null;
      readonly available: boolean;
      readonly linkStatus: LinkStatus | null;
    }
  | {
      readonly kind: 'code';
      readonly language: string | null;
      readonly text: string;
      readonly outputs: readonly CodeOutput[];
    }
  | { readonly kind: 'canvas'; readonly title: string | null; readonly text: string }
  | {
      readonly kind: 'audio';
      readonly artifactId: number | null;
      readonly available: boolean;
      readonly transcript: string | null;
    }
  /** Shown collapsed: the model's reasoning and its tool calls. */
  | { readonly kind: 'reasoning'; readonly text: string }
  | { readonly kind: 'tool'; readonly name: string | null; readonly text: string }
  /** A content type the reader does not know: its text, plain. */
  | { readonly kind: 'text'; readonly contentType: string | null; readonly text: string };

export interface ReaderNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly childIds: readonly string[];
  readonly role: string | null;
  readonly authorName: string | null;
  readonly createTime: string | null;
  /** System and tool plumbing a reader hides unless asked. */
  readonly hidden: boolean;
  /** Whether the node lies on the branch read. */
  readonly onBranch: boolean;
  /**
   * The first branch of `branchList` that passes through this node: what a switcher at a fork reads
   * to follow this child. Null for a node no listed branch reaches (an empty dead end).
   */
  readonly branch: number | null;
  readonly contentType: string | null;
  readonly parts: readonly MessagePart[];
  readonly sources: readonly CitedSource[];
}

export interface ConversationReading extends ConversationSummary {
  readonly currentNode: string | null;
  readonly removedUpstreamAt: string | null;
  /** The branch read (1 is the one ChatGPT showed last) and every branch kept. */
  readonly branch: number;
  readonly branchList: readonly BranchView[];
  /** The ids of the branch's nodes, oldest first (hidden ones included, flagged on the node). */
  readonly thread: readonly string[];
  /** Every node kept, in the order written. */
  readonly nodes: readonly ReaderNode[];
  /**
   * Files Code Interpreter produced here that went with its expired session (each name once): when
   * above 0 the reader offers the conversation's rebuild kit.
   */
  readonly lostFiles: number;
}
