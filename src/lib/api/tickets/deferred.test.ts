import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelDeferred, deferAction, isDeferredPending } from './deferred.ts';

describe('deferred actions', () => {
  afterEach(() => vi.useRealTimers());

  it('holds a deferred action for its window and lets it be cancelled', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    deferAction('close:1', 10_000, run);
    expect(isDeferredPending('close:1')).toBe(true);
    vi.advanceTimersByTime(9_999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
    expect(isDeferredPending('close:1')).toBe(false);

    const other = vi.fn();
    const cancel = deferAction('close:2', 10_000, other);
    expect(cancel()).toBe(true);
    vi.advanceTimersByTime(20_000);
    expect(other).not.toHaveBeenCalled();
    expect(cancelDeferred('close:2')).toBe(false);
  });
});
