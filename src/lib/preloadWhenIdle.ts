type IdleWindow = Window & { requestIdleCallback?: (callback: () => void) => number };

/**
 * Starts loading a deferred chunk once the browser is idle (soon after first paint), so the control
 * it holds is ready before anyone reaches for it. Loading twice is harmless: modules load once.
 */
export function preloadWhenIdle(load: () => Promise<unknown>): void {
  const start = () => void load().catch(() => undefined); // the lazy() that needs it reports failures
  const idle = (window as IdleWindow).requestIdleCallback;
  if (idle) idle(start);
  else setTimeout(start, 1);
}
