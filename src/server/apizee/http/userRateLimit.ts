/**
 * Apizee's rate limit on every authenticated call: `limit` requests per user per minute, across all
 * endpoints (API.md, Conventions). The token call keeps its own password-guessing limit
 * (auth/rateLimit.ts); this one applies to everything else under the API base.
 *
 * Window: a **sliding log**. A user's allowed calls of the last 60 s are kept (at most `limit`
 * timestamps); a call is allowed when fewer than `limit` remain in the log. So no 60 s span ever holds
 * more than `limit` calls, which is the strictest reading of "10 per minute": a client that stays within
 * it stays within a fixed-window server too, whose boundary would let 2 × limit calls through in a few
 * seconds. A refused call is not logged (hammering does not extend the wait).
 * `X-RateLimit-Reset` is the number of seconds until the oldest logged call leaves the window, i.e.
 * until one more call is allowed.
 *
 * Memory stays bounded without scanning: the map is kept in least-recently-used order (a hit moves its
 * user to the end), and each hit drops the idle users at the front (no call for a whole window, so
 * their log is empty anyway). Only the users active within the last minute are held.
 */
import type { MiddlewareHandler } from 'hono';
import type { ApizeeEnv } from '../context.ts';

/** The body Apizee documents for a 429. */
export const RATE_LIMITED_BODY = {
  error: 'You have reached the maximum number of attempts. Please retry later.',
} as const;

export interface UserRateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window frees one call (at least 1). */
  resetSeconds: number;
}

export interface UserRateLimiter {
  hit(userId: number): UserRateDecision;
  /** Users currently held (for tests of the memory bound). */
  size(): number;
}

interface UserLog {
  /** Times of the allowed calls still in the window, oldest first. */
  calls: number[];
  lastHit: number;
}

export function createSlidingWindowLimiter(
  limit: number,
  windowMs: number,
  now: () => number,
): UserRateLimiter {
  const logs = new Map<number, UserLog>();

  const dropIdleUsers = (time: number) => {
    // Least recently used first: stop at the first user seen within the window.
    for (const [userId, log] of logs) {
      if (time - log.lastHit < windowMs) break;
      logs.delete(userId);
    }
  };

  return {
    hit(userId) {
      const time = now();
      const log = logs.get(userId) ?? { calls: [], lastHit: time };
      logs.delete(userId);
      while (log.calls.length > 0 && time - log.calls[0]! >= windowMs) log.calls.shift();
      const allowed = log.calls.length < limit;
      if (allowed) log.calls.push(time);
      log.lastHit = time;
      dropIdleUsers(time);
      logs.set(userId, log);
      const oldest = log.calls[0] ?? time;
      return {
        allowed,
        limit,
        remaining: limit - log.calls.length,
        resetSeconds: Math.max(1, Math.ceil((oldest + windowMs - time) / 1000)),
      };
    },
    size: () => logs.size,
  };
}

/**
 * The middleware (after authentication): `X-RateLimit-Limit`, `-Remaining` and `-Reset` on every
 * response, and the documented 429 (with `Retry-After`) over the limit.
 */
export function userRateLimit(limiter: UserRateLimiter): MiddlewareHandler<ApizeeEnv> {
  return async (c, next) => {
    const decision = limiter.hit(c.get('user').id);
    const headers = {
      'X-RateLimit-Limit': String(decision.limit),
      'X-RateLimit-Remaining': String(decision.remaining),
      'X-RateLimit-Reset': String(decision.resetSeconds),
    };
    if (!decision.allowed) {
      return c.json(RATE_LIMITED_BODY, 429, { ...headers, 'Retry-After': String(decision.resetSeconds) });
    }
    await next();
    // Set on the response itself: file and zip routes return their own Response objects.
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
  };
}
