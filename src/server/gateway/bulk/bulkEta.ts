/**
 * How long a job's remaining writes will take at the rate the budget really allows: what the window
 * has free now beyond the bulk reserve goes at once, then (limit − reserve) calls per window.
 */
import { RESERVED_FOR_USER, type BudgetState } from '../budget/scheduler.ts';

export function bulkEtaMs(
  pending: number,
  budget: BudgetState,
  windowMs: number,
  /** Measured time of one upstream write. */
  perCallMs: number,
): number {
  if (pending <= 0) return 0;
  const reserve = RESERVED_FOR_USER.bulk;
  const freeNow = Math.max(0, budget.remaining - reserve);
  const perWindow = Math.max(1, budget.limit - reserve);
  const waiting = Math.max(0, pending - freeNow);
  return Math.round(pending * perCallMs + (waiting * windowMs) / perWindow);
}
