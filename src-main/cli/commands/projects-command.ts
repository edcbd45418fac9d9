// `archivist projects [name <id> <name>]`: projects and custom GPTs, and naming one.

import { describeProjects } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const projectsCommand: CliCommand = async ({ args, api }) => {
  const [verb, id, ...name] = args.operands;
  const projects =
    verb === 'name' && id && name.length > 0
      ? await api.nameProject({ id, name: name.join(' ') })
      : await api.listProjects({});
  return answer(projects, describeProjects(projects));
};
