// `archivist settings [keep-exports on|off]`: the person's settings, and changing one.

import { AppError } from '../../../src-shared/contract/app-error.js';
import { answer, type CliCommand } from './cli-command.js';

export const settingsCommand: CliCommand = async ({ args, api }) => {
  const [name, value] = args.operands;
  let settings;
  if (name === undefined) settings = await api.getSettings({});
  else if (name === 'keep-exports' && (value === 'on' || value === 'off')) {
    settings = await api.updateSettings({ keepExports: value === 'on' });
  } else {
    throw new AppError('invalid-input', 'Usage: archivist settings [keep-exports on|off].');
  }
  const keeping = settings.keepExports ? 'on (each imported export is kept in the data folder)' : 'off';
  return answer(settings, `keep-exports: ${keeping}\nwatching: ${settings.watchedFolders.join(', ')}`);
};
