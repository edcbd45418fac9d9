// `archivist search <words>`: full-text search with the filters of the window's search box.

import { AppError } from '../../../src-shared/contract/app-error.js';
import { describeSearch } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';
import { artifactKind } from './cli-option-values.js';

export const searchCommand: CliCommand = async ({ args: { operands, options }, api }) => {
  const text = operands.join(' ');
  if (text.trim() === '') {
    throw new AppError(
      'invalid-input',
      'Say what to search for: archivist search <words> ("exact phrase", prefix*, -leave-out, OR).',
    );
  }
  const result = await api.search({
    text,
    limit: options.limit,
    offset: options.offset,
    kind: artifactKind(options.kind),
    role: options.role,
    from: options.from,
    to: options.to,
    account: options.account,
    project: options.project,
    conversationId: options.conversation,
  });
  return answer(result, describeSearch(result, process.stdout.isTTY === true));
};
