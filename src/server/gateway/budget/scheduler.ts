/**
 * One budget per user for every upstream call (Apizee allows 10 a minute per user, across all
 * endpoints). The calls are counted in the store, so every gateway replica sees the same count, and
 * checked against what upstream's X-RateLimit-* headers last said. Work is ordered by priority: the
 * user's writes, then the user's reads, then the user's bulk jobs, webhook refreshes, sync, prefetch. Background work only
 * runs while the last calls of the window stay free for the user, and is answered "not now" (with
 * when to retry) instead of waiting; the user's own calls wait for a free slot up to `maxWaitMs`.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { StoreDialect } from '../store/database.ts';
import type { StoreSchema } from '../store/schema.ts';

export const CALL_PRIORITIES = ['write', 'read', 'bulk', 'refresh', 'sync', 'prefetch'] as const;
export type CallPriority = (typeof CALL_PRIORITIES)[number];

/** Calls of the window each kind of background work must leave free for the user. */
export const RESERVED_FOR_USER: Readonly<Record<CallPriority, number>> = {
  write: 0,
  read: 0,
  // A bulk job's writes (bulk/runBulkJob.ts) leave two calls of every window: a click of the user's
  // own (a write, then the ticket's re-read) never waits behind a batch.
  bulk: 2,
  refresh: 2,
  sync: 3,
  prefetch: 4,
};

export interface BudgetOptions {
  /** Calls per window per user (Apizee: 10). */
  limit: number;
  windowMs?: number;
  /** Added to the window: upstream logs a call a little after we do. */
  skewMs?: number;
  /** How long a user's own call may wait for a slot before the gateway answers 429 itself. */
  maxWaitMs?: number;
  now?: () => number;
}

export type Grant = { granted: true } | { granted: false; retryAt: number };

export interface BudgetState {
  limit: number;
  remaining: number;
  /** Epoch ms when the next call frees up (now when one is free). */
  resetAt: number;
}

export interface BudgetScheduler {
  readonly limit: number;
  /** The window the limit counts over, skew included. */
  readonly windowMs: number;
  /** Takes a slot for `priority`, waiting (user calls) or not (background). */
  acquire(userId: number, priority: CallPriority, signal?: AbortSignal): Promise<Grant>;
  /** Counts a call made before the user was known (the sign-in's `users/me`). */
  record(userId: number, priority: CallPriority): Promise<void>;
  /** What upstream's X-RateLimit-Remaining / X-RateLimit-Reset say after a call. */
  observe(userId: number, headers: Headers): Promise<void>;
  state(userId: number): Promise<BudgetState>;
}

interface Waiter {
  rank: number;
  wake: () => void;
}

function isUserCall(priority: CallPriority): boolean {
  return priority === 'write' || priority === 'read';
}

export function createBudgetScheduler(
  db: Kysely<StoreSchema>,
  dialect: StoreDialect,
  options: BudgetOptions,
): BudgetScheduler {
  const limit = options.limit;
  const windowMs = (options.windowMs ?? 60_000) + (options.skewMs ?? 500);
  const maxWaitMs = options.maxWaitMs ?? 15_000;
  const now = options.now ?? Date.now;
  let lastPrune = 0;

  /** Locks the user's budget for the transaction (PostgreSQL; SQLite transactions are serialised). */
  const lock = async (trx: Transaction<StoreSchema>, userId: number) => {
    if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(7710, ${userId})`.execute(trx);
  };

  const measure = async (trx: Kysely<StoreSchema>, userId: number, time: number): Promise<BudgetState> => {
    const calls = await trx
      .selectFrom('store_budget_calls')
      .select('at')
      .where('user_id', '=', userId)
      .where('at', '>', time - windowMs)
      .orderBy('at', 'asc')
      .execute();
    let used = calls.length;
    let resetAt = calls.length >= limit ? calls[calls.length - limit]!.at + windowMs : time;
    const upstream = await trx
      .selectFrom('store_budget_state')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (upstream && upstream.reset_at > time) {
      const since = calls.filter((call) => call.at >= upstream.observed_at).length;
      const upstreamUsed = limit - upstream.remaining + since;
      if (upstreamUsed > used) {
        used = upstreamUsed;
        if (used >= limit) resetAt = Math.max(resetAt, upstream.reset_at);
      }
    }
    return { limit, remaining: Math.max(0, limit - used), resetAt };
  };

  const tryAcquire = async (userId: number, priority: CallPriority): Promise<Grant> => {
    const time = now();
    return db.transaction().execute(async (trx) => {
      await lock(trx, userId);
      const budget = await measure(trx, userId, time);
      if (budget.remaining <= RESERVED_FOR_USER[priority]) {
        // Background work waits for its own share: one more call of the window must leave.
        const retryAt = budget.remaining > 0 ? time + Math.ceil(windowMs / limit) : budget.resetAt;
        return { granted: false, retryAt: Math.max(retryAt, time + 1) };
      }
      await trx.insertInto('store_budget_calls').values({ user_id: userId, at: time, priority }).execute();
      return { granted: true };
    });
  };

  const prune = async () => {
    const time = now();
    if (time - lastPrune < windowMs) return;
    lastPrune = time;
    await db
      .deleteFrom('store_budget_calls')
      .where('at', '<', time - 2 * windowMs)
      .execute();
  };

  /** Per user, the user's own calls waiting here, best priority first, so a write never waits behind a read. */
  const queues = new Map<number, Waiter[]>();

  const join = (userId: number, priority: CallPriority): Waiter => {
    const queue = queues.get(userId) ?? [];
    queues.set(userId, queue);
    const waiter: Waiter = { rank: CALL_PRIORITIES.indexOf(priority), wake: () => {} };
    queue.push(waiter);
    queue.sort((a, b) => a.rank - b.rank);
    return waiter;
  };
  const isFirst = (userId: number, waiter: Waiter) => queues.get(userId)?.[0] === waiter;
  const leave = (userId: number, waiter: Waiter) => {
    const queue = queues.get(userId) ?? [];
    queue.splice(queue.indexOf(waiter), 1);
    if (queue.length === 0) queues.delete(userId);
    else queue[0]!.wake();
  };

  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  return {
    limit,
    windowMs,
    async acquire(userId, priority, signal) {
      void prune().catch(() => {});
      if (!isUserCall(priority)) return tryAcquire(userId, priority);
      const deadline = now() + maxWaitMs;
      const waiter = join(userId, priority);
      try {
        for (;;) {
          let retryAt = deadline;
          if (isFirst(userId, waiter)) {
            const grant = await tryAcquire(userId, priority);
            if (grant.granted || signal?.aborted || grant.retryAt > deadline) return grant;
            retryAt = grant.retryAt;
          }
          if (signal?.aborted) return { granted: false, retryAt: now() + 1000 };
          // Until a slot frees, or a call ahead of this one is done.
          await new Promise<void>((resolve) => {
            waiter.wake = resolve;
            void sleep(Math.max(1, retryAt - now()), signal).then(resolve);
          });
          if (now() >= deadline && !isFirst(userId, waiter)) return { granted: false, retryAt: deadline };
        }
      } finally {
        leave(userId, waiter);
      }
    },
    async record(userId, priority) {
      await db.insertInto('store_budget_calls').values({ user_id: userId, at: now(), priority }).execute();
    },
    async observe(userId, headers) {
      const remaining = Number(headers.get('x-ratelimit-remaining'));
      const resetSeconds = Number(headers.get('x-ratelimit-reset'));
      if (!headers.has('x-ratelimit-remaining') || !Number.isFinite(remaining)) return;
      const time = now();
      const row = {
        user_id: userId,
        remaining: Math.max(0, Math.floor(remaining)),
        reset_at: time + (Number.isFinite(resetSeconds) ? Math.max(1, resetSeconds) : 60) * 1000,
        observed_at: time,
      };
      const { user_id: _user, ...update } = row;
      await db
        .insertInto('store_budget_state')
        .values(row)
        .onConflict((conflict) => conflict.column('user_id').doUpdateSet(update))
        .execute();
    },
    state: (userId) => measure(db, userId, now()),
  };
}
