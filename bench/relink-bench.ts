// `npm run bench:relink` (also part of `npm run bench`): indexing a tree of 200,000 files in 2,000
// folders (ARCHIVIST_RELINK_FOLDERS changes the count, 100 files each), rescanning it unchanged, and
// matching 10,000 uploads against the index. The baseline is a plain walk of the same tree (readdir +
// stat, no index), measured in the same run.

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openArchiveDb } from '../src-main/core/db/archive-db.js';
import { relink } from '../src-main/core/relink/relinker.js';
import { scanLocalFiles } from '../src-main/core/relink/local-file-scanner.js';

const FOLDERS = Number(process.env['ARCHIVIST_RELINK_FOLDERS'] ?? 2000);
const out = join(import.meta.dirname, '..', '..', 'bench', 'out', 'relink');
const tree = join(out, `tree-${FOLDERS}`);
const FILES_PER_FOLDER = 100;
const UPLOADS = 10_000;

const fileName = (folder: number, file: number) => `document-${folder}-${file}.pdf`;
const fileSize = (folder: number, file: number) => 100 + ((folder * 131 + file * 7) % 5000);

if (!existsSync(join(tree, 'done'))) {
  console.log(`writing ${(FOLDERS * FILES_PER_FOLDER).toLocaleString('en')} files …`);
  rmSync(tree, { recursive: true, force: true });
  for (let folder = 0; folder < FOLDERS; folder++) {
    const path = join(tree, `area-${folder % 20}`, `folder-${folder}`);
    mkdirSync(path, { recursive: true });
    for (let file = 0; file < FILES_PER_FOLDER; file++) {
      writeFileSync(join(path, fileName(folder, file)), Buffer.alloc(fileSize(folder, file)));
    }
  }
  writeFileSync(join(tree, 'done'), '');
}

/** The same walk the scanner makes (a folder's entries at once, folders one after another), minus the index. */
async function plainWalk(path: string): Promise<number> {
  const entries = await readdir(path, { withFileTypes: true });
  const folders: string[] = [];
  await Promise.all(
    entries.map(async (entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else await stat(full);
    }),
  );
  let files = entries.length - folders.length;
  for (const folder of folders) files += await plainWalk(folder);
  return files;
}

const seconds = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e9, result];
};
const line = (label: string, value: string) => console.log(`${label.padEnd(48)} ${value}`);

const dataFolder = join(out, 'data');
rmSync(dataFolder, { recursive: true, force: true });
const db = openArchiveDb(join(dataFolder, 'archive.sqlite'));
const [walkSeconds, walked] = await seconds(() => plainWalk(tree));
const [firstSeconds, first] = await seconds(() => scanLocalFiles(db, [tree]));
const [againSeconds, again] = await seconds(() => scanLocalFiles(db, [tree]));

// 10,000 uploads: half named like files in the tree (with their size), half like nothing on disk.
db.exec(`INSERT INTO conversations (id, title) VALUES ('bench', 'Uploads')`);
const insert = db.prepare(
  `INSERT INTO artifacts (conversation_id, node_id, ordinal, kind, file_name, size_bytes) VALUES ('bench', 'n', ?, 'upload', ?, ?)`,
);
db.transaction(() => {
  for (let i = 0; i < UPLOADS; i++) {
    const folder = (i * 37) % FOLDERS;
    const file = i % FILES_PER_FOLDER;
    if (i % 2 === 0) insert.run(i, fileName(folder, file), fileSize(folder, file));
    else insert.run(i, `not-on-disk-${i}.docx`, 1000 + i);
  }
})();
const [matchSeconds, summary] = await seconds(() => relink(db, { roots: [] }));
db.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(
  `\nArchivist relink benchmark: ${walked.toLocaleString('en')} files in ${FOLDERS.toLocaleString('en')} folders\n`,
);
line(
  'baseline: plain walk (readdir + stat)',
  `${walkSeconds.toFixed(2)} s, ${Math.round(walked / walkSeconds).toLocaleString('en')} files/s`,
);
line(
  'first scan into the index',
  `${firstSeconds.toFixed(2)} s, ${Math.round(first.filesListed / firstSeconds).toLocaleString('en')} files/s, ${(firstSeconds / walkSeconds).toFixed(2)}× the plain walk, peak RSS ${peakRssMb.toFixed(0)} MB`,
);
line(
  'rescan, nothing changed',
  `${againSeconds.toFixed(2)} s, ${((againSeconds / firstSeconds) * 100).toFixed(1)}% of the first scan (budget < 10%), ${again.foldersListed} folders listed`,
);
line(
  `matching ${UPLOADS.toLocaleString('en')} uploads`,
  `${matchSeconds.toFixed(2)} s (budget < 1 s): ${summary.linked} linked, ${summary.unlinked} not found`,
);
