// `archivist export <conversationId>|--all --format md|html|json --out DIR`: conversations as documents.

import { AppError } from '../../../src-shared/contract/app-error.js';
import { answer, type CliCommand } from './cli-command.js';
import { exportFormat } from './cli-option-values.js';

export const exportCommand: CliCommand = async ({ args: { operands, options }, api }) => {
  const conversationId = operands[0];
  const folder = options.out;
  if ((!conversationId && !options.all) || !folder) {
    throw new AppError(
      'invalid-input',
      'Usage: archivist export <conversationId>|--all --format md|html|json --out DIR.',
    );
  }
  const format = exportFormat(options.format);
  const written = await api.writeConversations({ conversationId, all: options.all, format, folder });
  return answer(
    written,
    [`Wrote to ${written.folder}:`, ...written.files.map((file) => `  ${file}`)].join('\n'),
  );
};
