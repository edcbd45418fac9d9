// `archivist relink [--root DIR]...`: look for the originals of uploaded files on this disk.

import { describeRelink } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const relinkCommand: CliCommand = async ({ args: { options }, api }) => {
  const summary = await api.relink({
    ...(options.roots.length > 0 ? { roots: options.roots } : {}),
    crossDevices: options.crossDevices,
  });
  return answer(summary, describeRelink(summary));
};
