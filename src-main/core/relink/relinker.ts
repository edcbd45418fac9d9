// Finds the originals of uploads on the person's disk: refreshes the file index, re-checks the links
// already made (a moved file is found again by name and size, a deleted one is marked missing), then
// matches every upload not yet linked by the rules of file-name-key.ts and link.ts. Certain matches
// are linked, doubtful ones kept as candidates for the person; their verdicts always stand.

import { stat } from 'node:fs/promises';
import type { LinkRule, RelinkProgress, RelinkSummary } from '../../../src-shared/model/link.js';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  deleteLink,
  dropCandidatesExcept,
  linksOf,
  linksWithStatus,
  uploadsToMatch,
  writeLink,
  type LinkRow,
  type UploadToMatch,
} from '../db/link-repository.js';
import {
  countIndexedFiles,
  duplicatesByBaseAndSize,
  filesByKeyAndSize,
  filesByKeyOtherSize,
  type FileMatch,
} from '../db/local-file-repository.js';
import { prepared } from '../db/prepared-statements.js';
import { sha256OfFile } from '../chatgpt-export/file-hash.js';
import { matchKey } from './file-name-key.js';
import { scanLocalFiles } from './local-file-scanner.js';

export interface RelinkOptions {
  readonly roots: readonly string[];
  readonly crossDevices?: boolean;
  readonly platform?: NodeJS.Platform;
  readonly onProgress?: (progress: RelinkProgress) => void;
}

const CONFIDENCE: Record<string, number> = {
  exact: 0.95,
  'same-name-and-size': 0.6,
  'duplicate-name': 0.5,
  'same-name-other-size': 0.2,
};

export async function relink(db: ArchiveDb, options: RelinkOptions): Promise<RelinkSummary> {
  const platform = options.platform ?? process.platform;
  const scan = await scanLocalFiles(db, options.roots, {
    crossDevices: options.crossDevices ?? false,
    platform,
    onProgress: (progress) => options.onProgress?.({ phase: 'scanning', ...progress }),
  });
  options.onProgress?.({ phase: 'checking', foldersSeen: scan.foldersSeen, filesListed: scan.filesListed });
  await recheckLinks(db, platform);
  options.onProgress?.({ phase: 'matching', foldersSeen: scan.foldersSeen, filesListed: scan.filesListed });
  const uploads = uploadsToMatch(db);
  for (const upload of uploads) await matchUpload(db, upload, platform);
  return summarize(db, uploads.length, scan.problems);
}

/** The files the person said are not this upload's original. */
function refusedPaths(links: readonly LinkRow[]): Set<string> {
  return new Set(
    links.filter((link) => link.status === 'rejected' || link.status === 'unlinked').map((link) => link.path),
  );
}

async function sameBytes(path: string, sha256: string): Promise<boolean> {
  try {
    return (await sha256OfFile(path)) === sha256;
  } catch {
    return false;
  }
}

interface Proposal extends FileMatch {
  readonly rule: LinkRule;
}

async function matchUpload(db: ArchiveDb, upload: UploadToMatch, platform: NodeJS.Platform): Promise<void> {
  const links = linksOf(db, upload.id);
  if (links.some((link) => link.status === 'linked')) return;
  const refused = refusedPaths(links);
  const allowed = (files: FileMatch[]) => files.filter((file) => !refused.has(file.path));
  const key = matchKey(upload.file_name, platform);
  const size = upload.size_bytes;

  let sameSize: Proposal[] = [];
  if (size !== null) {
    // "The only such file" counts every copy on disk: rejecting one of two leaves a doubt, not a link.
    const everyCopy = filesByKeyAndSize(db, key, size);
    const exact = allowed(everyCopy);
    const rule: LinkRule = everyCopy.length === 1 ? 'exact' : 'same-name-and-size';
    sameSize = [
      ...exact.map((file) => ({ ...file, rule })),
      ...allowed(duplicatesByBaseAndSize(db, key, size)).map((file) => ({
        ...file,
        rule: 'duplicate-name' as const,
      })),
    ];
  }
  const weak: Proposal[] = allowed(filesByKeyOtherSize(db, key, size ?? -1)).map((file) => ({
    ...file,
    rule: 'same-name-other-size',
  }));

  let linked: Proposal | null = null;
  let candidates: Proposal[];
  if (upload.blob_sha256 && sameSize.length > 0) {
    // The export carried the bytes: a file is the original exactly when its bytes are the same.
    const confirmed: Proposal[] = [];
    for (const file of sameSize) {
      if (await sameBytes(file.path, upload.blob_sha256)) {
        confirmed.push({
          ...file,
          rule: `${file.rule === 'exact' ? 'exact' : file.rule}+sha256` as LinkRule,
        });
      }
    }
    if (confirmed.length === 1) linked = confirmed[0] as Proposal;
    candidates = linked ? [] : [...confirmed, ...weak];
  } else {
    const onlyExact = sameSize.filter((file) => file.rule === 'exact');
    if (onlyExact.length === 1) linked = onlyExact[0] as Proposal;
    candidates = linked ? [] : [...sameSize, ...weak];
  }

  db.transaction(() => {
    if (linked) {
      writeLink(db, {
        artifactId: upload.id,
        path: linked.path,
        status: 'linked',
        rule: linked.rule,
        confidence: linked.rule.endsWith('+sha256') ? 1 : (CONFIDENCE[linked.rule] ?? 0.5),
        size: linked.size,
        mtimeMs: linked.mtimeMs,
      });
      dropCandidatesExcept(db, upload.id, new Set());
      return;
    }
    for (const file of candidates) {
      const base = file.rule.replace('+sha256', '');
      writeLink(db, {
        artifactId: upload.id,
        path: file.path,
        status: 'candidate',
        rule: file.rule,
        confidence: file.rule.endsWith('+sha256') ? 0.9 : (CONFIDENCE[base] ?? 0.3),
        size: file.size,
        mtimeMs: file.mtimeMs,
      });
    }
    dropCandidatesExcept(db, upload.id, new Set(candidates.map((file) => file.path)));
  }).immediate();
}

/** Linked files still there are confirmed; moved ones found again by name and size; gone ones missing. */
async function recheckLinks(db: ArchiveDb, platform: NodeJS.Platform): Promise<void> {
  for (const link of linksWithStatus(db, ['linked', 'missing'])) {
    const info = await stat(link.path).catch(() => null);
    const expected = link.size;
    if (info?.isFile() && (expected === null || info.size === expected)) {
      writeLink(db, { ...linkFields(link), status: 'linked', size: info.size, mtimeMs: info.mtimeMs });
      continue;
    }
    const upload = prepared(db, 'SELECT file_name, size_bytes FROM artifacts WHERE id = ?').get(
      link.artifact_id,
    ) as { file_name: string | null; size_bytes: number | null } | undefined;
    const size = upload?.size_bytes ?? link.size;
    const refused = refusedPaths(linksOf(db, link.artifact_id));
    const elsewhere =
      upload?.file_name && size !== null
        ? filesByKeyAndSize(db, matchKey(upload.file_name, platform), size).filter(
            (file) => file.path !== link.path && !refused.has(file.path),
          )
        : [];
    db.transaction(() => {
      if (elsewhere.length === 1) {
        const moved = elsewhere[0] as FileMatch;
        deleteLink(db, link.artifact_id, link.path);
        writeLink(db, {
          artifactId: link.artifact_id,
          path: moved.path,
          status: 'linked',
          rule: 'moved',
          confidence: 0.9,
          size: moved.size,
          mtimeMs: moved.mtimeMs,
        });
      } else if (link.status !== 'missing') {
        writeLink(db, { ...linkFields(link), status: 'missing', size: link.size, mtimeMs: null });
      }
    }).immediate();
  }
}

function linkFields(link: { artifact_id: number; path: string; rule: LinkRule; confidence: number }) {
  return { artifactId: link.artifact_id, path: link.path, rule: link.rule, confidence: link.confidence };
}

function summarize(db: ArchiveDb, uploads: number, problems: readonly string[]): RelinkSummary {
  const counts = prepared(
    db,
    `WITH best AS (
       SELECT a.id, min(CASE l.status WHEN 'linked' THEN 0 WHEN 'candidate' THEN 1 WHEN 'missing' THEN 2 END) AS rank
       FROM artifacts a LEFT JOIN links l ON l.artifact_id = a.id
       WHERE a.kind = 'upload' AND a.file_name IS NOT NULL GROUP BY a.id)
     SELECT sum(rank = 0) AS linked, sum(rank = 1) AS candidates, sum(rank = 2) AS missing,
       sum(rank IS NULL) AS unlinked FROM best`,
  ).get() as {
    linked: number | null;
    candidates: number | null;
    missing: number | null;
    unlinked: number | null;
  };
  return {
    scannedFiles: countIndexedFiles(db),
    uploads,
    linked: counts.linked ?? 0,
    candidates: counts.candidates ?? 0,
    unlinked: counts.unlinked ?? 0,
    missing: counts.missing ?? 0,
    problems,
  };
}
