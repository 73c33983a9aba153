import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelDeferred, deferAction, isDeferredPending } from './deferred.ts';
import { assignmentChanges, isDeferred, stateToRestore } from './undo.ts';

const support = { id: 1, name: 'Support' };
const claims = { id: 3, name: 'Claims' };

describe('undo', () => {
  afterEach(() => vi.useRealTimers());

  it('goes back to the previous state only where the rules allow it', () => {
    expect(stateToRestore('invited', 'inprogress')).toBe('invited');
    expect(stateToRestore('open', 'done')).toBe('open'); // done may go back to open
    expect(stateToRestore('invited', 'done')).toBeNull();
    expect(stateToRestore('new', 'open')).toBeNull(); // nothing goes back to new
    expect(stateToRestore('upstream-thing', 'open')).toBeNull();
    expect(isDeferred('closed')).toBe(true);
    expect(isDeferred('done')).toBe(false);
  });

  it('sends only the assignment fields that change', () => {
    expect(assignmentChanges({ agentId: null, group: support }, { agentId: 7, group: support })).toEqual({
      agent: '7',
    });
    expect(assignmentChanges({ agentId: 7, group: support }, { agentId: null, group: null })).toEqual({
      agent: '',
      group: '',
    });
    expect(assignmentChanges({ agentId: 7, group: support }, { agentId: 7, group: claims })).toEqual({
      group: 3,
    });
    expect(assignmentChanges({ agentId: 7, group: support }, { agentId: 7, group: support })).toEqual({});
  });

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
