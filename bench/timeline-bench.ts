// `npm run bench:timeline` (also part of `npm run bench`): a page of 200 timeline items and the
// density strip for three years by day, on an archive holding 300,000 timeline items. The baseline is
// the bare index read of 200 rows in time order, measured in the same run.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openArchiveDb } from '../src-main/core/db/archive-db.js';
import { addArtifactsToTimeline } from '../src-main/core/db/timeline-repository.js';
import { timelineDensity, timelinePage } from '../src-main/core/timeline/timeline-pages.js';

const ITEMS = 300_000;
const CONVERSATIONS = 3_000;
const KINDS = [
  'upload',
  'image_generation',
  'code',
  'code_output',
  'citation',
  'canvas',
  'audio',
  'generated_file',
];
const START = Date.UTC(2023, 0, 1) / 1000;
const SPAN = 3 * 365 * 86_400;

const folder = join(import.meta.dirname, '..', '..', 'bench', 'out', 'timeline');
rmSync(folder, { recursive: true, force: true });
const db = openArchiveDb(join(folder, 'archive.sqlite'));
db.transaction(() => {
  db.exec(`INSERT INTO accounts (id, first_seen_at) VALUES ('user-bench', '2023-01-01T00:00:00Z')`);
  const conversation = db.prepare(
    `INSERT INTO conversations (id, title, account_id, create_time) VALUES (?, ?, 'user-bench', ?)`,
  );
  const message = db.prepare(
    `INSERT INTO messages (conversation_id, node_id, role, create_time, text) VALUES (?, ?, 'assistant', ?, 'x')`,
  );
  const artifact = db.prepare(
    `INSERT INTO artifacts (conversation_id, node_id, ordinal, kind, file_name, text) VALUES (?, ?, 0, ?, ?, ?)`,
  );
  for (let c = 0; c < CONVERSATIONS; c++)
    conversation.run(`c${c}`, `Conversation ${c}`, START + (c * SPAN) / CONVERSATIONS);
  for (let i = 0; i < ITEMS; i++) {
    const c = i % CONVERSATIONS;
    const time = START + ((i * 7919) % ITEMS) * (SPAN / ITEMS);
    message.run(`c${c}`, `n${i}`, time);
    artifact.run(`c${c}`, `n${i}`, KINDS[i % KINDS.length], `file-${i}.pdf`, `print(${i})`);
  }
})();
const added = db.transaction(() => addArtifactsToTimeline(db))();

const ms = (work: () => unknown, runs = 50): number => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
};
const bare = db.prepare('SELECT id FROM timeline_items ORDER BY time, id LIMIT 200');
const baseline = ms(() => bare.all());
const firstPage = ms(() => timelinePage(db, { limit: 200 }));
const cursor = timelinePage(db, { limit: 200, from: '2024-06-01T00:00:00Z' }).nextCursor as string;
const laterPage = ms(() => timelinePage(db, { limit: 200, cursor }));
const oneKind = ms(() => timelinePage(db, { limit: 200, kinds: ['upload'], from: '2025-01-01T00:00:00Z' }));
const density = ms(
  () => timelineDensity(db, { bucket: 'day', from: '2023-01-01T00:00:00Z', to: '2025-12-31T00:00:00Z' }),
  20,
);
db.close();

const line = (label: string, value: string) => console.log(`${label.padEnd(48)} ${value}`);
console.log(`\nArchivist timeline benchmark: ${added.toLocaleString('en')} items over three years\n`);
line('baseline: 200 rows in time order (index only)', `median ${baseline.toFixed(2)} ms`);
line(
  'first page of 200 items',
  `median ${firstPage.toFixed(2)} ms (budget < 30), ${(firstPage / baseline).toFixed(1)}× the baseline`,
);
line('a page of 200 from the middle (cursor)', `median ${laterPage.toFixed(2)} ms (budget < 30)`);
line('a page of 200 uploads only', `median ${oneKind.toFixed(2)} ms (budget < 30)`);
line('density, three years by day', `median ${density.toFixed(2)} ms (budget < 50)`);
