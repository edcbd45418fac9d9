// What a conversation produced or carried, in one open set of kinds: the things a person later
// wants back (uploads, images, code and its output, sources, canvases, voice).

import type { LinkStatus } from './link.js';

export const ARTIFACT_KINDS = [
  'upload',
  'image_generation',
  'code',
  'code_output',
  'generated_file',
  'citation',
  'canvas',
  'audio',
] as const;

export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export function isArtifactKind(value: string): value is ArtifactKind {
  return (ARTIFACT_KINDS as readonly string[]).includes(value);
}

export interface BlobRef {
  readonly sha256: string;
  readonly size: number;
}

export interface ArtifactView {
  readonly id: number;
  readonly kind: ArtifactKind;
  readonly conversationId: string;
  readonly conversationTitle: string | null;
  readonly messageId: string;
  readonly fileName: string | null;
  readonly sizeBytes: number | null;
  readonly mimeType: string | null;
  readonly prompt: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly language: string | null;
  readonly text: string | null;
  readonly assetPointer: string | null;
  /** True when the thing is known to be gone for good (sandbox files, expired links). */
  readonly lost: boolean;
  /** The bytes, when some export carried them; null when they were missing. */
  readonly blob: BlobRef | null;
  /** Uploads: the original on the person's disk (linked, the likeliest candidate, or missing); else null. */
  readonly link: { readonly status: LinkStatus; readonly path: string } | null;
}

export interface ArtifactQuery {
  readonly kind?: ArtifactKind;
  readonly conversationId?: string;
  readonly limit?: number;
  readonly offset?: number;
}
