// The one implementation of ArchiveApi: every transport (CLI, Electron IPC, HTTP bridge) calls into
// this, so behaviour lives here once. open-archive.ts puts it together over an opened archive. Every edit the
// person makes is also written to the journal, and a failing disk or a damaged archive file is
// reported as such, whichever method meets it.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArchiveApi, PublishArchiveEvent } from '../../src-shared/contract/archive-contract.js';
import { AppError } from '../../src-shared/contract/app-error.js';
import { type ArchiveDb } from './db/archive-db.js';
import { listArtifacts } from './db/artifact-repository.js';
import {
  conversationExists,
  getConversationDetail,
  listConversations,
} from './db/conversation-repository.js';
import { searchArchive } from './db/search-repository.js';
import { archiveStats } from './db/stats-repository.js';
import { archiveFileIn } from './os-folders/data-folder.js';
import type { BlobStore } from './blobs/blob-store.js';
import type { ImportQueue } from './import/import-queue.js';
import { getJob, isFirstRun, listJobs } from './db/import-job-repository.js';
import { storageFailure } from './db/storage-failure.js';
import { artifactKeyOf } from './db/artifact-repository.js';
import type { KeptExports } from './safekeeping/kept-exports.js';
import type { PersonJournal } from './safekeeping/person-journal.js';
import { type JournalEntry } from './safekeeping/person-journal.js';
import { KEEP_EXPORTS } from './safekeeping/safekeeping-settings.js';
import { readSetting, SCAN_ROOTS, WATCHED_FOLDERS, writeSetting } from './db/settings-repository.js';
import { listLinks } from './db/link-repository.js';
import { timelineDensity, timelinePage } from './db/timeline-repository.js';
import {
  decisionKeyOf,
  dismissDecision,
  getDecision,
  listDecisions,
  recordPersonDecision,
  renameDecision,
} from './db/decision-repository.js';
import { refreshDecisions } from './decisions/decision-refresh.js';
import { writeRebuildKit } from './rebuild-kits/rebuild-kit.js';
import { writeConversationExport } from './output/conversation-export-writer.js';
import { listGeneratedFiles } from './db/generated-file-repository.js';
import { listProjects, nameProject, PROJECT_NAMES, projectNames } from './db/project-repository.js';
import { listSources } from './db/source-repository.js';
import type { DecisionView } from '../../src-shared/model/decision.js';
import { forgetFolderTree, indexedRoots } from './db/local-file-repository.js';
import type { RelinkSummary } from '../../src-shared/model/link.js';
import { acceptLink, rejectLink, unlinkUpload } from './relink/link-decisions.js';
import { relink } from './relink/relinker.js';
import { defaultScanRoots } from './os-folders/scan-roots.js';
import { defaultDownloadsFolder } from './os-folders/downloads-folder.js';
import type { ImportJob } from '../../src-shared/model/import-job.js';

export interface ArchiveService extends ArchiveApi {
  /** The background import queue, for composition roots that watch folders or take drops. */
  readonly imports: ImportQueue;
  /** Whether Archivist has never imported nor offered anything: exports found now are offered. */
  isFirstRun(): boolean;
  /** The folders to watch for exports: the settings' choice, else the OS Downloads folder. */
  watchedFolders(): string[];
  /**
   * At start-up: the folders already indexed are rescanned (only what changed is read) and every link
   * re-checked, so files moved or deleted meanwhile are found again or marked missing. Null when no
   * index has been built yet.
   */
  refreshLinks(): Promise<RelinkSummary | null>;
  /** Stops the queue (the running import keeps its last batch and resumes next time), then closes. */
  close(): Promise<void>;
}

/** What the desktop shell can do with a person's file; absent where nothing may be opened (CLI, serve). */
export interface FileShell {
  openPath(path: string): Promise<void>;
  showItemInFolder(path: string): void;
}

export interface ArchiveServiceDeps {
  readonly dataFolder: string;
  readonly db: ArchiveDb;
  readonly blobs: BlobStore;
  readonly keptExports: KeptExports;
  readonly journal: PersonJournal;
  readonly imports: ImportQueue;
  readonly publish: PublishArchiveEvent;
  readonly shell?: FileShell;
}

/** The service over an archive already opened (see open-archive.ts, the composition root). */
export function createArchiveService(deps: ArchiveServiceDeps): ArchiveService {
  const { db, blobs, keptExports, journal, imports, publish } = deps;
  const archiveFile = archiveFileIn(deps.dataFolder);
  const note = (...entries: JournalEntry[]) => journal.append(entries);
  const saveSetting = (key: string, value: unknown) => {
    writeSetting(db, key, value);
    note({ op: 'setting', key, value });
  };
  const settings = () => ({ keepExports: readSetting<boolean>(db, KEEP_EXPORTS) !== false });
  const linkVerdict = (artifactId: number, verdict: 'accept' | 'reject' | 'unlink', path?: string) => {
    const upload = artifactKeyOf(db, artifactId);
    if (upload) note({ op: 'link', upload, verdict, ...(path !== undefined ? { path: resolve(path) } : {}) });
  };
  const scanRoots = () => readSetting<string[]>(db, SCAN_ROOTS) ?? defaultScanRoots();
  const linksOfUpload = (artifactId: number) => listLinks(db, { artifactId });
  // Only a file linked to an upload is ever opened: never a path the caller names.
  const linkedOriginal = (artifactId: number): string => {
    const linked = listLinks(db, { artifactId, status: 'linked' })[0]?.path;
    if (!linked) throw new AppError('not-found', `Upload ${artifactId} has no linked original.`);
    if (!existsSync(linked))
      throw new AppError('file-not-found', `${linked} is no longer there; run relink to look for it.`);
    return linked;
  };
  const shell = (what: 'open' | 'reveal'): FileShell => {
    if (!deps.shell) {
      throw new AppError(
        'not-available',
        `Files can only be ${what === 'open' ? 'opened' : 'shown in their folder'} from the desktop app.`,
      );
    }
    return deps.shell;
  };
  const job = (found: ImportJob | null, id: number): ImportJob => {
    if (!found) throw new AppError('not-found', `No import job ${id}.`);
    return found;
  };

  const api: ArchiveApi = {
    async importExport({ path, verify }) {
      // Through the one queue, so that it never runs alongside another import into this archive.
      const queued = imports.enqueue(resolve(path), 'cli', { verify: verify ?? false });
      return imports.whenFinished(queued.id);
    },
    async getStats() {
      // Decisions of conversations imported since the last look are counted too (quick when none are).
      refreshDecisions(db);
      const kept = keptExports.list();
      return {
        ...archiveStats(db),
        keptExports: { count: kept.length, bytes: kept.reduce((sum, one) => sum + one.bytes, 0) },
      };
    },
    async listConversations(query) {
      return listConversations(db, query);
    },
    async getConversation({ id, branch }) {
      const detail = getConversationDetail(db, id, branch ?? 1);
      if (!detail) throw new AppError('not-found', `No conversation with id "${id}" in the archive.`);
      return detail;
    },
    async readConversation() {
      throw new AppError('not-available', 'readConversation is not built yet');
    },
    async search(query) {
      return searchArchive(db, query);
    },
    async listArtifacts(query) {
      return listArtifacts(db, query);
    },
    async enqueueImport({ path }) {
      return imports.enqueue(resolve(path), 'drop');
    },
    async listImportJobs() {
      return listJobs(db);
    },
    async cancelImport({ id }) {
      return job(imports.cancel(id), id);
    },
    async acceptImport({ id }) {
      const existing = job(getJob(db, id), id);
      const accepted = imports.accept(id);
      if (!accepted)
        throw new AppError('invalid-input', `Import job ${id} is ${existing.status}, not offered.`);
      return accepted;
    },
    async retryImport({ id }) {
      const existing = job(getJob(db, id), id);
      const retried = imports.retry(id);
      if (!retried) {
        throw new AppError(
          'invalid-input',
          `Import job ${id} is ${existing.status}; only failed or cancelled jobs can be retried.`,
        );
      }
      return retried;
    },
    async relink({ roots, crossDevices }) {
      return relink(db, {
        roots: roots?.map((root) => resolve(root)) ?? scanRoots(),
        crossDevices: crossDevices ?? false,
        onProgress: (progress) => publish('relinkProgressed', progress),
      });
    },
    async listLinks(query) {
      return listLinks(db, query);
    },
    async acceptLink({ artifactId, path }) {
      await acceptLink(db, artifactId, path);
      linkVerdict(artifactId, 'accept', path);
      return linksOfUpload(artifactId);
    },
    async rejectLink({ artifactId, path }) {
      rejectLink(db, artifactId, path);
      linkVerdict(artifactId, 'reject', path);
      return linksOfUpload(artifactId);
    },
    async unlinkUpload({ artifactId }) {
      unlinkUpload(db, artifactId);
      linkVerdict(artifactId, 'unlink');
      return linksOfUpload(artifactId);
    },
    async listDecisions(query) {
      refreshDecisions(db);
      return listDecisions(db, query);
    },
    async updateDecision({ id, title, dismissed }) {
      const decision = decisionKeyOf(db, id);
      if (!decision) throw new AppError('not-found', `No decision ${id} in the archive.`);
      db.transaction(() => {
        if (title !== undefined) renameDecision(db, id, title);
        if (dismissed !== undefined) dismissDecision(db, id, dismissed);
      })();
      note({
        op: 'decision-edit',
        decision,
        ...(title !== undefined ? { title } : {}),
        ...(dismissed !== undefined ? { dismissed } : {}),
      });
      return getDecision(db, id) as DecisionView;
    },
    async addDecision(decision) {
      if (!conversationExists(db, decision.conversationId)) {
        throw new AppError(
          'not-found',
          `No conversation with id "${decision.conversationId}" in the archive.`,
        );
      }
      const id = db.transaction(() => recordPersonDecision(db, decision))();
      const made = getDecision(db, id) as DecisionView;
      note({
        op: 'decision-add',
        conversationId: made.conversationId,
        title: decision.title,
        chosen: made.chosen,
        alternatives: made.alternatives,
        messageIds: made.messageIds,
      });
      return getDecision(db, id) as DecisionView;
    },
    async listSources() {
      return listSources(db);
    },
    async listGeneratedFiles() {
      return listGeneratedFiles(db);
    },
    async listProjects() {
      return listProjects(db);
    },
    async nameProject({ id, name }) {
      nameProject(db, id, name);
      note({ op: 'setting', key: PROJECT_NAMES, value: projectNames(db) });
      return listProjects(db);
    },
    async exportConversations(input) {
      return writeConversationExport(db, blobs, input);
    },
    async writeRebuildKit({ conversationId, folder }) {
      return writeRebuildKit(db, blobs, conversationId, folder);
    },
    async timeline(query) {
      // Decisions of conversations imported since the last look are read first (quick when none are).
      refreshDecisions(db);
      return timelinePage(db, query);
    },
    async timelineDensity(query) {
      refreshDecisions(db);
      return timelineDensity(db, query);
    },
    async openOriginal({ artifactId }) {
      const path = linkedOriginal(artifactId);
      await shell('open').openPath(path);
      return { path };
    },
    async revealOriginal({ artifactId }) {
      const path = linkedOriginal(artifactId);
      shell('reveal').showItemInFolder(path);
      return { path };
    },
    async listScanRoots() {
      return scanRoots();
    },
    async addScanRoot({ path }) {
      const roots = new Set(scanRoots());
      roots.add(resolve(path));
      saveSetting(SCAN_ROOTS, [...roots]);
      return [...roots];
    },
    async removeScanRoot({ path }) {
      const roots = scanRoots().filter((root) => root !== resolve(path));
      saveSetting(SCAN_ROOTS, roots);
      forgetFolderTree(db, resolve(path));
      return roots;
    },
    async getSettings() {
      return settings();
    },
    async updateSettings({ keepExports }) {
      if (keepExports !== undefined) saveSetting(KEEP_EXPORTS, keepExports);
      return settings();
    },
  };

  return {
    ...guardStorage(api, archiveFile),
    imports,
    async refreshLinks() {
      const roots = indexedRoots(db);
      return roots.length > 0 ? relink(db, { roots }) : null;
    },
    isFirstRun() {
      return isFirstRun(db);
    },
    watchedFolders() {
      const chosen = readSetting<string[]>(db, WATCHED_FOLDERS);
      return chosen && chosen.length > 0 ? chosen : [defaultDownloadsFolder()];
    },
    async close() {
      await imports.stop();
      db.close();
    },
  };
}

/** Every method reports a full disk or a damaged archive file as such, with the file named. */
function guardStorage(api: ArchiveApi, archiveFile: string): ArchiveApi {
  const guarded: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api) as [string, (input: unknown) => Promise<unknown>][]) {
    guarded[name] = async (input: unknown) => {
      try {
        return await method(input);
      } catch (error) {
        throw storageFailure(error, archiveFile);
      }
    };
  }
  return guarded as unknown as ArchiveApi;
}
