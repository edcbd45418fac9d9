// `archivist rebuild <conversationId> --out DIR`: a Code Interpreter conversation's rebuild kit.

import { AppError } from '../../../src-shared/contract/app-error.js';
import { describeRebuildKit } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const rebuildKitCommand: CliCommand = async ({ args, api }) => {
  const conversationId = args.operands[0];
  const folder = args.options.out;
  if (!conversationId || !folder) {
    throw new AppError('invalid-input', 'Usage: archivist rebuild <conversationId> --out DIR.');
  }
  const kit = await api.writeRebuildKit({ conversationId, folder });
  return answer(kit, describeRebuildKit(kit));
};
