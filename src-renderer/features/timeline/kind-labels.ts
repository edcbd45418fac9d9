// What each kind of thing is called where a person reads it (filters, cards, search).

import type { TimelineKind } from '../../../src-shared/model/timeline.js';

export const KIND_LABELS: Readonly<Record<TimelineKind, string>> = {
  conversation: 'Conversations',
  decision: 'Decisions',
  upload: 'Uploads',
  image_generation: 'Generated images',
  code: 'Code runs',
  code_output: 'Code output',
  generated_file: 'Lost files',
  citation: 'Sources',
  canvas: 'Canvases',
  audio: 'Voice',
};
