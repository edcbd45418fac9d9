// What a written rebuild kit holds, in one sentence a person reads at a glance: the folder it is in,
// what came back of the files the session used, and how many outputs the script should make again.
// The whole path is shown apart from the sentence, where it can be read and copied.

import type { RebuildKitReport } from '../../../src-shared/model/rebuild-kit.js';

function counted(count: number, one: string, many: string): string {
  return `${count === 0 ? 'no' : count} ${count === 1 ? one : many}`;
}

export function rebuildKitSummary(report: RebuildKitReport): string {
  const statuses = (['copied', 'recovered', 'missing'] as const)
    .map((status) => ({ status, count: report.inputs.filter((input) => input.status === status).length }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => (status === 'recovered' ? `${count} from the export` : `${count} ${status}`));
  const inputs = counted(report.inputs.length, 'input file', 'input files');
  const outputs = counted(report.outputsExpected.length, 'output', 'outputs');
  return `Rebuild kit “${folderName(report.folder)}” written: ${inputs}${statuses.length > 0 ? ` (${statuses.join(', ')})` : ''}, ${outputs} to reproduce`;
}

/** The last part of a folder's path, on any system the archive's shell runs on. */
export function folderName(folder: string): string {
  return (
    folder
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .at(-1) ?? folder
  );
}
