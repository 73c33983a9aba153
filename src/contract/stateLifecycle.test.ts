import { describe, expect, it } from 'vitest';
import { allowedTransitions } from './transitions.ts';
import { compareStates, nextAndOtherStates, stateRank, stateRankSql } from './stateLifecycle.ts';

describe('state life cycle', () => {
  it('ranks the main path first, then the unresolved ends, then unknown states', () => {
    const sorted = ['rejected', 'closed', 'open', 'weird', 'new', 'cancelled', 'invited'].sort(compareStates);
    expect(sorted).toEqual(['new', 'open', 'invited', 'closed', 'rejected', 'cancelled', 'weird']);
    expect(stateRank('inprogress')).toBeLessThan(stateRank('done'));
  });

  it('offers the rest of the main path first, the others after in lifecycle order', () => {
    expect(nextAndOtherStates('open', allowedTransitions('open'))).toEqual({
      next: ['invited', 'inprogress', 'done', 'closed'],
      other: ['rejected', 'declined', 'expired', 'cancelled'],
    });
    expect(nextAndOtherStates('invited', allowedTransitions('invited'))).toEqual({
      next: ['inprogress', 'done', 'closed'],
      other: ['open', 'rejected', 'declined', 'expired', 'cancelled'],
    });
    expect(nextAndOtherStates('done', allowedTransitions('done'))).toEqual({
      next: ['closed'],
      other: ['open'],
    });
    expect(nextAndOtherStates('new', allowedTransitions('new')).next).toEqual([
      'open',
      'invited',
      'inprogress',
      'done',
      'closed',
    ]);
    // Off the main path, reopening and going on are the sensible ways.
    expect(nextAndOtherStates('declined', allowedTransitions('declined')).next[0]).toBe('open');
  });

  it('builds an ORDER BY expression from the enum only', () => {
    const sql = stateRankSql('t.state');
    expect(sql).toMatch(/^CASE t\.state WHEN 'new' THEN 0 .* ELSE 10 END$/);
    expect(sql).toContain("WHEN 'closed' THEN 5");
  });
});
