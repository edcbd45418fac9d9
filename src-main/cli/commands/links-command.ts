// `archivist links [--status S]` lists uploads and the files found for them; `archivist link
// accept|reject <artifactId> <path>` and `link unlink <artifactId>` settle them.

import { AppError } from '../../../src-shared/contract/app-error.js';
import { describeLinks } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';
import { linkStatus } from './cli-option-values.js';

export const linksCommand: CliCommand = async ({ args: { options }, api }) => {
  const links = await api.listLinks({ status: linkStatus(options.status) });
  return answer(links, describeLinks(links, options.status));
};

const LINK_USAGE = 'Usage: archivist link accept|reject <artifactId> <path>, or link unlink <artifactId>.';

export const linkCommand: CliCommand = async ({ args, api }) => {
  const [verb, id, path] = args.operands;
  const artifactId = Number(id);
  if (!Number.isInteger(artifactId) || artifactId < 1) throw new AppError('invalid-input', LINK_USAGE);
  let links;
  if (verb === 'unlink') links = await api.unlinkUpload({ artifactId });
  else if (verb === 'accept' && path) links = await api.acceptLink({ artifactId, path });
  else if (verb === 'reject' && path) links = await api.rejectLink({ artifactId, path });
  else throw new AppError('invalid-input', LINK_USAGE);
  return answer(links, describeLinks(links));
};
