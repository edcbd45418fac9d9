// `archivist stats`: what the archive holds, and the disk its kept exports take.

import { describeStats } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const statsCommand: CliCommand = async ({ api }) => {
  const stats = await api.getStats({});
  return answer(stats, describeStats(stats));
};
