// What an `archiveChanged` event says changed, so that a view reads again only what it shows.

export const ARCHIVE_CHANGES = ['conversations', 'decisions', 'links', 'projects', 'settings'] as const;
export type ArchiveChange = (typeof ARCHIVE_CHANGES)[number];
