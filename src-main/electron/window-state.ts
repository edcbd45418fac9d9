// The window opens where the person left it, at the size they left it: a small JSON file in the data
// folder. A file that is damaged, or a position on a display no longer attached, is ignored.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface WindowBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** Absent: let the system place the window. */
  readonly bounds?: WindowBounds;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };
const MIN_WIDTH = 480;
const MIN_HEIGHT = 360;
const MAX_SIDE = 100_000;

export function windowStateFileIn(dataFolder: string): string {
  return join(dataFolder, 'window-state.json');
}

function isSide(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_SIDE;
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_SIDE;
}

/** Whether at least a corner's worth of the window's title bar lies on one of the displays. */
function isReachable(bounds: WindowBounds, workAreas: readonly WindowBounds[]): boolean {
  const grip = 48;
  return workAreas.some(
    (area) =>
      bounds.x + grip <= area.x + area.width &&
      bounds.x + bounds.width - grip >= area.x &&
      bounds.y >= area.y &&
      bounds.y + grip <= area.y + area.height,
  );
}

/** The state to open with, from the file's text and the displays attached now. */
export function parseWindowState(text: string | null, workAreas: readonly WindowBounds[]): WindowState {
  if (text === null) return DEFAULT_WINDOW_STATE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE;
  const record = raw as Record<string, unknown>;
  const { x, y, width, height } = record;
  if (!isSide(width, MIN_WIDTH) || !isSide(height, MIN_HEIGHT)) return DEFAULT_WINDOW_STATE;
  const maximized = record['maximized'] === true;
  if (!isCoordinate(x) || !isCoordinate(y)) return { width, height, maximized };
  const bounds = { x, y, width, height };
  return isReachable(bounds, workAreas) ? { bounds, width, height, maximized } : { width, height, maximized };
}

export async function readWindowState(
  dataFolder: string,
  workAreas: readonly WindowBounds[],
): Promise<WindowState> {
  const text = await readFile(windowStateFileIn(dataFolder), 'utf8').catch(() => null);
  return parseWindowState(text, workAreas);
}

/** Saves the window's normal (not maximized) bounds and whether it was maximized. */
export async function writeWindowState(
  dataFolder: string,
  bounds: WindowBounds,
  maximized: boolean,
): Promise<void> {
  await writeFile(windowStateFileIn(dataFolder), `${JSON.stringify({ ...bounds, maximized })}\n`);
}
