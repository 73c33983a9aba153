import { describe, expect, it } from 'vitest';
import { createSemaphore, SemaphoreFullError } from './semaphore.ts';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createSemaphore', () => {
  it('runs at most `concurrency` tasks at a time, queues up to `maxQueued`, refuses beyond', async () => {
    const semaphore = createSemaphore(2, 2);
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 4 }, deferred);
    const tasks = gates.map((gate) =>
      semaphore.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
      }),
    );
    await Promise.resolve();
    expect(semaphore.load()).toEqual({ running: 2, waiting: 2 });
    await expect(semaphore.run(async () => {})).rejects.toBeInstanceOf(SemaphoreFullError);
    for (const gate of gates) gate.resolve();
    await Promise.all(tasks);
    expect(most).toBe(2);
    expect(semaphore.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a task fails', async () => {
    const semaphore = createSemaphore(1, 0);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(semaphore.run(async () => 'ok')).resolves.toBe('ok');
  });
});
