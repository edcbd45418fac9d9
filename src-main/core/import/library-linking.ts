// Files of the export's library (the gallery of uploads and generated images) are matched to the
// artifacts the messages mention, filling in what those lack; a file no message mentions becomes an
// artifact of its conversation, so that nothing the export carried goes unseen.

import type { ArchiveDb } from '../db/archive-db.js';
import {
  addLibraryArtifact,
  fillArtifactFromLibrary,
  libraryFilesInArchive,
  pointingArtifacts,
} from '../db/library-repository.js';
import { pointerId } from '../chatgpt-export/asset-resolver.js';
import { libraryArtifactKind } from '../chatgpt-export/library-files.js';

/** Returns how many artifacts were added. */
export function attachLibraryFiles(db: ArchiveDb): number {
  let added = 0;
  for (const row of libraryFilesInArchive(db)) {
    const wanted = row.file_id.toLowerCase();
    const same = pointingArtifacts(db, row.conversation_id).find(
      (artifact) => pointerId(artifact.asset_pointer).toLowerCase() === wanted,
    );
    if (same) {
      fillArtifactFromLibrary(db, same.id, row);
      continue;
    }
    addLibraryArtifact(
      db,
      row,
      libraryArtifactKind({ category: row.category, imageGenId: row.image_gen_id }),
    );
    added += 1;
  }
  return added;
}
