// The timeline of a person's ChatGPT history: decisions and the things conversations produced or
// carried, in time order, each with what a row in the list needs to show, and counts per period for
// the density strip.

import { ARTIFACT_KINDS, type ArtifactKind } from './artifact.js';
import type { LinkStatus } from './link.js';

export type TimelineKind = ArtifactKind | 'decision' | 'conversation';

export const TIMELINE_KINDS: readonly TimelineKind[] = ['conversation', 'decision', ...ARTIFACT_KINDS];

export type TimelinePayload =
  | {
      readonly kind: 'upload';
      readonly fileName: string | null;
      readonly sizeBytes: number | null;
      readonly link: { readonly status: LinkStatus; readonly path: string } | null;
      /** Set when the export carried the file's bytes (the card shows an image upload's thumbnail). */
      readonly blobSha256: string | null;
    }
  | {
      readonly kind: 'image_generation';
      readonly prompt: string | null;
      readonly blobSha256: string | null;
      readonly expiresAt: string | null;
    }
  | {
      readonly kind: 'code' | 'code_output';
      readonly language: string | null;
      readonly firstLine: string | null;
      readonly blobSha256: string | null;
    }
  | { readonly kind: 'generated_file'; readonly fileName: string | null; readonly lost: boolean }
  | { readonly kind: 'citation'; readonly url: string | null; readonly title: string | null }
  | { readonly kind: 'canvas'; readonly title: string | null; readonly firstLine: string | null }
  | { readonly kind: 'audio'; readonly transcript: string | null; readonly blobSha256: string | null }
  | {
      readonly kind: 'decision';
      /** The decision's id, for the person to dismiss it (and undo that). */
      readonly decisionId: number;
      readonly chosen: string | null;
      readonly alternatives: readonly string[];
      /** What the person said when choosing, as the extractor read it, or what the advice said of it. */
      readonly rationale: string | null;
      /** Below SURE_DECISION_CONFIDENCE the window says "possible decision"; the person's own are 1. */
      readonly confidence: number;
    }
  | {
      readonly kind: 'conversation';
      /** True on the day the conversation started; false on a later day it was continued. */
      readonly started: boolean;
      /** Messages written in it that day. */
      readonly messages: number;
      /** The first message of that day, its first line. */
      readonly firstLine: string | null;
    };

export interface TimelineItem {
  readonly id: number;
  readonly kind: TimelineKind;
  /** ISO-8601, UTC. */
  readonly time: string;
  readonly title: string;
  readonly conversationId: string;
  readonly conversationTitle: string | null;
  readonly messageId: string | null;
  /** The artifact the item stands for (its stored bytes are served by this id); null for conversations and decisions. */
  readonly artifactId: number | null;
  /** The project the conversation belongs to, with the name the person gave it (exports carry none). */
  readonly project: { readonly id: string; readonly name: string | null } | null;
  readonly payload: TimelinePayload;
}

export interface TimelineQuery {
  readonly from?: string;
  readonly to?: string;
  readonly kinds?: readonly TimelineKind[];
  readonly account?: string;
  /** A project's id (`g-p-…`) or the name the person gave it. */
  readonly project?: string;
  /** From a previous page's nextCursor. */
  readonly cursor?: string;
  readonly limit?: number;
}

export interface TimelinePage {
  readonly items: readonly TimelineItem[];
  /** Null on the last page. */
  readonly nextCursor: string | null;
}

export interface DensityQuery {
  readonly from?: string;
  readonly to?: string;
  readonly bucket: 'day' | 'week' | 'month';
  readonly account?: string;
  /** A project's id (`g-p-…`) or the name the person gave it. */
  readonly project?: string;
}

export interface DensityBucket {
  /** The bucket's first day, YYYY-MM-DD (weeks start on Monday). */
  readonly start: string;
  readonly counts: Readonly<Partial<Record<TimelineKind, number>>>;
}
