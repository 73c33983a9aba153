/**
 * Actions held back for their undo window, by key. While one waits, leaving the page asks first: the
 * action would otherwise be lost with the tab.
 */
const waiting = new Map<string, ReturnType<typeof setTimeout>>();

function guardUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
}

function track() {
  if (waiting.size > 0) window.addEventListener('beforeunload', guardUnload);
  else window.removeEventListener('beforeunload', guardUnload);
}

/** Runs `run` after `ms` unless cancelled; returns the cancel function (true when it was still waiting). */
export function deferAction(key: string, ms: number, run: () => void): () => boolean {
  cancelDeferred(key);
  waiting.set(
    key,
    setTimeout(() => {
      waiting.delete(key);
      track();
      run();
    }, ms),
  );
  track();
  return () => cancelDeferred(key);
}

export function cancelDeferred(key: string): boolean {
  const timer = waiting.get(key);
  if (timer === undefined) return false;
  clearTimeout(timer);
  waiting.delete(key);
  track();
  return true;
}

export function isDeferredPending(key: string): boolean {
  return waiting.has(key);
}
