// The window reopens where it was left, from a real file in the data folder; a damaged file or a place
// on a display no longer attached gives a window the person can reach.

import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  parseWindowState,
  readWindowState,
  windowStateFileIn,
  writeWindowState,
} from '../../../src-main/electron/window-state.js';
import { useTempFolders } from '../../support/temp-folder.js';

const tempFolder = useTempFolders();
const LAPTOP = [{ x: 0, y: 0, width: 1920, height: 1050 }];

describe('window state', () => {
  it('reopens at the size, place and maximized state it was closed with', async () => {
    const data = tempFolder();
    await writeWindowState(data, { x: 100, y: 80, width: 1000, height: 700 }, true);
    expect(await readWindowState(data, LAPTOP)).toEqual({
      bounds: { x: 100, y: 80, width: 1000, height: 700 },
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('opens at the default size when there is no file yet, or a damaged one', async () => {
    const data = tempFolder();
    expect(await readWindowState(data, LAPTOP)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(windowStateFileIn(data), '{"x": 1, "y":');
    expect(await readWindowState(data, LAPTOP)).toEqual(DEFAULT_WINDOW_STATE);
    for (const text of [
      'null',
      '[]',
      '"big"',
      '{"width": 10, "height": 10}',
      '{"width": 1e9, "height": 800}',
    ]) {
      expect(parseWindowState(text, LAPTOP), text).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('keeps the size but lets the system place a window left on a display no longer attached', () => {
    const text = JSON.stringify({ x: 2500, y: 100, width: 900, height: 600, maximized: false });
    const twoScreens = [...LAPTOP, { x: 1920, y: 0, width: 2560, height: 1400 }];
    expect(parseWindowState(text, twoScreens).bounds).toEqual({ x: 2500, y: 100, width: 900, height: 600 });
    expect(parseWindowState(text, LAPTOP)).toEqual({ width: 900, height: 600, maximized: false });
    // A title bar above the top of the screen cannot be grabbed.
    expect(
      parseWindowState(JSON.stringify({ x: 10, y: -200, width: 900, height: 600 }), LAPTOP).bounds,
    ).toBeUndefined();
  });
});
