// A setting the person chose is written to the archive and to the journal in one step, so that a
// rebuilt archive keeps it, and open views hear of it.

import { writeSetting } from '../db/settings-repository.js';
import type { ServiceDeps } from '../service-deps.js';

export function saveSetting(
  { db, note, changed }: Pick<ServiceDeps, 'db' | 'note' | 'changed'>,
  key: string,
  value: unknown,
): void {
  writeSetting(db, key, value);
  note({ op: 'setting', key, value });
  changed('settings');
}
