// `archivist artifacts`: uploads, images, code, outputs, sources…, with where each one's bytes are.

import { describeArtifacts } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';
import { artifactKind } from './cli-option-values.js';

export const artifactsCommand: CliCommand = async ({ args: { options }, api }) => {
  const list = await api.listArtifacts({
    kind: artifactKind(options.kind),
    conversationId: options.conversation,
    limit: options.limit,
    offset: options.offset,
  });
  return answer(list, describeArtifacts(list));
};
