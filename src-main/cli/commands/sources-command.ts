// `archivist sources`: every web source the answers cited, once, with the conversations citing it.

import { describeSources } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const sourcesCommand: CliCommand = async ({ api }) => {
  const sources = await api.listSources({});
  return answer(sources, describeSources(sources));
};
