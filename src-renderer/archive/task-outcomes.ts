// A view that starts a task (a rebuild kit, say) awaits its own outcome here, by task id. Outcomes
// arrive as `taskFinished` events (archive-events.ts hands each one over), possibly before the call
// that started the task has answered, so one nobody awaits yet is kept a little while.

import type { TaskOutcome } from '../../src-shared/model/task.js';

const KEPT_UNCLAIMED = 20;
const waiting = new Map<number, (outcome: TaskOutcome) => void>();
const unclaimed = new Map<number, TaskOutcome>();

export function taskFinished(outcome: TaskOutcome): void {
  const waiter = waiting.get(outcome.taskId);
  if (waiter) {
    waiting.delete(outcome.taskId);
    waiter(outcome);
    return;
  }
  // Another window's task, or one whose answer is still on its way: kept, the oldest dropped first.
  unclaimed.set(outcome.taskId, outcome);
  for (const taskId of unclaimed.keys()) {
    if (unclaimed.size <= KEPT_UNCLAIMED) break;
    unclaimed.delete(taskId);
  }
}

export function taskOutcome(taskId: number): Promise<TaskOutcome> {
  const arrived = unclaimed.get(taskId);
  if (arrived) {
    unclaimed.delete(taskId);
    return Promise.resolve(arrived);
  }
  return new Promise((resolve) => waiting.set(taskId, resolve));
}
