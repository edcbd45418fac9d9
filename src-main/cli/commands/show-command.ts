// `archivist show <conversationId> [--branch N]`: one conversation's thread, or another branch of it.

import { AppError } from '../../../src-shared/contract/app-error.js';
import { describeConversation } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const showCommand: CliCommand = async ({ args, api }) => {
  const id = args.operands[0];
  if (!id)
    throw new AppError('invalid-input', 'Name the conversation to show: archivist show <conversationId>.');
  const branch = args.options.branch;
  const detail = await api.getConversation({ id, ...(branch !== undefined ? { branch } : {}) });
  return answer(detail, describeConversation(detail));
};
