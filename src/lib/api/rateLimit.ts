import { useEffect, useState, useSyncExternalStore } from 'react';

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

/** Whole seconds left of the wait (0 when none), re-rendering every second while it lasts. */
export function useRateLimitSeconds(): number {
  const limited = useRateLimited();
  const [, tick] = useState(0);
  useEffect(() => {
    if (!limited) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [limited]);
  return limited ? Math.ceil(rateLimitedFor() / 1000) : 0;
}
