// `npm run bench:window` (also part of `npm run bench`): the window in Debian's Chromium against the real
// `archivist serve` on a big archive: first timeline paint, search as typed, a 2,000-message
// conversation, timeline scrolling, and the JavaScript the first load costs. Paint times are also given
// against a baseline measured in the same run: the same server's page loaded with no script.
// Options: --mb N (a generated archive of N MB of conversations.json instead of the 1 GB one),
// --runs N (page loads per timing, default 5), --queries N (default 50).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sampleQueries } from './search-queries.js';
import { prepareWindowArchive, type WindowArchive } from './window-archive.js';
import { WINDOW_PROBE } from './window-probe.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src-main', 'cli', 'archivist.js');
const RENDERER = join(ROOT, 'dist-renderer');
const VIEWPORT = { width: 1280, height: 800 };
const TIMELINE_ITEMS = 10_000;
/** The timeline bench's archive (300,000 items), scrolled through this many: the list stays virtual. */
const LONG_TIMELINE = join(ROOT, 'bench', 'out', 'timeline');
const LONG_TIMELINE_ITEMS = 100_000;
/** Held Page Down moves about this much of the view per step; one step per frame is faster still. */
const SCROLL_STEP = 0.875;

const { values: options } = parseArgs({
  options: {
    mb: { type: 'string' },
    runs: { type: 'string', default: '5' },
    queries: { type: 'string', default: '50' },
  },
});
const runs = Number(options.runs);
const queryCount = Number(options.queries);

function line(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`);
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const verdict = (ok: boolean): string => (ok ? 'within budget' : 'OVER BUDGET');

/** `archivist serve` on the archive, as a person starts it; resolves with the address it prints. */
async function startServe(dataFolder: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--data', dataFolder, 'serve', '--port', '0', '--no-watch'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (text) => {
      const match = /Archivist is running at (http:\/\/127\.0\.0\.1:\d+\/#\S+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`archivist serve exited (${code}) before printing`)));
  });
  return { child, url };
}

async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function newContext(browser: Browser, javaScriptEnabled = true): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled });
  await context.addInitScript({ content: WINDOW_PROBE });
  return context;
}

interface Probe {
  reset(): void;
  seenPainted(key: string): number | false;
  searchShown(text: string): { ms: number; how: string } | false;
  openInApp(path: string): Promise<{ firstScreen: number; formatted: number }>;
  scriptsBefore(ms: number): string[];
  scrollThrough(
    scroller: string,
    items: string,
    stepRatio: number,
    enough: number,
    maxMs: number,
    countRows: boolean,
  ): Promise<ScrollRun>;
}
/** The page's globals as these functions see them (they run in the page, not here). */
type InPage = { __windowBench: Probe };

/** Waits until the probe has painted what `key` watches; returns that time (ms since navigation). */
async function seen(page: Page, key: 'firstCard' | 'firstMessage'): Promise<number> {
  const handle = await page.waitForFunction(
    (watched) => (globalThis as unknown as InPage).__windowBench.seenPainted(watched),
    key,
    { timeout: 60_000, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

/** The scripts index.html loads up front (its entry and modulepreloads), gzipped at level 9. */
function firstLoadScripts(): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((match) => match[1] as string);
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(RENDERER, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}

/** Page load of the same server's index.html with scripts off: the HTML and its stylesheet, nothing run. */
async function staticPageLoad(browser: Browser, origin: string): Promise<number> {
  const context = await newContext(browser, false);
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const loaded = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as unknown as { loadEventEnd: number }).loadEventEnd,
  );
  await context.close();
  return loaded;
}

interface FirstPaint {
  readonly ms: number;
  readonly scripts: string[];
}

/** A fresh browser profile opening the address serve printed, until the first timeline card is painted. */
async function firstTimelinePaint(context: BrowserContext, url: string): Promise<FirstPaint> {
  const page = await context.newPage();
  await page.goto(url);
  const painted = await seen(page, 'firstCard');
  const scripts = await page.evaluate(
    (before) => (globalThis as unknown as InPage).__windowBench.scriptsBefore(before),
    painted,
  );
  await page.close();
  return { ms: painted, scripts };
}

interface TypedQuery {
  readonly query: string;
  readonly ms: number;
  readonly how: string;
}

/** Deterministic pauses between keystrokes of 80 to 200 ms: a quick but human typist. */
function* keystrokePauses(): Generator<number> {
  let state = 20_240_601;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield 80 + (state % 121);
  }
}

/** `/`, then the query typed key by key; from the last keystroke until results for it are painted. */
async function typeQuery(page: Page, query: string, pauses: Generator<number>): Promise<TypedQuery> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.evaluate(() => (globalThis as unknown as InPage).__windowBench.reset());
  for (const key of query) {
    await page.keyboard.type(key);
    await page.waitForTimeout(pauses.next().value as number);
  }
  const text = query.trim();
  const result = await page
    .waitForFunction((typed) => (globalThis as unknown as InPage).__windowBench.searchShown(typed), text, {
      timeout: 15_000,
      polling: 10,
    })
    .catch((error: unknown) => {
      throw new Error(`No results painted for ${JSON.stringify(query)}: ${String(error)}`);
    });
  const field = await page.getByRole('searchbox', { name: 'Search your archive' }).inputValue();
  if (field !== query)
    throw new Error(`The search field holds ${JSON.stringify(field)}, not ${JSON.stringify(query)}`);
  const { ms: took, how } = (await result.jsonValue()) as { ms: number; how: string };
  await page.waitForTimeout(300);
  return { query, ms: took, how };
}

interface ScrollRun {
  /** Long tasks that began within 250 ms of an API answer (a page of items arriving). */
  readonly afterAnswer: number;
  readonly longestAfterAnswer: number;
  readonly steps: number;
  readonly items: number;
  /** The furthest list row reached (rows of day headings included). */
  readonly rowsPassed: number;
  readonly ms: number;
  readonly reachedEnd: boolean;
  readonly longTasks: number;
  readonly longest: number;
}

async function scrollThrough(
  page: Page,
  scroller: string,
  items: string,
  enough: number,
  { stepRatio = SCROLL_STEP, countRows = false }: { stepRatio?: number; countRows?: boolean } = {},
): Promise<ScrollRun> {
  return page.evaluate(
    ([where, what, step, count, rows]) =>
      (globalThis as unknown as InPage).__windowBench.scrollThrough(where, what, step, count, 900_000, rows),
    [scroller, items, stepRatio, enough, countRows] as const,
  );
}

/**
 * The bench's queries, skipping any whose text was already asked while typing an earlier one: the
 * window keeps answers until the archive changes, so it would show that one from memory.
 */
function queriesFrom(archive: WindowArchive): string[] {
  const db = new Database(join(archive.dataFolder, 'archive.sqlite'), { readonly: true });
  try {
    const asked = new Set<string>();
    const chosen: string[] = [];
    for (const query of sampleQueries(db)) {
      if (chosen.length === queryCount) break;
      if (asked.has(query.trim())) continue;
      chosen.push(query);
      for (let end = 1; end <= query.length; end += 1) asked.add(query.slice(0, end).trim());
    }
    return chosen;
  } finally {
    db.close();
  }
}

const archive = await prepareWindowArchive(options.mb === undefined ? null : Number(options.mb), (text) =>
  console.log(text),
);
const queries = queriesFrom(archive);
const scripts = firstLoadScripts();
const { child, url } = await startServe(archive.dataFolder);
const origin = new URL(url).origin;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

try {
  console.log(
    `\nArchivist window benchmark: ${archive.sqliteMb} MB archive (${archive.source}): ` +
      `${archive.conversations.toLocaleString('en')} conversations, ${archive.messages.toLocaleString('en')} messages, ` +
      `${archive.timelineItems.toLocaleString('en')} timeline items; Chromium ${browser.version()}, ` +
      `${VIEWPORT.width}×${VIEWPORT.height}; load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores\n`,
  );

  // One unmeasured load first, so the server's and the disk's caches are as warm for run 1 as for run 5.
  const warmUp = await newContext(browser);
  await firstTimelinePaint(warmUp, url);
  await warmUp.close();
  const baselines: number[] = [];
  const coldPaints: FirstPaint[] = [];
  const warmPaints: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    baselines.push(await staticPageLoad(browser, origin));
    const context = await newContext(browser);
    coldPaints.push(await firstTimelinePaint(context, url));
    // The same profile again: scripts from the browser's cache, the session cookie already set.
    warmPaints.push((await firstTimelinePaint(context, `${origin}/`)).ms);
    await context.close();
  }
  const baseline = median(baselines);
  const cold = median(coldPaints.map((paint) => paint.ms));
  line('baseline: index.html with scripts off (load)', `median ${ms(baseline)}`);
  line(
    'first timeline paint, new profile (navigation → card)',
    `median ${ms(cold)} (budget < 1000, ${verdict(cold < 1000)}), ${(cold / baseline).toFixed(1)}× the baseline`,
  );
  line('first timeline paint, cached scripts', `median ${ms(median(warmPaints))}`);

  const loaded = [...new Set(coldPaints.flatMap((paint) => paint.scripts))];
  const onlyIndex = loaded.every((file) => scripts.files.includes(file));
  line(
    'first-load JavaScript, gzipped (level 9)',
    `${(scripts.gzipBytes / 1024).toFixed(1)} KB in ${scripts.files.length} file(s) (budget < 300 KB, ` +
      `${verdict(scripts.gzipBytes < 300 * 1024)}); before the first card the page fetched ${loaded.length} script(s)` +
      `${onlyIndex ? ', all of them these' : `: ${loaded.join(', ')}`}`,
  );

  const context = await newContext(browser);
  let page = await context.newPage();
  await page.goto(url);
  await seen(page, 'firstCard');
  const pauses = keystrokePauses();
  const typed: TypedQuery[] = [];
  for (const query of queries) typed.push(await typeQuery(page, query, pauses));
  const times = typed.map((entry) => entry.ms);
  const p95 = percentile(times, 0.95);
  const slowest = [...typed].sort((a, b) => b.ms - a.ms).slice(0, 3);
  line(
    `search: ${typed.length} queries typed (80–200 ms a key)`,
    `median ${ms(median(times))}, p95 ${ms(p95)} (budget < 150, ${verdict(p95 < 150)}), max ${ms(Math.max(...times))}`,
  );
  line(
    '  from the last keystroke to results painted; slowest',
    slowest.map((entry) => `${JSON.stringify(entry.query)} ${ms(entry.ms)}`).join(', '),
  );
  const unchanged = typed.filter((entry) => entry.how !== 'rendered').length;
  if (unchanged > 0) {
    // E.g. `"forms a"`: its hits are those already shown for `"forms a`, so the answer changes nothing.
    line('  answers equal to what was already shown', `${unchanged} (timed to the answer)`);
  }

  const conversationPath = `/conversation/${archive.longConversationId}`;
  const inApp: number[] = [];
  const formatted: number[] = [];
  const direct: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.close();
    page = await context.newPage();
    await page.goto(`${origin}/`);
    await seen(page, 'firstCard');
    // As a person would: the window idle for a moment (the Markdown renderer loads then), then a click.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    const opened = await page.evaluate(
      (path) => (globalThis as unknown as InPage).__windowBench.openInApp(path),
      conversationPath,
    );
    inApp.push(opened.firstScreen);
    formatted.push(opened.formatted);
    const fresh = await context.newPage();
    await fresh.goto(`${origin}${conversationPath}`);
    direct.push(await seen(fresh, 'firstMessage'));
    await fresh.close();
  }
  const opened = median(inApp);
  line(
    `${archive.longConversationMessages.toLocaleString('en')}-message conversation: first screen`,
    `median ${ms(opened)} opened from the window (budget < 300, ${verdict(opened < 300)}), ` +
      `${ms(median(formatted))} until that screen shows its Markdown formatted; ` +
      `${ms(median(direct))} from its address typed in (navigation → message)`,
  );
  const read = await scrollThrough(page, '.reader-scroller', 'article.message', Number.MAX_SAFE_INTEGER);
  line(
    '  scrolled end to end, one step a frame',
    `${read.reachedEnd ? 'reached the end' : 'DID NOT REACH THE END'}: ${read.items} messages, ${read.steps} steps in ` +
      `${ms(read.ms)}; long tasks ${read.longTasks}, longest ${ms(read.longest)} (budget: none > 50, ${verdict(read.longTasks === 0)})`,
  );

  await page.close();
  page = await context.newPage();
  await page.goto(`${origin}/?at=${archive.firstDay}`);
  await seen(page, 'firstCard');
  await page.waitForLoadState('networkidle');
  const timeline = await scrollThrough(page, '.timeline-view .scroller', '[role="option"]', TIMELINE_ITEMS);
  line(
    `timeline scrolled from ${archive.firstDay}, one step a frame`,
    `${timeline.items.toLocaleString('en')} items (goal ${TIMELINE_ITEMS.toLocaleString('en')}), ${timeline.steps} steps in ` +
      `${ms(timeline.ms)}; long tasks ${timeline.longTasks}, longest ${ms(timeline.longest)} (budget: none > 50, ` +
      `${verdict(timeline.longTasks === 0 && timeline.items >= TIMELINE_ITEMS)}); ` +
      `${timeline.afterAnswer} of them right after a page of items arrived`,
  );
  await context.close();

  if (existsSync(join(LONG_TIMELINE, 'archive.sqlite'))) {
    const long = await startServe(LONG_TIMELINE);
    try {
      const longContext = await newContext(browser);
      const longPage = await longContext.newPage();
      await longPage.goto(long.url);
      await seen(longPage, 'firstCard');
      // From the first day the timeline bench wrote (1 Jan 2023), onwards.
      await longPage.goto(`${new URL(long.url).origin}/?at=2023-01-01`);
      await seen(longPage, 'firstCard');
      await longPage.waitForLoadState('networkidle');
      // Four screens a frame: every frame draws a fresh set of rows, as one screen a frame does, and
      // 100,000 items pass in minutes rather than a quarter of an hour.
      const run = await scrollThrough(
        longPage,
        '.timeline-view .scroller',
        '[role="option"]',
        LONG_TIMELINE_ITEMS,
        {
          stepRatio: 4,
          countRows: true,
        },
      );
      line(
        'timeline of 300,000 items, four screens a frame',
        `${run.rowsPassed.toLocaleString('en')} rows passed (goal ${LONG_TIMELINE_ITEMS.toLocaleString('en')}), ` +
          `${run.steps} steps in ${ms(run.ms)}; long tasks ${run.longTasks}, longest ${ms(run.longest)} ` +
          `(${verdict(run.longTasks === 0 && run.rowsPassed >= LONG_TIMELINE_ITEMS)})`,
      );
      await longContext.close();
    } finally {
      await stopServe(long.child);
    }
  } else {
    line('timeline of 300,000 items', 'skipped: run `npm run bench:timeline` first to write its archive');
  }
} finally {
  await browser.close();
  await stopServe(child);
}
