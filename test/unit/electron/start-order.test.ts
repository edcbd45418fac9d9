// The desktop app's start and stop order: parts start in dependency order and stop in the reverse,
// also when one fails to start or to stop, and quitting twice stops once.

import { describe, expect, it } from 'vitest';
import {
  DESKTOP_START_ORDER,
  desktopStartSteps,
  startInOrder,
  type DesktopPart,
} from '../../../src-main/electron/start-order.js';

function recordingParts(log: string[], failStart?: DesktopPart, failStop?: DesktopPart) {
  const parts = {} as Record<DesktopPart, () => Promise<() => Promise<void>>>;
  for (const name of DESKTOP_START_ORDER) {
    parts[name] = async () => {
      if (name === failStart) throw new Error(`${name} would not start`);
      log.push(`start ${name}`);
      return async () => {
        log.push(`stop ${name}`);
        if (name === failStop) throw new Error(`${name} would not stop`);
      };
    };
  }
  return parts;
}

describe('the desktop app’s start order', () => {
  it('opens the archive first, then the queue, the watcher, IPC, the protocol, and the window last', () => {
    expect(DESKTOP_START_ORDER).toEqual([
      'archive',
      'import queue',
      'watcher',
      'ipc',
      'app protocol',
      'window and tray',
    ]);
  });

  it('stops in exactly the reverse order: window, protocol, IPC, watcher, queue, and the archive last', async () => {
    const log: string[] = [];
    const started = await startInOrder(desktopStartSteps(recordingParts(log)), () => {});
    await started.stop();
    expect(log).toEqual([
      ...DESKTOP_START_ORDER.map((name) => `start ${name}`),
      'stop window and tray',
      'stop app protocol',
      'stop ipc',
      'stop watcher',
      'stop import queue',
      'stop archive',
    ]);
  });

  it('when a part cannot start, stops what had started, in reverse, and says why', async () => {
    const log: string[] = [];
    await expect(startInOrder(desktopStartSteps(recordingParts(log, 'ipc')), () => {})).rejects.toThrow(
      'ipc would not start',
    );
    expect(log).toEqual([
      'start archive',
      'start import queue',
      'start watcher',
      'stop watcher',
      'stop import queue',
      'stop archive',
    ]);
  });

  it('still closes the archive when stopping the watcher fails, and reports the failure', async () => {
    const log: string[] = [];
    const problems: string[] = [];
    const started = await startInOrder(
      desktopStartSteps(recordingParts(log, undefined, 'watcher')),
      (name, error) => problems.push(`${name}: ${(error as Error).message}`),
    );
    await started.stop();
    expect(log.slice(-3)).toEqual(['stop watcher', 'stop import queue', 'stop archive']);
    expect(problems).toEqual(['watcher: watcher would not stop']);
  });

  it('stops once however often quit is asked for', async () => {
    const log: string[] = [];
    const started = await startInOrder(desktopStartSteps(recordingParts(log)), () => {});
    await Promise.all([started.stop(), started.stop()]);
    await started.stop();
    expect(log.filter((line) => line === 'stop archive')).toHaveLength(1);
  });
});
