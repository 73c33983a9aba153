import { describe, expect, it } from 'vitest';

import { assignmentChanges, isDeferred, stateToRestore } from './undoChanges.ts';

const support = { id: 1, name: 'Support' };
const claims = { id: 3, name: 'Claims' };

describe('undo', () => {
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
});
