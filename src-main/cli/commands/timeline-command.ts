// `archivist timeline`: conversations, decisions and artifacts in time order, a page at a time.

import { describeTimeline } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';
import { timelineKinds } from './cli-option-values.js';

export const timelineCommand: CliCommand = async ({ args: { options }, api }) => {
  const page = await api.timeline({
    from: options.from,
    to: options.to,
    kinds: timelineKinds(options.kinds),
    account: options.account,
    project: options.project,
    limit: options.limit,
    cursor: options.cursor,
  });
  const asked = { from: options.from, to: options.to, kinds: options.kinds, project: options.project };
  return answer(page, describeTimeline(page, asked));
};
