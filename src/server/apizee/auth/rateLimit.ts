/**
 * Fixed-window counters keyed by any string (a client address, an account, the pair of both).
 *
 * Expiry costs O(1) per hit, whatever the number of keys: a key enters the map when its window
 * starts and leaves it when the window ends, so the map's order is the order of window starts and the
 * expired windows are always at its front. Each hit drops those and stops at the first live one.
 */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export interface RateLimiter {
  hit(key: string): RateLimitDecision;
  /** Keys currently held (for tests of the memory bound). */
  size(): number;
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key) {
      const time = now();
      for (const [oldest, window] of windows) {
        if (time - window.start < windowMs) break;
        windows.delete(oldest);
      }
      let window = windows.get(key);
      if (!window) {
        window = { start: time, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return {
        allowed: window.count <= limit,
        limit,
        remaining: Math.max(0, limit - window.count),
        resetSeconds: Math.max(1, Math.ceil((window.start + windowMs - time) / 1000)),
      };
    },
    size: () => windows.size,
  };
}
