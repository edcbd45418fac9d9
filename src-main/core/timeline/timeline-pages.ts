// The timeline as views read it: pages of items in time order, behind a cursor that stays put while
// imports add items elsewhere, each item a card with its title and what its kind shows; and the
// density strip's counts by day, week or month.

import type { ArtifactKind } from '../../../src-shared/model/artifact.js';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { firstLine } from '../../../src-shared/model/first-line.js';
import { epochSecondsToIso, isoToEpochSeconds } from '../../../src-shared/model/time.js';
import type {
  DensityBucket,
  DensityQuery,
  TimelineItem,
  TimelineKind,
  TimelinePage,
  TimelinePayload,
  TimelineQuery,
} from '../../../src-shared/model/timeline.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { projectNames } from '../db/project-repository.js';
import { densityRows, timelineRows, type TimelineItemRow } from '../db/timeline-repository.js';

const DAY = 86_400;
const DEFAULT_LIMIT = 200;
const PREVIEW_CHARS = 120;

function encodeCursor(time: number, id: number): string {
  return Buffer.from(JSON.stringify([time, id])).toString('base64url');
}

function decodeCursor(cursor: string): [number, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
      return [value[0], value[1]];
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('invalid-input', 'That timeline cursor is not one this archive gave out.');
}

export function timelinePage(db: ArchiveDb, query: TimelineQuery): TimelinePage {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const [afterTime, afterId] = query.cursor ? decodeCursor(query.cursor) : [-Infinity, -1];
  const rows = timelineRows(db, {
    afterTime: Number.isFinite(afterTime) ? afterTime : -1e15,
    afterId,
    from: query.from ? isoToEpochSeconds(query.from) : -1e15,
    to: query.to ? isoToEpochSeconds(query.to) : 1e15,
    kinds: query.kinds && query.kinds.length > 0 ? JSON.stringify(query.kinds) : null,
    account: query.account ?? null,
    project: query.project ?? null,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const names = projectNames(db);
  return {
    items: page.map((row) => toItem(row, names)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.time, last.id) : null,
  };
}

function payloadOf(row: TimelineItemRow): TimelinePayload {
  switch (row.kind) {
    case 'upload':
      return {
        kind: 'upload',
        fileName: row.file_name,
        sizeBytes: row.size_bytes,
        link: row.link_status && row.link_path ? { status: row.link_status, path: row.link_path } : null,
        blobSha256: row.blob_sha256,
      };
    case 'image_generation':
      return {
        kind: 'image_generation',
        prompt: row.prompt,
        blobSha256: row.blob_sha256,
        expiresAt: epochSecondsToIso(row.expires_at),
      };
    case 'code':
    case 'code_output':
      return {
        kind: row.kind,
        language: row.language,
        firstLine: firstLine(row.text, PREVIEW_CHARS),
        blobSha256: row.blob_sha256,
      };
    case 'generated_file':
      return { kind: 'generated_file', fileName: row.file_name, lost: row.lost === 1 };
    case 'citation':
      return { kind: 'citation', url: row.url, title: row.a_title };
    case 'canvas':
      return { kind: 'canvas', title: row.a_title, firstLine: firstLine(row.text, PREVIEW_CHARS) };
    case 'audio':
      return { kind: 'audio', transcript: firstLine(row.text, 200), blobSha256: row.blob_sha256 };
    case 'decision':
      return {
        kind: 'decision',
        decisionId: row.decision_id ?? 0,
        chosen: row.chosen,
        alternatives: row.alternatives ? (JSON.parse(row.alternatives) as string[]) : [],
        rationale: row.rationale,
        confidence: row.confidence ?? 1,
      };
    case 'conversation':
      return {
        kind: 'conversation',
        started: row.started === 1,
        messages: row.day_messages ?? 0,
        firstLine: firstLine(row.first_text, PREVIEW_CHARS),
      };
  }
}

const KIND_TITLES: Record<ArtifactKind, string> = {
  upload: 'Uploaded a file',
  image_generation: 'Generated an image',
  code: 'Ran code',
  code_output: 'Code output',
  generated_file: 'Produced a file',
  citation: 'Cited a source',
  canvas: 'Wrote in a canvas',
  audio: 'Voice chat',
};

function titleOf(row: TimelineItemRow): string {
  if (row.kind === 'decision') return row.d_title ?? 'Decision';
  if (row.kind === 'conversation') {
    const verb = row.started === 1 ? 'Started' : 'Continued';
    return row.conversation_title
      ? `${verb} “${row.conversation_title}”`
      : `${verb} an untitled conversation`;
  }
  const specific =
    row.kind === 'upload' || row.kind === 'generated_file'
      ? row.file_name
      : row.kind === 'image_generation'
        ? firstLine(row.prompt, 80)
        : row.kind === 'citation'
          ? (row.a_title ?? row.url)
          : row.kind === 'canvas'
            ? row.a_title
            : null;
  return specific ?? KIND_TITLES[row.kind];
}

function toItem(row: TimelineItemRow, projectNames: Readonly<Record<string, string>>): TimelineItem {
  return {
    id: row.id,
    kind: row.kind,
    time: epochSecondsToIso(row.time) as string,
    title: titleOf(row),
    conversationId: row.conversation_id,
    conversationTitle: row.conversation_title,
    messageId: row.node_id,
    artifactId: row.artifact_id,
    project: row.project_id ? { id: row.project_id, name: projectNames[row.project_id] ?? null } : null,
    payload: payloadOf(row),
  };
}

function bucketStart(day: number, bucket: DensityQuery['bucket']): number {
  if (bucket === 'day') return day;
  if (bucket === 'week') return day - ((day + 3) % 7); // day 0, 1 Jan 1970, was a Thursday
  const date = new Date(day * DAY * 1000);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000 / DAY);
}

export function timelineDensity(db: ArchiveDb, query: DensityQuery): DensityBucket[] {
  const from = query.from ? Math.floor(isoToEpochSeconds(query.from) / DAY) : -1e9;
  const to = query.to ? Math.floor(isoToEpochSeconds(query.to) / DAY) : 1e9;
  const rows = densityRows(db, { from, to, account: query.account, project: query.project });
  const buckets = new Map<number, Partial<Record<TimelineKind, number>>>();
  for (const row of rows) {
    const start = bucketStart(row.day, query.bucket);
    const counts = buckets.get(start) ?? {};
    counts[row.kind] = (counts[row.kind] ?? 0) + row.n;
    buckets.set(start, counts);
  }
  return [...buckets.entries()].map(([start, counts]) => ({
    start: new Date(start * DAY * 1000).toISOString().slice(0, 10),
    counts,
  }));
}
