// The sentence the window shows once a rebuild kit is written: the folder it went to, what came back
// of the session's input files, and how many outputs the script should make again.

import { describe, expect, it } from 'vitest';
import type { RebuildKitReport } from '../../../src-shared/model/rebuild-kit.js';
import {
  folderName,
  rebuildKitSummary,
} from '../../../src-renderer/features/rebuild-kits/rebuild-kit-summary.js';

function report(statuses: ('copied' | 'recovered' | 'missing')[], outputs: string[]): RebuildKitReport {
  return {
    folder: '/home/ana/Downloads/Archivist rebuild kits/Sales (67a1b2c3)',
    files: ['script.py', 'notebook.ipynb', 'RESTART.md'],
    codeCells: 4,
    inputs: statuses.map((status, index) => ({ name: `input-${index}.csv`, status, from: null })),
    outputsExpected: outputs,
  };
}

describe('rebuildKitSummary', () => {
  it('names the folder the kit went to and says what it holds', () => {
    expect(rebuildKitSummary(report(['copied', 'missing', 'copied'], ['a.png', 'b.csv']))).toBe(
      'Rebuild kit “Sales (67a1b2c3)” written: 3 input files (2 copied, 1 missing), 2 outputs to reproduce',
    );
  });

  it('names a folder by the last part of its path, on Windows too', () => {
    expect(folderName('C:\\Users\\ana\\Downloads\\Archivist rebuild kits\\Sales (67a1b2c3)')).toBe(
      'Sales (67a1b2c3)',
    );
    expect(folderName('/home/ana/kits/Sales/')).toBe('Sales');
  });

  it('counts one and none in words', () => {
    expect(rebuildKitSummary(report(['recovered'], ['a.png']))).toMatch(
      /: 1 input file \(1 from the export\), 1 output to reproduce$/,
    );
    expect(rebuildKitSummary(report([], []))).toMatch(/: no input files, no outputs to reproduce$/);
  });
});
