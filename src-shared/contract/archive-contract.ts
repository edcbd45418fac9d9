// Everything a user interface or tool may ask of the archive. The CLI, the Electron IPC server, the
// HTTP bridge and the renderer's client all derive from this file; no other file spells a method.
// Each method takes one argument and answers with plain, cloneable data.

import type { AccountView } from '../model/account.js';
import type { ArchiveChange } from '../model/archive-change.js';
import type { ArchiveStats } from '../model/archive-stats.js';
import type { ArtifactQuery, ArtifactView } from '../model/artifact.js';
import type { ConversationDetail, ConversationQuery, ConversationSummary } from '../model/conversation.js';
import type { ConversationReading } from '../model/reading.js';
import type { DecisionEdit, DecisionQuery, DecisionView, NewDecision } from '../model/decision.js';
import type { RebuildKitInput, RebuildKitRef, RebuildKitReport } from '../model/rebuild-kit.js';
import type { WriteConversationsInput, WrittenConversations } from '../model/conversation-output.js';
import type { GeneratedFileView, ProjectName, ProjectView, SourceView } from '../model/attention.js';
import type { ImportJob } from '../model/import-job.js';
import type { ImportProgress, ImportReport } from '../model/import-report.js';
import {
  isLinkStatus,
  type LinkQuery,
  type LinkView,
  type RelinkProgress,
  type RelinkSummary,
} from '../model/link.js';
import type { SearchQuery, SearchResult } from '../model/search.js';
import type { TaskOutcome, TaskRef } from '../model/task.js';
import {
  FOLDER_ID,
  type ArchiveSettings,
  type FolderList,
  type FolderRef,
  type SettingsEdit,
} from '../model/settings.js';
import {
  TIMELINE_KINDS,
  type DensityBucket,
  type DensityQuery,
  type TimelineKind,
  type TimelinePage,
  type TimelineQuery,
} from '../model/timeline.js';
import { AppError } from './app-error.js';
import {
  asRecord,
  optionalArtifactKind,
  optionalBoolean,
  optionalCount,
  optionalIsoTime,
  optionalString,
  requiredString,
} from './input-parsers.js';

export interface ImportInput {
  /** A ChatGPT export ZIP, a folder it was unzipped into, or a bare conversations.json. */
  readonly path: string;
  /**
   * Reads the export again even when it is known, and adds whatever conversations or binaries the
   * archive is missing (the report's `repaired` says what). Without it a known export is a no-op.
   */
  readonly verify?: boolean;
}

export interface ConversationRef {
  readonly id: string;
  /** Which branch to read: 1 is the one ChatGPT showed last (the default); see `branchList`. */
  readonly branch?: number;
}

export interface LinkChoice {
  readonly artifactId: number;
  readonly path: string;
}

export interface UploadRef {
  readonly artifactId: number;
}

export interface RelinkInput {
  /** Folders to look in this time; default: the saved roots. */
  readonly roots?: readonly string[];
  /** Follow folders into other disks and mounts too (off: a network share can take hours). */
  readonly crossDevices?: boolean;
}

export interface FolderInput {
  readonly path: string;
}

export interface JobRef {
  readonly id: number;
}

export type NoInput = Record<string, never>;

export interface ArchiveApi {
  importExport(input: ImportInput): Promise<ImportReport>;
  getStats(input: NoInput): Promise<ArchiveStats>;
  listConversations(input: ConversationQuery): Promise<readonly ConversationSummary[]>;
  getConversation(input: ConversationRef): Promise<ConversationDetail>;
  /** Every node of a conversation with its content as parts, for the reader (branch 1 by default). */
  readConversation(input: ConversationRef): Promise<ConversationReading>;
  search(input: SearchQuery): Promise<SearchResult>;
  listArtifacts(input: ArtifactQuery): Promise<readonly ArtifactView[]>;
  /** Queues an export (dropped on the window, say) for the background import queue. */
  enqueueImport(input: ImportInput): Promise<ImportJob>;
  listImportJobs(input: NoInput): Promise<readonly ImportJob[]>;
  cancelImport(input: JobRef): Promise<ImportJob>;
  retryImport(input: JobRef): Promise<ImportJob>;
  /** Accepts an export offered on the first look at Downloads; declining is cancelImport. */
  acceptImport(input: JobRef): Promise<ImportJob>;
  /** Refreshes the index of local files and links uploads to their originals. */
  relink(input: RelinkInput): Promise<RelinkSummary>;
  listLinks(input: LinkQuery): Promise<readonly LinkView[]>;
  acceptLink(input: LinkChoice): Promise<readonly LinkView[]>;
  rejectLink(input: LinkChoice): Promise<readonly LinkView[]>;
  unlinkUpload(input: UploadRef): Promise<readonly LinkView[]>;
  /** What the person decided, across all conversations, oldest first. */
  listDecisions(input: DecisionQuery): Promise<readonly DecisionView[]>;
  /** Renames or dismisses a decision; the change survives every re-extraction. */
  updateDecision(input: DecisionEdit): Promise<DecisionView>;
  /** A decision the person records by hand. */
  addDecision(input: NewDecision): Promise<DecisionView>;
  /** Every web source an answer cited, once, with the conversations citing it. */
  listSources(input: NoInput): Promise<readonly SourceView[]>;
  /** Files Code Interpreter produced (lost with the session), each with the code that made it. */
  listGeneratedFiles(input: NoInput): Promise<readonly GeneratedFileView[]>;
  /** Projects and custom GPTs the conversations belong to. */
  listProjects(input: NoInput): Promise<readonly ProjectView[]>;
  /** The ChatGPT accounts the archive holds exports of. */
  listAccounts(input: NoInput): Promise<readonly AccountView[]>;
  /** Names a project (exports carry no project names). */
  nameProject(input: ProjectName): Promise<readonly ProjectView[]>;
  /** Writes conversations out as Markdown, HTML or ChatGPT-shaped JSON into a folder. */
  writeConversations(input: WriteConversationsInput): Promise<WrittenConversations>;
  /**
   * Writes the rebuild kit of a Code Interpreter conversation to the folder named or, without one, to
   * the conversation's own folder under Downloads (what a window asks for: it never names a folder).
   */
  writeRebuildKit(input: RebuildKitInput): Promise<RebuildKitReport>;
  /** Shows the conversation's rebuild kit under Downloads in its folder (desktop app only). */
  revealRebuildKit(input: RebuildKitRef): Promise<{ readonly path: string }>;
  /** relink, writeConversations and writeRebuildKit as tasks: answered at once, finished by a `taskFinished` event. */
  startRelink(input: RelinkInput): Promise<TaskRef>;
  startWriteConversations(input: WriteConversationsInput): Promise<TaskRef>;
  startRebuildKit(input: RebuildKitInput): Promise<TaskRef>;
  /** Decisions and artifacts in time order, a page at a time. */
  timeline(input: TimelineQuery): Promise<TimelinePage>;
  /** Counts per day, week or month and kind, for the density strip. */
  timelineDensity(input: DensityQuery): Promise<readonly DensityBucket[]>;
  /** Opens an upload's linked original with the system's default app (desktop app only). */
  openOriginal(input: UploadRef): Promise<{ readonly path: string }>;
  /** Shows an upload's linked original in its folder (desktop app only). */
  revealOriginal(input: UploadRef): Promise<{ readonly path: string }>;
  /** Where relinking looks for originals, each folder with the id that removes it. */
  listScanRoots(input: NoInput): Promise<FolderList>;
  /** Adds an existing folder (the command line names it; the desktop app's folder picker chooses it). */
  addScanRoot(input: FolderInput): Promise<FolderList>;
  /** Removes a folder by its id, and forgets the files indexed under it; none left: the usual places. */
  removeScanRoot(input: FolderRef): Promise<FolderList>;
  getSettings(input: NoInput): Promise<ArchiveSettings>;
  /** Changes the settings named; the others stay. */
  updateSettings(input: SettingsEdit): Promise<ArchiveSettings>;
  /** The folders watched for new exports, each with the id that removes it. */
  listWatchedFolders(input: NoInput): Promise<FolderList>;
  /** Adds an existing folder (the command line names it; the desktop app's folder picker chooses it). */
  addWatchedFolder(input: FolderInput): Promise<FolderList>;
  /** Removes a folder by its id; with none left, Archivist watches Downloads again. */
  removeWatchedFolder(input: FolderRef): Promise<FolderList>;
}

/** Facts the archive announces, named in the past tense. */
export interface ArchiveEvents {
  importProgressed: ImportProgress & { readonly jobId: number };
  importFinished: ImportReport & { readonly jobId: number };
  importJobChanged: ImportJob;
  relinkProgressed: RelinkProgress;
  /** What a view shows may have changed: it reads those kinds again. */
  archiveChanged: { readonly changed: readonly ArchiveChange[] };
  /** A task started with one of the start* methods is done, with its answer or why it failed. */
  taskFinished: TaskOutcome;
}

export type ArchiveMethod = keyof ArchiveApi;
export type ArchiveInput<M extends ArchiveMethod> = Parameters<ArchiveApi[M]>[0];
export type ArchiveEventName = keyof ArchiveEvents;
export type PublishArchiveEvent = <E extends ArchiveEventName>(name: E, payload: ArchiveEvents[E]) => void;

const MAX_PAGE = 10_000;

function parseRelink(raw: unknown): RelinkInput {
  const record = asRecord(raw, 'relink input');
  const roots = record['roots'];
  if (
    roots !== undefined &&
    (!Array.isArray(roots) || roots.some((root) => typeof root !== 'string' || root === ''))
  ) {
    throw new AppError('invalid-input', 'relink input: "roots" must be a list of folder paths.');
  }
  const crossDevices = record['crossDevices'];
  if (crossDevices !== undefined && typeof crossDevices !== 'boolean') {
    throw new AppError('invalid-input', 'relink input: "crossDevices" must be true or false.');
  }
  return { roots: roots as string[] | undefined, crossDevices };
}

function parseWriteConversations(raw: unknown): WriteConversationsInput {
  const record = asRecord(raw, 'writeConversations input');
  const format = record['format'] ?? 'md';
  if (format !== 'md' && format !== 'html' && format !== 'json') {
    throw new AppError('invalid-input', 'writeConversations input: "format" is md, html or json.');
  }
  const all = record['all'] === true;
  const conversationId = optionalString(record, 'conversationId', 256);
  if (!all && !conversationId) {
    throw new AppError('invalid-input', 'writeConversations input: name a "conversationId" or set "all".');
  }
  return { conversationId, all, format, folder: requiredString(record, 'folder') };
}

function parseWriteRebuildKit(raw: unknown): RebuildKitInput {
  const record = asRecord(raw, 'writeRebuildKit input');
  const folder = optionalString(record, 'folder');
  if (folder === '')
    throw new AppError('invalid-input', 'writeRebuildKit input: "folder" must not be empty.');
  return {
    conversationId: requiredString(record, 'conversationId', 256),
    ...(folder !== undefined ? { folder } : {}),
  };
}

/** The runtime half of the contract: a missing or mistyped entry is a compile error. */
export const inputParsers: { readonly [M in ArchiveMethod]: (raw: unknown) => ArchiveInput<M> } = {
  importExport(raw) {
    const record = asRecord(raw, 'importExport input');
    const verify = optionalBoolean(record, 'verify');
    return { path: requiredString(record, 'path'), ...(verify !== undefined ? { verify } : {}) };
  },
  getStats() {
    return {};
  },
  listConversations(raw) {
    const record = asRecord(raw, 'listConversations input');
    return {
      account: optionalString(record, 'account', 256),
      limit: optionalCount(record, 'limit', { min: 1, max: 1_000_000 }),
      offset: optionalCount(record, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER }),
    };
  },
  getConversation(raw) {
    const record = asRecord(raw, 'getConversation input');
    const branch = optionalCount(record, 'branch', { min: 1, max: 100_000 });
    return { id: requiredString(record, 'id', 256), ...(branch !== undefined ? { branch } : {}) };
  },
  readConversation(raw) {
    const record = asRecord(raw, 'readConversation input');
    const branch = optionalCount(record, 'branch', { min: 1, max: 100_000 });
    return { id: requiredString(record, 'id', 256), ...(branch !== undefined ? { branch } : {}) };
  },
  search(raw) {
    const record = asRecord(raw, 'search input');
    return {
      text: optionalString(record, 'text', 2000) ?? '',
      limit: optionalCount(record, 'limit', { min: 1, max: MAX_PAGE }),
      offset: optionalCount(record, 'offset', { min: 0, max: 1_000_000 }),
      kind: optionalArtifactKind(record, 'kind'),
      role: optionalString(record, 'role', 64),
      from: optionalIsoTime(record, 'from'),
      to: optionalIsoTime(record, 'to'),
      account: optionalString(record, 'account', 256),
      project: optionalString(record, 'project', 256),
      conversationId: optionalString(record, 'conversationId', 256),
    };
  },
  listArtifacts(raw) {
    const record = asRecord(raw, 'listArtifacts input');
    return {
      kind: optionalArtifactKind(record, 'kind'),
      conversationId: optionalString(record, 'conversationId', 256),
      limit: optionalCount(record, 'limit', { min: 1, max: 10_000_000 }),
      offset: optionalCount(record, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER }),
    };
  },
  enqueueImport(raw) {
    const record = asRecord(raw, 'enqueueImport input');
    return { path: requiredString(record, 'path') };
  },
  listImportJobs() {
    return {};
  },
  cancelImport(raw) {
    return { id: requiredJobId(raw, 'cancelImport input') };
  },
  retryImport(raw) {
    return { id: requiredJobId(raw, 'retryImport input') };
  },
  acceptImport(raw) {
    return { id: requiredJobId(raw, 'acceptImport input') };
  },
  relink: parseRelink,
  listLinks(raw) {
    const record = asRecord(raw, 'listLinks input');
    const status = optionalString(record, 'status', 32);
    if (status !== undefined && !isLinkStatus(status)) {
      throw new AppError('invalid-input', `listLinks input: unknown status "${status}".`);
    }
    return {
      status,
      artifactId: optionalCount(record, 'artifactId', { min: 1, max: Number.MAX_SAFE_INTEGER }),
    };
  },
  acceptLink(raw) {
    return linkChoice(raw, 'acceptLink input');
  },
  rejectLink(raw) {
    return linkChoice(raw, 'rejectLink input');
  },
  unlinkUpload(raw) {
    return {
      artifactId: requiredId(asRecord(raw, 'unlinkUpload input'), 'artifactId', 'unlinkUpload input'),
    };
  },
  listDecisions(raw) {
    const record = asRecord(raw, 'listDecisions input');
    return { conversationId: optionalString(record, 'conversationId', 256) };
  },
  updateDecision(raw) {
    const record = asRecord(raw, 'updateDecision input');
    const dismissed = record['dismissed'];
    if (dismissed !== undefined && typeof dismissed !== 'boolean') {
      throw new AppError('invalid-input', 'updateDecision input: "dismissed" must be true or false.');
    }
    return {
      id: requiredId(record, 'id', 'updateDecision input'),
      title: optionalString(record, 'title', 500),
      dismissed,
    };
  },
  addDecision(raw) {
    const record = asRecord(raw, 'addDecision input');
    const list = (key: string): string[] | undefined => {
      const value = record[key];
      if (value === undefined) return undefined;
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        throw new AppError('invalid-input', `addDecision input: "${key}" must be a list of strings.`);
      }
      return value as string[];
    };
    return {
      conversationId: requiredString(record, 'conversationId', 256),
      title: requiredString(record, 'title', 500),
      chosen: optionalString(record, 'chosen', 500),
      alternatives: list('alternatives'),
      messageIds: list('messageIds'),
    };
  },
  listSources() {
    return {};
  },
  listGeneratedFiles() {
    return {};
  },
  listAccounts() {
    return {};
  },
  listProjects() {
    return {};
  },
  nameProject(raw) {
    const record = asRecord(raw, 'nameProject input');
    const id = requiredString(record, 'id', 256);
    if (!id.startsWith('g-'))
      throw new AppError('invalid-input', `nameProject input: "${id}" is no project or GPT id.`);
    return { id, name: requiredString(record, 'name', 200) };
  },
  writeConversations: parseWriteConversations,
  writeRebuildKit: parseWriteRebuildKit,
  revealRebuildKit(raw) {
    return { conversationId: requiredString(asRecord(raw, 'revealRebuildKit input'), 'conversationId', 256) };
  },
  startRelink: parseRelink,
  startWriteConversations: parseWriteConversations,
  startRebuildKit: parseWriteRebuildKit,
  timeline(raw) {
    const record = asRecord(raw, 'timeline input');
    const kinds = record['kinds'];
    if (
      kinds !== undefined &&
      (!Array.isArray(kinds) || kinds.some((kind) => !(TIMELINE_KINDS as readonly unknown[]).includes(kind)))
    ) {
      throw new AppError(
        'invalid-input',
        `timeline input: "kinds" must list some of ${TIMELINE_KINDS.join(', ')}.`,
      );
    }
    return {
      from: optionalIsoTime(record, 'from'),
      to: optionalIsoTime(record, 'to'),
      kinds: kinds as TimelineKind[] | undefined,
      account: optionalString(record, 'account', 256),
      project: optionalString(record, 'project', 256),
      cursor: optionalString(record, 'cursor', 512),
      limit: optionalCount(record, 'limit', { min: 1, max: 10_000 }),
    };
  },
  timelineDensity(raw) {
    const record = asRecord(raw, 'timelineDensity input');
    const bucket = record['bucket'] ?? 'day';
    if (bucket !== 'day' && bucket !== 'week' && bucket !== 'month') {
      throw new AppError('invalid-input', 'timelineDensity input: "bucket" is day, week or month.');
    }
    return {
      from: optionalIsoTime(record, 'from'),
      to: optionalIsoTime(record, 'to'),
      bucket,
      account: optionalString(record, 'account', 256),
      project: optionalString(record, 'project', 256),
    };
  },
  openOriginal(raw) {
    return {
      artifactId: requiredId(asRecord(raw, 'openOriginal input'), 'artifactId', 'openOriginal input'),
    };
  },
  revealOriginal(raw) {
    return {
      artifactId: requiredId(asRecord(raw, 'revealOriginal input'), 'artifactId', 'revealOriginal input'),
    };
  },
  listScanRoots() {
    return {};
  },
  addScanRoot(raw) {
    return { path: requiredString(asRecord(raw, 'addScanRoot input'), 'path') };
  },
  removeScanRoot(raw) {
    return { id: requiredFolderId(raw, 'removeScanRoot input') };
  },
  getSettings() {
    return {};
  },
  updateSettings(raw) {
    const record = asRecord(raw, 'updateSettings input');
    const keepExports = optionalBoolean(record, 'keepExports');
    const launchAtLogin = optionalBoolean(record, 'launchAtLogin');
    return {
      ...(keepExports !== undefined ? { keepExports } : {}),
      ...(launchAtLogin !== undefined ? { launchAtLogin } : {}),
    };
  },
  listWatchedFolders() {
    return {};
  },
  addWatchedFolder(raw) {
    return { path: requiredString(asRecord(raw, 'addWatchedFolder input'), 'path') };
  },
  removeWatchedFolder(raw) {
    return { id: requiredFolderId(raw, 'removeWatchedFolder input') };
  },
};

function requiredFolderId(raw: unknown, what: string): string {
  const id = requiredString(asRecord(raw, what), 'id', 64);
  if (!FOLDER_ID.test(id)) throw new AppError('invalid-input', `${what}: "${id}" is no folder id.`);
  return id;
}

function requiredId(record: Record<string, unknown>, key: string, what: string): number {
  const id = optionalCount(record, key, { min: 1, max: Number.MAX_SAFE_INTEGER });
  if (id === undefined) throw new AppError('invalid-input', `${what}: "${key}" is required.`);
  return id;
}

function linkChoice(raw: unknown, what: string): LinkChoice {
  const record = asRecord(raw, what);
  return { artifactId: requiredId(record, 'artifactId', what), path: requiredString(record, 'path') };
}

function requiredJobId(raw: unknown, what: string): number {
  return requiredId(asRecord(raw, what), 'id', what);
}

const eventNames: { readonly [E in ArchiveEventName]: true } = {
  importProgressed: true,
  importFinished: true,
  importJobChanged: true,
  relinkProgressed: true,
  archiveChanged: true,
  taskFinished: true,
};

export const archiveMethods = Object.keys(inputParsers) as ArchiveMethod[];
export const archiveEventNames = Object.keys(eventNames) as ArchiveEventName[];
