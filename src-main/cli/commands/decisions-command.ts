// `archivist decisions`: what the person decided, across their conversations.

import { describeDecisions } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const decisionsCommand: CliCommand = async ({ args, api }) => {
  const decisions = await api.listDecisions({ conversationId: args.options.conversation });
  return answer(decisions, describeDecisions(decisions));
};
