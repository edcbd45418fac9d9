// The settings methods of ArchiveApi: what the person chose about how Archivist keeps their archive.

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { ArchiveSettings } from '../../../src-shared/model/settings.js';
import { LAUNCH_AT_LOGIN, readSetting } from '../db/settings-repository.js';
import { watchedFolders } from '../watch/watched-folders.js';
import { KEEP_EXPORTS } from '../safekeeping/safekeeping-settings.js';
import type { ServiceDeps } from '../service-deps.js';
import { saveSetting } from './saved-setting.js';

export function settingsHandlers(deps: ServiceDeps): Pick<ArchiveApi, 'getSettings' | 'updateSettings'> {
  const settings = (): ArchiveSettings => ({
    keepExports: readSetting<boolean>(deps.db, KEEP_EXPORTS) !== false,
    watchedFolders: watchedFolders(deps.db),
    launchAtLogin: readSetting<boolean>(deps.db, LAUNCH_AT_LOGIN) === true,
  });
  return {
    async getSettings() {
      return settings();
    },
    async updateSettings({ keepExports, launchAtLogin }) {
      if (keepExports !== undefined) saveSetting(deps, KEEP_EXPORTS, keepExports);
      if (launchAtLogin !== undefined) saveSetting(deps, LAUNCH_AT_LOGIN, launchAtLogin);
      return settings();
    },
  };
}
