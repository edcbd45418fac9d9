// `archivist conversations`: every conversation, newest first.

import { describeConversations } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const conversationsCommand: CliCommand = async ({ args: { options }, api }) => {
  const list = await api.listConversations({
    account: options.account,
    limit: options.limit,
    offset: options.offset,
  });
  return answer(list, describeConversations(list));
};
