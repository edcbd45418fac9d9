// `archivist import [--verify] <zip-or-folder>...`: each export in turn, its report said as it lands.

import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ImportReport } from '../../../src-shared/model/import-report.js';
import { describeImport } from '../human-output.js';
import { answer, type CliCommand } from './cli-command.js';

export const importCommand: CliCommand = async ({ args, api, bar, say }) => {
  if (args.operands.length === 0) throw new AppError('invalid-input', 'Name at least one export to import.');
  const reports: ImportReport[] = [];
  for (const path of args.operands) {
    const report = await api.importExport({ path, ...(args.options.verify ? { verify: true } : {}) });
    bar.clear();
    say(describeImport(report));
    reports.push(report);
  }
  return answer(
    reports,
    '',
    reports.every((report) => report.status !== 'failed'),
  );
};
