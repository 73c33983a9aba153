/**
 * The supervision report (`GET /enterprises/{id}/tickets/report`, API.md "Reporting", shape [chosen]):
 * every figure is about the tickets *created* in the period, by their state now.
 *
 * The base shape is what any server answering the call sends. The embedded API adds, as the [ext]
 * `reportFigures`, what the base cannot give: `late` (start time passed while still new, open or
 * invited), exact average durations, per-day resolved counts of the day's tickets, and the figures of
 * the previous period of the same length (`previous`), so one call serves one view. Every extra field
 * is optional: a server without them still parses, and the page shows "—" for what it cannot compute.
 */
import * as z from 'zod/mini';
import { agentRefSchema, groupRefSchema } from './models.ts';

const int = () => z.int();
const byState = z.record(z.string(), int());
const optionalInt = () => z.optional(int());
const optionalDuration = () => z.optional(z.nullable(z.number()));

/** Figures of a whole period, without the breakdowns: what `previous` carries. */
const periodFiguresShape = {
  total: int(),
  by_state: byState,
  /** [ext] Tickets whose start time has passed while they are still new, open or invited. */
  late: optionalInt(),
  /** [ext] Mean `duration` (minutes) of the period's tickets; null when there are none. */
  avg_duration: optionalDuration(),
  /** [ext] Active tickets (new, open, invited, in progress) nobody is assigned to. */
  unassigned: optionalInt(),
};

export const reportSchema = z.object({
  ...periodFiguresShape,
  by_agent: z.array(
    z.object({
      user: z.nullable(agentRefSchema),
      total: int(),
      by_state: byState,
      avg_duration: z.nullable(z.number()),
      late: optionalInt(),
    }),
  ),
  by_group: z.array(
    z.object({
      group: z.nullable(groupRefSchema),
      total: int(),
      by_state: byState,
      avg_duration: optionalDuration(),
      late: optionalInt(),
    }),
  ),
  by_day: z.array(
    z.object({
      date: z.string(),
      created: int(),
      /** Tickets of the period completed that day. */
      done: int(),
      /** [ext] Of the tickets created that day, those resolved (done or closed) now. */
      resolved: optionalInt(),
    }),
  ),
  /** [ext] The previous period of the same length, ending just before this one starts. */
  previous: z.optional(z.object({ start_time: z.string(), end_time: z.string(), ...periodFiguresShape })),
});
export type Report = z.infer<typeof reportSchema>;
export type ReportPeriodFigures = Pick<Report, 'total' | 'by_state' | 'late' | 'avg_duration' | 'unassigned'>;
