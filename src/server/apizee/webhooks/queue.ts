/**
 * The outbox of one webhook target: deliveries queued after the write committed and drained in the
 * background, so a slow or dead receiver never delays or fails a write.
 *
 * - Order per object: the deliveries of one object (`ticket:42`) go one after the other, in the
 *   order of the writes; different objects go side by side (`concurrency` at a time), so one object
 *   waiting for a retry does not hold up the others.
 * - Retries: a failed delivery is tried again after `baseDelayMs`, then twice that, and so on (capped
 *   at `maxDelayMs`), up to `maxAttempts` tries in all; a refusal (`WebhookRejected`) is not retried.
 * - Bound: at most `capacity` deliveries wait; when full, the oldest waiting one is dropped (the newer
 *   one carries later values of its object).
 * - Every loss (queue full, attempts exhausted, refused, shut down) is logged with the event and the
 *   object, never the payload's values, the URL or the headers.
 */
import type { Logger } from '../../runtime/log.ts';
import { WebhookRejected, type WebhookPayload, type WebhookTransport } from './delivery.ts';

export interface WebhookQueueOptions {
  transport: WebhookTransport;
  logger: Logger;
  /** Names the target in logs (`http`, `in-process`), never a URL. */
  target: string;
  /** Deliveries waiting at most; default 1000. */
  capacity?: number;
  /** Tries of one delivery, the first included; default 6. */
  maxAttempts?: number;
  /** Wait before the first retry; default 1 s, doubled on each retry. */
  baseDelayMs?: number;
  /** Longest wait between tries; default 60 s. */
  maxDelayMs?: number;
  /** Time a receiver has to answer one delivery; default 10 s. */
  timeoutMs?: number;
  /** Objects delivered at the same time; default 4. */
  concurrency?: number;
}

export interface WebhookQueue {
  enqueue(payload: WebhookPayload, enterpriseId: number): void;
  /** Deliveries waiting or in flight. */
  readonly size: number;
  /** Resolves once nothing waits nor is in flight (tests, graceful shutdown). */
  idle(): Promise<void>;
  /** Stops: what is in flight is aborted, what waits is dropped (and logged). */
  close(): void;
}

export const WEBHOOK_QUEUE_DEFAULTS = {
  capacity: 1000,
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 10_000,
  concurrency: 4,
} as const;

interface Entry {
  seq: number;
  enterpriseId: number;
  payload: WebhookPayload;
  attempts: number;
  inFlight: boolean;
}

export function createWebhookQueue(options: WebhookQueueOptions): WebhookQueue {
  const settings = { ...WEBHOOK_QUEUE_DEFAULTS, ...withoutUndefined(options) };
  const { transport, logger, target } = options;
  /** Waiting deliveries per object key, oldest first; the head may be in flight. */
  const lanes = new Map<string, Entry[]>();
  /** Objects with deliveries and no worker, in the order they became ready. */
  const ready: string[] = [];
  /** Objects a worker is on (sending or waiting to retry). */
  const busy = new Set<string>();
  const shutdown = new AbortController();
  const idleWaiters: (() => void)[] = [];
  let count = 0;
  let seq = 0;
  let scheduled = false;
  let closed = false;

  const lost = (entry: Entry, reason: string, extra: Record<string, unknown> = {}) => {
    logger.warn('webhook lost', {
      target,
      reason,
      event: entry.payload.event,
      object: entry.payload.object,
      objectId: entry.payload.objectId,
      attempts: entry.attempts,
      ...extra,
    });
  };

  const settleIdle = () => {
    if (count > 0 || busy.size > 0) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };

  const remove = (key: string, entry: Entry) => {
    const lane = lanes.get(key);
    const index = lane?.indexOf(entry) ?? -1;
    if (!lane || index < 0) return;
    lane.splice(index, 1);
    count--;
    if (lane.length === 0) lanes.delete(key);
  };

  /** The oldest delivery that is not on the wire right now. */
  const dropOldest = () => {
    let oldest: { key: string; entry: Entry } | undefined;
    for (const [key, lane] of lanes) {
      const entry = lane.find((candidate) => !candidate.inFlight);
      if (entry && (!oldest || entry.seq < oldest.entry.seq)) oldest = { key, entry };
    }
    if (!oldest) return false;
    remove(oldest.key, oldest.entry);
    lost(oldest.entry, 'queue full', { capacity: settings.capacity });
    return true;
  };

  const delay = (attempts: number) =>
    Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempts - 1));

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      shutdown.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  /** Sends one delivery; true when it is done with (delivered or lost), false to retry it. */
  const attempt = async (entry: Entry): Promise<boolean> => {
    entry.attempts++;
    entry.inFlight = true;
    const signal = AbortSignal.any([shutdown.signal, AbortSignal.timeout(settings.timeoutMs)]);
    try {
      const delivery = { enterpriseId: entry.enterpriseId, payload: entry.payload, attempt: entry.attempts };
      // A receiver that ignores the signal still cannot hold its object past the timeout.
      await Promise.race([transport(delivery, signal), rejectOnAbort(signal)]);
      return true;
    } catch (error) {
      const why = describe(error, signal);
      if (closed) return true;
      if (error instanceof WebhookRejected) {
        lost(entry, 'refused by the receiver', { error: why });
        return true;
      }
      if (entry.attempts >= settings.maxAttempts) {
        lost(entry, 'attempts exhausted', { error: why });
        return true;
      }
      logger.info('webhook retry', {
        target,
        event: entry.payload.event,
        object: entry.payload.object,
        objectId: entry.payload.objectId,
        attempts: entry.attempts,
        error: why,
      });
      return false;
    } finally {
      entry.inFlight = false;
    }
  };

  /** Works on one object: its oldest delivery until done, then gives the slot to the next object. */
  const work = async (key: string) => {
    for (;;) {
      const entry = lanes.get(key)?.[0];
      if (!entry || closed) break;
      if (await attempt(entry)) {
        remove(key, entry);
        break;
      }
      await sleep(delay(entry.attempts));
    }
    busy.delete(key);
    if (!closed && lanes.has(key)) ready.push(key);
    pump();
    settleIdle();
  };

  function pump() {
    while (!closed && busy.size < settings.concurrency && ready.length > 0) {
      const key = ready.shift()!;
      if (busy.has(key) || !lanes.has(key)) continue;
      busy.add(key);
      void work(key);
    }
  }

  /** Starts workers on a later turn of the event loop, never inside the request that wrote. */
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      pump();
      settleIdle();
    });
  };

  return {
    enqueue(payload, enterpriseId) {
      const entry: Entry = { seq: ++seq, enterpriseId, payload, attempts: 0, inFlight: false };
      if (closed) {
        lost(entry, 'shut down');
        return;
      }
      if (count >= settings.capacity && !dropOldest()) {
        lost(entry, 'queue full', { capacity: settings.capacity });
        return;
      }
      const key = `${payload.object}:${payload.objectId}`;
      const lane = lanes.get(key);
      if (lane) lane.push(entry);
      else lanes.set(key, [entry]);
      count++;
      if (!busy.has(key) && !ready.includes(key)) ready.push(key);
      schedule();
    },
    get size() {
      return count;
    },
    idle() {
      if (count === 0 && busy.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    close() {
      if (closed) return;
      closed = true;
      shutdown.abort();
      for (const [, lane] of lanes) for (const entry of lane) lost(entry, 'shut down');
      lanes.clear();
      ready.length = 0;
      count = 0;
      busy.clear();
      settleIdle();
    },
  };
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    const abort = () => reject(new Error('aborted'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

/** Why a try failed, for the log: a status or an error name, never a URL or a header. */
function describe(error: unknown, signal: AbortSignal): string {
  if (signal.aborted) return 'timed out';
  if (error instanceof Error) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? `${error.message} (${code})` : error.message;
  }
  return 'failed';
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
