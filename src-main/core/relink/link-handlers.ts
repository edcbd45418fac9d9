// The relinking methods of ArchiveApi: where to look for originals, the scan itself, and the person's
// verdicts on what it found (journalled, so a rebuilt archive keeps them). Only a file linked to an
// upload is ever opened or shown: never a path the caller names.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import { artifactKeyOf } from '../db/artifact-repository.js';
import { listLinks } from '../db/link-repository.js';
import { forgetFolderTree } from '../db/local-file-repository.js';
import { SCAN_ROOTS } from '../db/settings-repository.js';
import { defaultScanRoots } from '../os-folders/scan-roots.js';
import { folderListSetting } from '../settings/chosen-folders.js';
import type { FileShell, ServiceDeps } from '../service-deps.js';
import { acceptLink, rejectLink, unlinkUpload } from './link-decisions.js';
import { relink } from './relinker.js';

type LinkHandlers = Pick<
  ArchiveApi,
  | 'relink'
  | 'listLinks'
  | 'acceptLink'
  | 'rejectLink'
  | 'unlinkUpload'
  | 'openOriginal'
  | 'revealOriginal'
  | 'listScanRoots'
  | 'addScanRoot'
  | 'removeScanRoot'
>;

export function linkHandlers(deps: ServiceDeps): LinkHandlers {
  const { db, note, changed, publish } = deps;
  const roots = folderListSetting(deps, SCAN_ROOTS, () => defaultScanRoots());
  const scanRoots = () => roots.list().folders.map((folder) => folder.path);
  const verdict = (artifactId: number, kind: 'accept' | 'reject' | 'unlink', path?: string) => {
    const upload = artifactKeyOf(db, artifactId);
    if (upload)
      note({ op: 'link', upload, verdict: kind, ...(path !== undefined ? { path: resolve(path) } : {}) });
    changed('links');
    return listLinks(db, { artifactId });
  };
  const linkedOriginal = (artifactId: number): string => {
    const linked = listLinks(db, { artifactId, status: 'linked' })[0]?.path;
    if (!linked) throw new AppError('not-found', `Upload ${artifactId} has no linked original.`);
    if (!existsSync(linked))
      throw new AppError('file-not-found', `${linked} is no longer there; run relink to look for it.`);
    return linked;
  };
  const shell = (what: 'open' | 'reveal'): FileShell => {
    if (!deps.shell) {
      throw new AppError(
        'not-available',
        `Files can only be ${what === 'open' ? 'opened' : 'shown in their folder'} from the desktop app.`,
      );
    }
    return deps.shell;
  };

  return {
    async relink({ roots: named, crossDevices }) {
      const summary = await relink(db, {
        roots: named?.map((root) => resolve(root)) ?? scanRoots(),
        crossDevices: crossDevices ?? false,
        onProgress: (progress) => publish('relinkProgressed', progress),
      });
      changed('links');
      return summary;
    },
    async listLinks(query) {
      return listLinks(db, query);
    },
    async acceptLink({ artifactId, path }) {
      await acceptLink(db, artifactId, path);
      return verdict(artifactId, 'accept', path);
    },
    async rejectLink({ artifactId, path }) {
      rejectLink(db, artifactId, path);
      return verdict(artifactId, 'reject', path);
    },
    async unlinkUpload({ artifactId }) {
      unlinkUpload(db, artifactId);
      return verdict(artifactId, 'unlink');
    },
    async openOriginal({ artifactId }) {
      const path = linkedOriginal(artifactId);
      await shell('open').openPath(path);
      return { path };
    },
    async revealOriginal({ artifactId }) {
      const path = linkedOriginal(artifactId);
      shell('reveal').showItemInFolder(path);
      return { path };
    },
    async listScanRoots() {
      return roots.list();
    },
    async addScanRoot({ path }) {
      return roots.add(path);
    },
    async removeScanRoot({ id }) {
      const { list, removed } = roots.remove(id);
      forgetFolderTree(db, removed);
      return list;
    },
  };
}
