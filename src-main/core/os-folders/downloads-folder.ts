// The operating system's Downloads folder, where browsers save ChatGPT exports: on Linux the one
// xdg-user-dirs names (it may be localised, e.g. ~/Téléchargements), elsewhere ~/Downloads.

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the window's rebuild kits go, inside Downloads (rebuild-kits/kit-folder.ts). */
export const REBUILD_KITS_FOLDER_NAME = 'Archivist rebuild kits';

export function defaultDownloadsFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env['ARCHIVIST_DOWNLOADS']) return env['ARCHIVIST_DOWNLOADS'];
  if (platform === 'linux') {
    const configured = env['XDG_DOWNLOAD_DIR'] ?? xdgUserDir(env, home);
    if (configured) return configured;
  }
  return join(home, 'Downloads');
}

function xdgUserDir(env: NodeJS.ProcessEnv, home: string): string | null {
  try {
    const file = join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'user-dirs.dirs');
    const match = /^XDG_DOWNLOAD_DIR="(.*)"$/m.exec(readFileSync(file, 'utf8'));
    return match?.[1] ? match[1].replace(/^\$HOME/, home) : null;
  } catch {
    return null;
  }
}
