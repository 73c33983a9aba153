/**
 * What the gateway's `GET /events` stream carries (server-sent events). Each message's `data` is one
 * JSON `LiveEvent`; its `id` is opaque to the browser, which only hands it back (`Last-Event-ID`) to
 * resume. Written with `zod/mini` like models.ts: the browser parses every message with these.
 */
import * as z from 'zod/mini';
import { ticketSchema } from './models.ts';

/** The path of the stream (a gateway route, outside /api: it never reaches upstream). */
export const LIVE_EVENTS_PATH = '/events';

/** The query parameter a fresh EventSource (which cannot set headers) resumes with, as Last-Event-ID. */
export const LIVE_RESUME_PARAM = 'lastEventId';

const epochMs = () => z.number();

// A plain union of enums: discriminatedUnion and literal would add their code to the first load.
export const liveEventSchema = z.union([
  z.object({ type: z.enum(['ticket.created', 'ticket.updated']), ticket: ticketSchema }),
  z.object({ type: z.enum(['ticket.deleted']), ticketId: z.int() }),
  /** The first sync of what the user sees: `total` is null until upstream has said it. */
  z.object({
    type: z.enum(['sync.progress']),
    synced: z.int(),
    total: z.nullable(z.int()),
    done: z.boolean(),
  }),
  /** The user's upstream budget (calls a minute): what is left in this window, and when it resets. */
  z.object({ type: z.enum(['budget']), remaining: z.int(), limit: z.int(), resetAt: epochMs() }),
  /** Whether the gateway reaches upstream; `since`: when that last changed. */
  z.object({ type: z.enum(['upstream']), reachable: z.boolean(), since: epochMs() }),
  /**
   * The first message of every stream, sent by the gateway alone: the stream is up, and its id is where
   * a new stream resumes from without missing anything.
   */
  z.object({ type: z.enum(['ready']) }),
  /**
   * Sent by the gateway alone, never published: events were missed (the resume id is too old or
   * unknown, or the browser fell too far behind), so everything cached may be stale; read it again once.
   */
  z.object({ type: z.enum(['resync']) }),
  /** A bulk job of the user's moved on (bulk.ts): GET the job for its per-ticket results. */
  z.object({
    type: z.enum(['bulk.progress']),
    jobId: z.string(),
    status: z.enum(['running', 'finished', 'cancelled']),
    processed: z.int(),
    total: z.int(),
    etaMs: z.number(),
  }),
  /**
   * Sent by the gateway alone, last: this session was signed out (here, or everywhere). The stream
   * ends, and any request of the page would get a 401: the page goes to the sign-in.
   */
  z.object({ type: z.enum(['session.ended']) }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
/** What the gateway publishes to users (ready and resync are the stream's own, per connection). */
export type PublishedLiveEvent = Exclude<LiveEvent, { type: 'ready' | 'resync' | 'session.ended' }>;
