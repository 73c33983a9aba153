/**
 * Bulk jobs: the gateway's own route (not Apizee's API) that runs one action over many tickets, one
 * upstream write at a time within the user's budget. Shared by the gateway and the SPA's bulk bar
 * (loaded on first use); the live event it publishes is in live.ts.
 */
import * as z from 'zod/mini';
import { INVITATION_CHANNELS, TICKET_STATES } from './enums.ts';

export const bulkPaths = {
  jobs: '/gateway/bulk',
  job: (id: string) => `/gateway/bulk/${encodeURIComponent(id)}`,
  undo: (id: string) => `/gateway/bulk/${encodeURIComponent(id)}/undo`,
} as const;

/** Tickets one job may hold (ids given, or matching the filter). */
export const BULK_MAX_TICKETS = 500;

export const BULK_ACTION_TYPES = ['state', 'assign', 'invite', 'delete'] as const;
export type BulkActionType = (typeof BULK_ACTION_TYPES)[number];

/** What a job does to every ticket. `assign`: an agent id, or a group id; `''` unassigns. */
export type BulkAction =
  | { type: 'state'; state: (typeof TICKET_STATES)[number] }
  | { type: 'assign'; agent: number | '' }
  | { type: 'assign'; group: number | '' }
  | { type: 'invite'; channel?: (typeof INVITATION_CHANNELS)[number] }
  | { type: 'delete' };

/**
 * `POST /gateway/bulk`: the action, and either the ids, or the list's filters (the list's own query
 * parameters, as `GET /api/v3/tickets` takes them), resolved to ids by the store when the job starts.
 */
export type BulkRequest = { action: BulkAction } & (
  { ids: number[] } | { filter: Record<string, string | number> }
);

/**
 * One ticket's outcome: done; refused by upstream (its own reason); a conflict (changed since the
 * job started: the write was not sent); cancelled (not sent, the job was cancelled); pending.
 */
export const BULK_OUTCOMES = ['pending', 'done', 'refused', 'conflict', 'cancelled'] as const;
export type BulkOutcome = (typeof BULK_OUTCOMES)[number];
export const BULK_STATUSES = ['running', 'finished', 'cancelled'] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];

const counts = z.object({
  done: z.int(),
  refused: z.int(),
  conflict: z.int(),
  cancelled: z.int(),
});

export const bulkResultSchema = z.object({
  ticketId: z.int(),
  outcome: z.enum(BULK_OUTCOMES),
  /** Upstream's message for a refusal; what changed for a conflict. */
  reason: z.nullable(z.string()),
  /** Done, and the batch's Undo can send its previous value back. */
  revertible: z.boolean(),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const bulkJobSchema = z.object({
  id: z.string(),
  action: z.object({ type: z.enum(BULK_ACTION_TYPES) }),
  status: z.enum(BULK_STATUSES),
  total: z.int(),
  processed: z.int(),
  counts,
  /** Milliseconds left at the budget's real rate; 0 once ended. */
  etaMs: z.number(),
  /** The job this one undoes. */
  undoOf: z.nullable(z.string()),
  /** Done tickets the batch's Undo would revert. */
  revertible: z.int(),
  results: z.array(bulkResultSchema),
});
export type BulkJob = z.infer<typeof bulkJobSchema>;
/** A job as the live stream tells it: everything but the per-ticket results (GET the job for those). */
export type BulkJobSummary = Omit<BulkJob, 'results'>;
export const bulkJobListSchema = z.object({ data: z.array(bulkJobSchema) });
