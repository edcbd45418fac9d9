// `archivist settings`: the person's settings, and changing one: keeping exports, and the folders
// watched for exports and looked through for originals (named by path here; the archive removes a
// folder by the id it lists it with).

import { resolve } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { FolderList } from '../../../src-shared/model/settings.js';
import { answer, type CliCommand, type CommandOutput } from './cli-command.js';

const USAGE =
  'Usage: archivist settings [keep-exports on|off | watch-folder add|remove <dir> | relink-folder add|remove <dir>].';

/** The contract's methods behind each folder list the command line can change. */
const FOLDER_LISTS = {
  'watch-folder': {
    list: (api: ArchiveApi) => api.listWatchedFolders({}),
    add: (api: ArchiveApi, path: string) => api.addWatchedFolder({ path }),
    remove: (api: ArchiveApi, id: string) => api.removeWatchedFolder({ id }),
    title: 'Watching for exports in',
    usual: ' (Downloads, as no folder of your own is chosen)',
  },
  'relink-folder': {
    list: (api: ArchiveApi) => api.listScanRoots({}),
    add: (api: ArchiveApi, path: string) => api.addScanRoot({ path }),
    remove: (api: ArchiveApi, id: string) => api.removeScanRoot({ id }),
    title: 'Looking for originals in',
    usual: ' (the usual places, as no folder of your own is chosen)',
  },
} as const;

export const settingsCommand: CliCommand = async ({ args, api }) => {
  const [name, value, dir, ...rest] = args.operands;
  if (name === 'watch-folder' || name === 'relink-folder') {
    if ((value !== 'add' && value !== 'remove') || dir === undefined || rest.length > 0) {
      throw new AppError('invalid-input', USAGE);
    }
    return changeFolders(api, name, value, resolve(dir));
  }
  let settings;
  if (name === undefined) settings = await api.getSettings({});
  else if (name === 'keep-exports' && (value === 'on' || value === 'off') && dir === undefined) {
    settings = await api.updateSettings({ keepExports: value === 'on' });
  } else {
    throw new AppError('invalid-input', USAGE);
  }
  const roots = await api.listScanRoots({});
  const keeping = settings.keepExports ? 'on (each imported export is kept in the data folder)' : 'off';
  return answer(
    settings,
    [
      `keep-exports: ${keeping}`,
      `watching: ${settings.watchedFolders.join(', ')}`,
      `looking for originals in: ${roots.folders.map((folder) => folder.path).join(', ')}`,
    ].join('\n'),
  );
};

async function changeFolders(
  api: ArchiveApi,
  which: keyof typeof FOLDER_LISTS,
  change: 'add' | 'remove',
  path: string,
): Promise<CommandOutput> {
  const lists = FOLDER_LISTS[which];
  let list: FolderList;
  if (change === 'add') list = await lists.add(api, path);
  else {
    const listed = (await lists.list(api)).folders.find((folder) => folder.path === path);
    if (!listed)
      throw new AppError(
        'not-found',
        `${path} is not in the list; \`archivist settings\` shows the folders listed.`,
      );
    list = await lists.remove(api, listed.id);
  }
  const folders = list.folders.map((folder) => `  ${folder.path}`).join('\n');
  return answer(list, `${lists.title}${list.usual ? lists.usual : ''}:\n${folders}`);
}
