// Every cached answer lives under one of these keys, so an event can say which views are stale.

export const archiveKeys = {
  all: ['archive'] as const,
  timeline: ['archive', 'timeline'] as const,
  search: ['archive', 'search'] as const,
  conversation: ['archive', 'conversation'] as const,
  overview: ['archive', 'overview'] as const,
  importJobs: ['archive', 'overview', 'import-jobs'] as const,
};
