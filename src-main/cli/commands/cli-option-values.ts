// Option values the archive only takes from a fixed list, checked where the person typed them so
// that the answer names the option and what it takes.

import { AppError } from '../../../src-shared/contract/app-error.js';
import { ARTIFACT_KINDS, isArtifactKind, type ArtifactKind } from '../../../src-shared/model/artifact.js';
import type { ConversationOutputFormat } from '../../../src-shared/model/conversation-output.js';
import { isLinkStatus, LINK_STATUSES, type LinkStatus } from '../../../src-shared/model/link.js';
import { TIMELINE_KINDS, type TimelineKind } from '../../../src-shared/model/timeline.js';

function oneOf(option: string, value: string, allowed: readonly string[]): never {
  throw new AppError('invalid-input', `--${option} takes one of ${allowed.join(', ')}; got "${value}".`);
}

export function artifactKind(value: string | undefined): ArtifactKind | undefined {
  if (value === undefined || isArtifactKind(value)) return value;
  return oneOf('kind', value, ARTIFACT_KINDS);
}

const isTimelineKind = (value: string): value is TimelineKind =>
  (TIMELINE_KINDS as readonly string[]).includes(value);

export function timelineKinds(values: readonly string[]): TimelineKind[] | undefined {
  if (values.length === 0) return undefined;
  return values.map((value) => (isTimelineKind(value) ? value : oneOf('kind', value, TIMELINE_KINDS)));
}

export function linkStatus(value: string | undefined): LinkStatus | undefined {
  if (value === undefined || isLinkStatus(value)) return value;
  return oneOf('status', value, LINK_STATUSES);
}

const FORMATS: readonly ConversationOutputFormat[] = ['md', 'html', 'json'];

const isFormat = (value: string): value is ConversationOutputFormat =>
  (FORMATS as readonly string[]).includes(value);

export function exportFormat(value: string | undefined): ConversationOutputFormat {
  if (value === undefined) return 'md';
  return isFormat(value) ? value : oneOf('format', value, FORMATS);
}
