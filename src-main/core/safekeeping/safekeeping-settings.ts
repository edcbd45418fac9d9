// The settings of safekeeping, by the key they are stored under.

/** Whether each imported export is kept in the data folder (default: yes). */
export const KEEP_EXPORTS = 'safekeeping.keepExports';
