import { useSyncExternalStore } from 'react';

/**
 * Upstream allows few requests a minute. When it answers 429 we remember until when to stay quiet;
 * polling and retries read this instead of hammering.
 */
let quietUntil = 0;
const listeners = new Set<() => void>();

export function noteRateLimited(retryAfterSeconds: number): void {
  quietUntil = Math.max(quietUntil, Date.now() + retryAfterSeconds * 1000);
  listeners.forEach((listener) => listener());
  setTimeout(() => listeners.forEach((listener) => listener()), retryAfterSeconds * 1000 + 50);
}

export function rateLimitedFor(): number {
  return Math.max(0, quietUntil - Date.now());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while we are backing off after a 429. */
export function useRateLimited(): boolean {
  return useSyncExternalStore(subscribe, () => rateLimitedFor() > 0);
}
