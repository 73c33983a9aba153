/**
 * Bulk jobs, one running per user: each ticket's write goes upstream on its own, in order, as the user
 * and through their budget at the `bulk` priority (below the user's own writes and reads, leaving two
 * calls of every window free: see scheduler.ts). Progress goes to the user's live stream.
 *
 * Jobs live in this process's memory, not in the store: a job runs where it started, holding the
 * user's bearer token for its writes, which the store must not keep. So a job survives a reload of
 * the page (the browser asks again), not a restart of this gateway process, and on several replicas
 * `GET /gateway/bulk/:id` answers on the replica that runs it; its live events reach every replica.
 */
import { randomUUID } from 'node:crypto';
import type { BulkAction, BulkJob, BulkResult, BulkStatus } from '../../../contract/bulk.ts';
import { BudgetExhausted, callAsUser } from '../budget/callAsUser.ts';
import type { GatewayDeps } from '../deps.ts';
import type { Session } from '../sessionCookie.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { markChanged, removeTicket } from '../store/tickets.ts';
import { UpstreamTimeoutError, UpstreamUnreachableError } from '../upstreamCall.ts';
import { bulkEtaMs } from './bulkEta.ts';
import { storedSnapshots, type TicketSnapshot } from './bulkTargets.ts';
import { refusalReason, undoAction, upstreamWrite } from './ticketWrite.ts';

export type BulkItem = { action: BulkAction; before: TicketSnapshot };

export type BulkJobsOptions = {
  /** Waits for the budget's next slot; injectable with the clock (deps.now) in tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** How long an ended job can still be read (default 1 h). */
  keepEndedMs?: number;
};

type Job = {
  id: string;
  userId: number;
  token: string;
  type: BulkAction['type'];
  items: BulkItem[];
  results: (BulkResult & { undo: BulkAction | null })[];
  status: BulkStatus;
  processed: number;
  etaMs: number;
  undoOf: string | null;
  abort: AbortController;
  endedAt: number | null;
};

export class BulkJobBusy extends Error {
  constructor(readonly jobId: string) {
    super('A bulk job of yours is still running: cancel it or wait for it to end');
  }
}

/** How long an Undo waits for the store to see its batch's writes: 50 × 100 ms. */
const OWN_WRITES_POLL_MS = 100;
const OWN_WRITES_ROUNDS = 50;

/** The first guess of one write's duration, until the job has measured some. */
const FIRST_CALL_MS = 300;

function realSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export type BulkJobs = ReturnType<typeof createBulkJobs>;

export function createBulkJobs(deps: GatewayDeps, store: GatewayStore, options: BulkJobsOptions = {}) {
  const sleep = options.sleep ?? realSleep;
  const keepEndedMs = options.keepEndedMs ?? 60 * 60_000;
  const jobs = new Map<string, Job>();

  const view = (job: Job): BulkJob => {
    const counts = { done: 0, refused: 0, conflict: 0, cancelled: 0 };
    let revertible = 0;
    for (const result of job.results) {
      if (result.outcome !== 'pending') counts[result.outcome] += 1;
      if (result.revertible) revertible += 1;
    }
    return {
      id: job.id,
      action: { type: job.type },
      status: job.status,
      total: job.items.length,
      processed: job.processed,
      counts,
      etaMs: job.status === 'running' ? job.etaMs : 0,
      undoOf: job.undoOf,
      revertible,
      results: job.results.map(({ undo: _undo, ...result }) => result),
    };
  };

  const publish = (job: Job) =>
    store.live.publish([job.userId], {
      type: 'bulk.progress',
      jobId: job.id,
      status: job.status,
      processed: job.processed,
      total: job.items.length,
      etaMs: job.status === 'running' ? job.etaMs : 0,
    });

  let perCallMs = FIRST_CALL_MS;
  const estimate = async (job: Job) => {
    const budget = await store.budget.state(job.userId);
    job.etaMs = bulkEtaMs(job.items.length - job.processed, budget, store.budget.windowMs, perCallMs);
  };

  const forget = () => {
    const now = deps.now();
    for (const [id, job] of jobs)
      if (job.endedAt !== null && now - job.endedAt > keepEndedMs) jobs.delete(id);
  };

  /** Sends one ticket's write, waiting for the budget as long as it takes (or until cancelled). */
  async function write(job: Job, index: number): Promise<void> {
    const item = job.items[index]!;
    const result = job.results[index]!;
    const ticketId = item.before.ticketId;
    const now = (await storedSnapshots(store.db, job.userId, [ticketId])).get(ticketId);
    if (!now) {
      Object.assign(result, {
        outcome: 'conflict',
        reason: 'no longer in your view (deleted or reassigned)',
      });
      return;
    }
    if (now.modified !== item.before.modified) {
      Object.assign(result, {
        outcome: 'conflict',
        reason: `changed since the job started (modified ${new Date(now.modified).toISOString()})`,
      });
      return;
    }
    const change = upstreamWrite(item.action, ticketId);
    for (;;) {
      if (job.abort.signal.aborted) return;
      const started = Date.now();
      let response: Response;
      try {
        response = await callAsUser(
          deps,
          { userId: job.userId, token: job.token, priority: 'bulk' },
          change.path,
          {
            method: change.method,
            headers: { 'content-type': 'application/json' },
            ...(change.body && { body: JSON.stringify(change.body) }),
          },
        );
      } catch (error) {
        if (error instanceof BudgetExhausted) {
          await estimate(job);
          publish(job);
          await sleep(Math.max(1, error.retryAt - deps.now()), job.abort.signal);
          continue;
        }
        if (error instanceof UpstreamUnreachableError || error instanceof UpstreamTimeoutError) {
          Object.assign(result, {
            outcome: 'refused',
            reason: 'Apizee did not answer: the change may or may not have been made',
          });
          return;
        }
        throw error;
      }
      perCallMs = Math.round(perCallMs * 0.7 + (Date.now() - started) * 0.3);
      if (response.status === 429) {
        // Upstream counted more calls than we did (another client of the same user): its word goes.
        await response.body?.cancel();
        const seconds = Number(
          response.headers.get('retry-after') ?? response.headers.get('x-ratelimit-reset'),
        );
        await sleep((Number.isFinite(seconds) && seconds > 0 ? seconds : 6) * 1000, job.abort.signal);
        continue;
      }
      if (response.status === 401) {
        await response.body?.cancel();
        Object.assign(result, { outcome: 'refused', reason: '401 your session ended' });
        job.abort.abort();
        return;
      }
      if (!response.ok) {
        Object.assign(result, { outcome: 'refused', reason: await refusalReason(response) });
        return;
      }
      await response.body?.cancel();
      const undo = undoAction(item.action, item.before);
      Object.assign(result, { outcome: 'done', reason: null, revertible: undo !== null, undo });
      if (change.method === 'DELETE') {
        store.live.publish(await removeTicket(store.db, ticketId), { type: 'ticket.deleted', ticketId });
      } else {
        await markChanged(store.db, ticketId, deps.now());
        // Without webhooks nothing else tells the lists: the sync re-reads it within the budget.
        if (!store.webhooksWired) store.sync.verify(job.userId, ticketId);
      }
      return;
    }
  }

  /**
   * The store's copies once it has seen the job's own writes (their webhooks, or the sync's re-read,
   * bring a newer `modified`): an Undo clicked at once would otherwise take the copy from before its
   * batch landed and call every ticket "changed since". Waits a few seconds at most.
   */
  async function snapshotsAfterOwnWrites(
    userId: number,
    writes: readonly { ticketId: number; written: number }[],
  ): Promise<Map<number, TicketSnapshot>> {
    const ids = writes.map((write) => write.ticketId);
    for (let round = 0; ; round += 1) {
      const snapshots = await storedSnapshots(store.db, userId, ids);
      const landed = writes.every(
        (write) => (snapshots.get(write.ticketId)?.modified ?? Infinity) > write.written,
      );
      if (landed || round >= OWN_WRITES_ROUNDS) return snapshots;
      await new Promise((resolve) => setTimeout(resolve, OWN_WRITES_POLL_MS));
    }
  }

  async function run(job: Job): Promise<void> {
    try {
      for (let index = 0; index < job.items.length; index += 1) {
        if (!job.abort.signal.aborted) await write(job, index);
        const result = job.results[index]!;
        if (result.outcome === 'pending') Object.assign(result, { outcome: 'cancelled', reason: null });
        job.processed = index + 1;
        await estimate(job);
        if (index + 1 < job.items.length) publish(job);
      }
    } catch (error) {
      deps.logger.error('bulk job failed', { jobId: job.id, error });
      for (const result of job.results)
        if (result.outcome === 'pending')
          Object.assign(result, { outcome: 'refused', reason: 'the gateway failed: not sent' });
      job.processed = job.items.length;
    }
    job.status = job.abort.signal.aborted ? 'cancelled' : 'finished';
    job.endedAt = deps.now();
    job.etaMs = 0;
    publish(job);
  }

  function start(session: Session, items: BulkItem[], undoOf: string | null = null): Promise<BulkJob> {
    forget();
    for (const job of jobs.values())
      if (job.userId === session.userId && job.status === 'running') throw new BulkJobBusy(job.id);
    const job: Job = {
      id: randomUUID(),
      userId: session.userId,
      token: session.token,
      type: items[0]!.action.type,
      items,
      results: items.map((item) => ({
        ticketId: item.before.ticketId,
        outcome: 'pending',
        reason: null,
        revertible: false,
        undo: null,
      })),
      status: 'running',
      processed: 0,
      etaMs: 0,
      undoOf,
      abort: new AbortController(),
      endedAt: null,
    };
    jobs.set(job.id, job);
    return estimate(job).then(() => {
      void run(job);
      return view(job);
    });
  }

  return {
    start,
    get(userId: number, id: string): BulkJob | null {
      const job = jobs.get(id);
      return job && job.userId === userId ? view(job) : null;
    },
    /** The user's jobs still kept, newest first. */
    list(userId: number): BulkJob[] {
      forget();
      return [...jobs.values()]
        .filter((job) => job.userId === userId)
        .reverse()
        .map(view);
    },
    cancel(userId: number, id: string): BulkJob | null {
      const job = jobs.get(id);
      if (!job || job.userId !== userId) return null;
      job.abort.abort();
      return view(job);
    },
    /**
     * A new job sending each done ticket's previous value back. Its own "before" is the store's copy
     * now, so a ticket changed again since is a conflict, not overwritten.
     */
    async undo(session: Session, id: string): Promise<BulkJob | null | 'nothing'> {
      const job = jobs.get(id);
      if (!job || job.userId !== session.userId) return null;
      if (job.status === 'running') throw new BulkJobBusy(job.id);
      const reverts = job.results.flatMap((result, index) =>
        result.undo
          ? [{ ticketId: result.ticketId, undo: result.undo, written: job.items[index]!.before.modified }]
          : [],
      );
      if (reverts.length === 0) return 'nothing';
      const now = await snapshotsAfterOwnWrites(session.userId, reverts);
      const items = reverts.map(({ ticketId, undo }) => ({
        action: undo,
        // Gone from the store: the write's own check will say so (a conflict), nothing is sent.
        before: now.get(ticketId) ?? { ticketId, modified: -1, state: '', agentId: null, groupId: null },
      }));
      const undoing = await start(session, items, job.id);
      // Undone once: the batch's Undo is spent (the undo job has its own results).
      for (const result of job.results) Object.assign(result, { undo: null, revertible: false });
      return undoing;
    },
    /** Stops every job (the process is shutting down). */
    close() {
      for (const job of jobs.values()) job.abort.abort();
    },
  };
}
