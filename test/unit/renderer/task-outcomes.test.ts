// A view awaits its own task by id: the outcome reaches it whether it arrives after the view started
// waiting or before (the event can overtake the call's answer), and another task's never does.

import { describe, expect, it } from 'vitest';
import type { TaskOutcome } from '../../../src-shared/model/task.js';
import { taskFinished, taskOutcome } from '../../../src-renderer/archive/task-outcomes.js';

function failed(taskId: number): TaskOutcome {
  return { taskId, kind: 'rebuild-kit', ok: false, error: { code: 'not-found', message: `task ${taskId}` } };
}

describe('task outcomes', () => {
  it('reach the view awaiting that id, early or late', async () => {
    const late = taskOutcome(1);
    taskFinished(failed(2));
    taskFinished(failed(1));
    expect(await late).toEqual(failed(1));
    // Task 2 finished before anyone asked: kept until asked, once.
    expect(await taskOutcome(2)).toEqual(failed(2));
    let answered = false;
    void taskOutcome(2).then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
  });

  it('keep only the latest outcomes nobody awaits', async () => {
    for (let taskId = 100; taskId < 130; taskId += 1) taskFinished(failed(taskId));
    expect(await taskOutcome(129)).toEqual(failed(129));
    let oldest = false;
    void taskOutcome(100).then(() => (oldest = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(oldest).toBe(false);
  });
});
