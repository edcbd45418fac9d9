// A fresh folder per test under the OS temp dir, removed afterwards; or, for folders a whole suite
// shares (an archive a server keeps open across tests), removed after the suite.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

export function useTempFolders(lifetime: 'test' | 'suite' = 'test'): (label?: string) => string {
  const made: string[] = [];
  (lifetime === 'suite' ? afterAll : afterEach)(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (label = 'archivist') => {
    const dir = mkdtempSync(join(tmpdir(), `${label}-`));
    made.push(dir);
    return dir;
  };
}
