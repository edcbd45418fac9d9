// The settings methods of ArchiveApi: what the person chose about how Archivist keeps their archive,
// and which folders it watches for new exports.

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { ArchiveSettings } from '../../../src-shared/model/settings.js';
import { LAUNCH_AT_LOGIN, readSetting, WATCHED_FOLDERS } from '../db/settings-repository.js';
import { watchedFolders } from '../watch/watched-folders.js';
import { KEEP_EXPORTS } from '../safekeeping/safekeeping-settings.js';
import type { ServiceDeps } from '../service-deps.js';
import { folderListSetting } from './chosen-folders.js';
import { saveSetting } from './saved-setting.js';

export function settingsHandlers(
  deps: ServiceDeps,
): Pick<
  ArchiveApi,
  'getSettings' | 'updateSettings' | 'listWatchedFolders' | 'addWatchedFolder' | 'removeWatchedFolder'
> {
  const settings = (): ArchiveSettings => ({
    keepExports: readSetting<boolean>(deps.db, KEEP_EXPORTS) !== false,
    watchedFolders: watchedFolders(deps.db, deps.downloadsFolder),
    launchAtLogin: readSetting<boolean>(deps.db, LAUNCH_AT_LOGIN) === true,
  });
  const watched = folderListSetting(deps, WATCHED_FOLDERS, () => [deps.downloadsFolder()]);
  return {
    async getSettings() {
      return settings();
    },
    async updateSettings({ keepExports, launchAtLogin }) {
      if (keepExports !== undefined) saveSetting(deps, KEEP_EXPORTS, keepExports);
      if (launchAtLogin !== undefined) saveSetting(deps, LAUNCH_AT_LOGIN, launchAtLogin);
      return settings();
    },
    async listWatchedFolders() {
      return watched.list();
    },
    async addWatchedFolder({ path }) {
      return watched.add(path);
    },
    async removeWatchedFolder({ id }) {
      return watched.remove(id).list;
    },
  };
}
