/**
 * How a list with a date range is planned (issue 14, item 10). Each date column has an index led by
 * enterprise, the date and the id, holding every column a list filters or sorts on (migration 4). A
 * date-range list is driven by exactly one of them, chosen here and not by the planner's guess about
 * how dates correlate: every other filter is written `+t.column`, which no index may serve.
 *
 * - The list is sorted by a ranged date: its index walks the range in order and stops at the page.
 * - It is sorted by another date: the ranged index first finds that date's bound among the matches
 *   (one covering range scan, kept until the next write), then the sorted date's index walks from the
 *   bound in order.
 * - Any other sort (modified, id, reference, state): the ranged index is scanned and sorted.
 */
import type { TicketQuery } from './listQuery.ts';

export const DATE_COLUMNS = ['created', 'start_time', 'end_time'] as const;
export type DateColumn = (typeof DATE_COLUMNS)[number];

export interface DateRange {
  column: DateColumn;
  operator: '>=' | '<' | '<=';
  value: number;
}

export function isDateColumn(column: string): column is DateColumn {
  return (DATE_COLUMNS as readonly string[]).includes(column);
}

/**
 * The date conditions of a list. `ended_before` also bounds the start: a ticket ends `duration`
 * minutes (at least one; no write changes start, end or duration after creation) after it starts,
 * so `end_time < x` implies `start_time < x`, and a list sorted by start walks only that far.
 */
export function dateRanges(query: TicketQuery): DateRange[] {
  const ranges: DateRange[] = [];
  const add = (column: DateColumn, operator: DateRange['operator'], value: number | undefined) => {
    if (value !== undefined) ranges.push({ column, operator, value });
  };
  add('created', '>=', query.since);
  add('created', '<', query.until);
  add('start_time', '>=', query.startedAfter);
  add('start_time', '<=', query.startedBefore);
  add('end_time', '<', query.endedBefore);
  add('start_time', '<', query.endedBefore);
  return ranges;
}

/** The index a date-range list or count is driven by: the sorted date when ranged, else the first ranged. */
export function drivingDate(ranges: readonly DateRange[], sorted?: string): DateColumn | undefined {
  if (ranges.some((range) => range.column === sorted)) return sorted as DateColumn;
  return DATE_COLUMNS.find((column) => ranges.some((range) => range.column === column));
}
