// The ArchiveApi methods a person browses with: the archive's totals, conversations, search, and the
// artifacts, sources, generated files and projects found in them.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import { listAccounts } from '../db/account-repository.js';
import { listArtifacts } from '../db/artifact-repository.js';
import { getConversationDetail, listConversations } from '../db/conversation-repository.js';
import { listGeneratedFiles } from '../db/generated-file-repository.js';
import { listProjects, nameProject, PROJECT_NAMES, projectNames } from '../db/project-repository.js';
import { searchArchive } from '../db/search-repository.js';
import { listSources } from '../db/source-repository.js';
import type { ServiceDeps } from '../service-deps.js';
import { statsHandlers } from './stats-handlers.js';

type BrowseHandlers = Pick<
  ArchiveApi,
  | 'getStats'
  | 'listConversations'
  | 'getConversation'
  | 'search'
  | 'listArtifacts'
  | 'listSources'
  | 'listGeneratedFiles'
  | 'listProjects'
  | 'listAccounts'
  | 'nameProject'
>;

export function browseHandlers({ db, keptExports, note, changed }: ServiceDeps): BrowseHandlers {
  return {
    ...statsHandlers({ db, keptExports }),
    async listConversations(query) {
      return listConversations(db, query);
    },
    async getConversation({ id, branch }) {
      const detail = getConversationDetail(db, id, branch ?? 1);
      if (!detail) throw new AppError('not-found', `No conversation with id "${id}" in the archive.`);
      return detail;
    },
    async search(query) {
      return searchArchive(db, query);
    },
    async listArtifacts(query) {
      return listArtifacts(db, query);
    },
    async listSources() {
      return listSources(db);
    },
    async listGeneratedFiles() {
      return listGeneratedFiles(db);
    },
    async listAccounts() {
      return listAccounts(db);
    },
    async listProjects() {
      return listProjects(db);
    },
    async nameProject({ id, name }) {
      nameProject(db, id, name);
      note({ op: 'setting', key: PROJECT_NAMES, value: projectNames(db) });
      changed('projects');
      return listProjects(db);
    },
  };
}
