// The desktop app starts its parts in dependency order and stops them in exactly the reverse order,
// also when a later part fails to start: a pure sequence, so the order is unit-tested without Electron.

export interface StartStep {
  readonly name: string;
  /** Starts the part; resolves with the function that stops it again. */
  start(): Promise<() => Promise<void> | void> | (() => Promise<void> | void);
}

export interface Started {
  /** Stops every started part, last first; a failing stop is reported and the next one still runs. */
  stop(): Promise<void>;
}

export async function startInOrder(
  steps: readonly StartStep[],
  onStopProblem: (name: string, error: unknown) => void,
): Promise<Started> {
  const stops: { name: string; stop: () => Promise<void> | void }[] = [];
  const stopAll = async () => {
    for (const { name, stop } of stops.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        onStopProblem(name, error);
      }
    }
  };
  for (const step of steps) {
    try {
      stops.push({ name: step.name, stop: await step.start() });
    } catch (error) {
      await stopAll();
      throw error;
    }
  }
  let stopping: Promise<void> | null = null;
  return { stop: () => (stopping ??= stopAll()) };
}

/** The desktop app's parts, in the order they start; they stop in the reverse. */
export const DESKTOP_START_ORDER = [
  // The archive file, its blob store and journal: everything else reads or writes it.
  'archive',
  // The import queue; stopping it lets the batch in flight commit or roll back (it resumes next start).
  'import queue',
  // The watched folders, which feed the queue.
  'watcher',
  // ArchiveApi over IPC and the app:// protocol the window is served from.
  'ipc',
  'app protocol',
  // The window (closing it keeps the rest running) and the tray icon.
  'window and tray',
] as const;

export type DesktopPart = (typeof DESKTOP_START_ORDER)[number];

/** The steps for startInOrder, one per part, in DESKTOP_START_ORDER: none missing, none extra. */
export function desktopStartSteps(parts: { readonly [P in DesktopPart]: StartStep['start'] }): StartStep[] {
  return DESKTOP_START_ORDER.map((name) => ({ name, start: parts[name] }));
}
