/**
 * At most `concurrency` tasks at a time, at most `maxQueued` waiting; beyond that `run` refuses at
 * once (SemaphoreFullError) rather than letting a queue of CPU-heavy work (bcrypt) grow without bound.
 */
export class SemaphoreFullError extends Error {
  constructor() {
    super('too many tasks waiting');
    this.name = 'SemaphoreFullError';
  }
}

export interface Semaphore {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting (for tests). */
  load(): { running: number; waiting: number };
}

export function createSemaphore(concurrency: number, maxQueued: number): Semaphore {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run(task) {
      if (running < concurrency) running += 1;
      else if (waiting.length < maxQueued) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new SemaphoreFullError();
      try {
        return await task();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
