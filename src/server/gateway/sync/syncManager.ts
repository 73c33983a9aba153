/**
 * The sync of each user with a live connection: the upstream list calls of their scopes (scopes.ts),
 * first paged by creation at the largest page and resumable from the store after a crash, then
 * incremental by `orderby=modified` back to a watermark — at once on a webhook, else every `pollMs`.
 * Every call goes through the user's budget at `sync` or `refresh` priority: when the budget has no
 * room, the pass waits for the time the scheduler names. The token lives only in memory, from the
 * live connection's cookie: a user with no connection is not synced.
 */
import type { Extension } from '../../../contract/extensions.ts';
import { formatApiDate, LIST_LIMIT_MAX } from '../../../contract/params.ts';
import type { User } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { BudgetExhausted } from '../budget/callAsUser.ts';
import type { CallPriority } from '../budget/scheduler.ts';
import type { GatewayDeps } from '../deps.ts';
import type { Session } from '../sessionCookie.ts';
import { publishRecorded } from '../store/publishChanges.ts';
import type { StoreSyncScopesTable } from '../store/schema.ts';
import { recordSeenTickets, withdrawFromUser } from '../store/tickets.ts';
import { loadProfile } from '../store/users.ts';
import { apiPath } from '../upstreamCall.ts';
import { syncScopes } from './scopes.ts';
import { readJson, syncCalls, TokenRefused } from './syncCalls.ts';
import type { SyncManager, SyncOptions, SyncStatus } from './syncTypes.ts';

export type { SyncManager, SyncOptions, SyncStatus };

interface Worker {
  session: Session;
  connections: number;
  running: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  dueAt: number;
  /** Set while no stream is open: ends the worker unless one opens again. */
  leaving: ReturnType<typeof setTimeout> | null;
  refreshWanted: CallPriority | null;
  verifyWanted: Set<number>;
  lastIncremental: number;
}

/** Tickets modified within this much of the watermark are read again (modified has second precision). */
const WATERMARK_OVERLAP_MS = 2_000;

export function createSyncManager(deps: GatewayDeps, options: SyncOptions = {}): SyncManager {
  const store = deps.store;
  if (!store) throw new Error('The sync needs the ticket store');
  const { db, live } = store;
  const pollMs = options.pollMs ?? 60_000;
  const coalesceMs = options.coalesceMs ?? 250;
  const laterMs = options.laterMs ?? 5_000;
  const lingerMs = options.lingerMs ?? 30_000;
  const workers = new Map<number, Worker>();
  let closed = false;

  const upstream = syncCalls(deps);

  async function scopeRows(worker: Worker, user: User): Promise<StoreSyncScopesTable[]> {
    const userId = worker.session.userId;
    const rows = await db.selectFrom('store_sync_scopes').selectAll().where('user_id', '=', userId).execute();
    if (rows.length > 0) return rows;
    const extensions: readonly Extension[] = await deps.extensions.forToken(worker.session.token);
    const needsServices = !(extensions.includes('userScopes') && extensions.includes('allServices'));
    const scopes = syncScopes(
      user,
      extensions,
      needsServices ? await upstream.serviceKeys(worker.session) : [],
    );
    const fresh = scopes.map((scope) => ({
      user_id: userId,
      scope,
      phase: 'initial',
      cursor: null,
      cursor_offset: 0,
      synced: 0,
      total: null,
      watermark: null,
      updated_at: deps.now(),
    }));
    if (fresh.length > 0)
      await db
        .insertInto('store_sync_scopes')
        .values(fresh)
        .onConflict((c) => c.doNothing())
        .execute();
    return fresh;
  }

  /** One page of a scope's first pass; true when the scope is done. */
  async function initialPage(worker: Worker, row: StoreSyncScopesTable): Promise<boolean> {
    const params = new URLSearchParams(row.scope);
    params.set('orderby', 'created');
    params.set('order', 'asc');
    params.set('limit', String(LIST_LIMIT_MAX));
    if (row.cursor !== null) {
      params.set('since', formatApiDate(row.cursor));
      if (row.cursor_offset > 0) params.set('offset', String(row.cursor_offset));
    }
    const parsed = await upstream.listPage(worker.session, 'sync', params.toString());
    const tickets = parsed.data;
    await recordSeenTickets(db, worker.session.userId, worker.session.enterpriseId, tickets, deps.now());
    const last = tickets.at(-1);
    const lastCreated = last ? Date.parse(last.created) : row.cursor;
    const sameInstant = tickets.filter((ticket) => Date.parse(ticket.created) === lastCreated).length;
    const done = parsed.next_offset === null;
    const maxModified = Math.min(
      deps.now(),
      Math.max(row.watermark ?? 0, ...tickets.map((ticket) => Date.parse(ticket.modified))),
    );
    const update = {
      phase: done ? 'incremental' : 'initial',
      cursor: lastCreated,
      cursor_offset: lastCreated === row.cursor ? row.cursor_offset + sameInstant : sameInstant,
      synced: row.synced + tickets.length,
      total: row.cursor === null ? parsed.total : row.total,
      watermark: maxModified || null,
      updated_at: deps.now(),
    };
    await db
      .updateTable('store_sync_scopes')
      .set(update)
      .where('user_id', '=', row.user_id)
      .where('scope', '=', row.scope)
      .execute();
    Object.assign(row, update);
    return done;
  }

  /** Reads the scope's changes back to its watermark, newest first. */
  async function incrementalPass(
    worker: Worker,
    row: StoreSyncScopesTable,
    priority: CallPriority,
  ): Promise<void> {
    const stopAt = (row.watermark ?? 0) - WATERMARK_OVERLAP_MS;
    let watermark = row.watermark ?? 0;
    for (let offset = 0; ; offset += LIST_LIMIT_MAX) {
      const params = new URLSearchParams(row.scope);
      params.set('orderby', 'modified');
      params.set('order', 'desc');
      params.set('limit', String(LIST_LIMIT_MAX));
      if (offset > 0) params.set('offset', String(offset));
      const parsed = await upstream.listPage(worker.session, priority, params.toString());
      const recent = parsed.data.filter((ticket) => Date.parse(ticket.modified) >= stopAt);
      const result = await recordSeenTickets(
        db,
        worker.session.userId,
        worker.session.enterpriseId,
        recent,
        deps.now(),
      );
      await publishRecorded(db, live, result);
      // Never past now: a clock ahead upstream must not make the next pass skip real changes.
      watermark = Math.min(
        deps.now(),
        Math.max(watermark, ...recent.map((ticket) => Date.parse(ticket.modified))),
      );
      if (recent.length < parsed.data.length || parsed.next_offset === null) break;
    }
    await db
      .updateTable('store_sync_scopes')
      .set({ watermark, updated_at: deps.now() })
      .where('user_id', '=', row.user_id)
      .where('scope', '=', row.scope)
      .execute();
    row.watermark = watermark;
  }

  async function verifyTicket(worker: Worker, ticketId: number): Promise<void> {
    const response = await upstream.call(worker.session, 'refresh', apiPath(apiPaths.ticket(ticketId)));
    if (response.status === 200) {
      const result = await recordSeenTickets(
        db,
        worker.session.userId,
        worker.session.enterpriseId,
        [await readJson(response)],
        deps.now(),
      );
      await publishRecorded(db, live, result);
    } else if (response.status === 403 || response.status === 404) {
      await response.body?.cancel();
      if (await withdrawFromUser(db, worker.session.userId, ticketId)) {
        live.publish([worker.session.userId], { type: 'ticket.deleted', ticketId });
      }
    } else {
      await response.body?.cancel();
      throw new Error(`ticket: upstream answered ${response.status}`);
    }
  }

  const progressOf = (rows: readonly StoreSyncScopesTable[]): SyncStatus => ({
    done: rows.length > 0 && rows.every((row) => row.phase === 'incremental'),
    synced: rows.reduce((sum, row) => sum + row.synced, 0),
    total: rows.some((row) => row.total === null)
      ? null
      : rows.reduce((sum, row) => sum + (row.total ?? 0), 0),
  });

  async function work(worker: Worker): Promise<void> {
    const profile = await loadProfile(db, worker.session.userId);
    if (!profile) return;
    const rows = await scopeRows(worker, profile.user);
    let readInitial = false;
    for (const row of rows) {
      while (row.phase === 'initial') {
        readInitial = true;
        const done = await initialPage(worker, row);
        live.publish([worker.session.userId], { type: 'sync.progress', ...progressOf(rows) });
        if (done) break;
      }
    }
    for (const ticketId of [...worker.verifyWanted]) {
      await verifyTicket(worker, ticketId);
      worker.verifyWanted.delete(ticketId);
    }
    // A first pass just read is as fresh as an incremental one.
    if (readInitial) worker.lastIncremental = deps.now();
    const due = deps.now() - worker.lastIncremental >= pollMs;
    if (worker.refreshWanted || due) {
      const priority = worker.refreshWanted ?? 'sync';
      worker.refreshWanted = null;
      for (const row of rows) await incrementalPass(worker, row, priority);
      worker.lastIncremental = deps.now();
    }
  }

  /** Runs the worker's next pass in `delayMs`, unless one is already due sooner. */
  function retire(worker: Worker): void {
    if (workers.get(worker.session.userId) !== worker) return;
    if (worker.timer) clearTimeout(worker.timer);
    if (worker.leaving) clearTimeout(worker.leaving);
    workers.delete(worker.session.userId);
  }

  /** A worker keeps working while it lingers after its last stream (the store stays current). */
  const retired = (worker: Worker) => closed || workers.get(worker.session.userId) !== worker;

  function schedule(worker: Worker, delayMs: number, force = false) {
    if (retired(worker)) return;
    const dueAt = deps.now() + Math.max(0, delayMs);
    if (worker.timer && !force && worker.dueAt <= dueAt) return;
    if (worker.timer) clearTimeout(worker.timer);
    worker.dueAt = dueAt;
    worker.timer = setTimeout(
      () => {
        worker.timer = null;
        run(worker);
      },
      Math.max(0, delayMs),
    );
    worker.timer.unref?.();
  }

  function run(worker: Worker): void {
    if (worker.running || retired(worker)) return;
    worker.running = work(worker)
      .then(() => schedule(worker, worker.lastIncremental + pollMs - deps.now()))
      .catch((error: unknown) => {
        if (error instanceof BudgetExhausted) return schedule(worker, error.retryAt - deps.now());
        // Signed out (revoked upstream) or expired: this token syncs nothing more.
        if (error instanceof TokenRefused) return retire(worker);
        deps.logger.warn('sync pass failed', {
          userId: worker.session.userId,
          error: (error as Error).message,
        });
        schedule(worker, 15_000);
      })
      .finally(() => {
        worker.running = null;
      });
  }

  return {
    connect(session) {
      const worker = workers.get(session.userId);
      if (worker) {
        worker.connections += 1;
        worker.session = session;
        if (worker.leaving) clearTimeout(worker.leaving);
        worker.leaving = null;
        if (!worker.running && !worker.timer) schedule(worker, 0);
        return;
      }
      const fresh: Worker = {
        session,
        connections: 1,
        running: null,
        timer: null,
        dueAt: 0,
        leaving: null,
        // A stream opening again after a while: what changed meanwhile.
        refreshWanted: 'sync',
        verifyWanted: new Set(),
        lastIncremental: 0,
      };
      workers.set(session.userId, fresh);
      run(fresh);
    },
    disconnect(session) {
      const worker = workers.get(session.userId);
      if (!worker) return;
      worker.connections -= 1;
      if (worker.connections > 0) return;
      // A page reload reconnects at once: the worker (and the store's currency) outlives it a while.
      worker.leaving = setTimeout(() => {
        if (worker.connections === 0) retire(worker);
      }, lingerMs);
      worker.leaving.unref?.();
    },
    refresh(userId, when = 'soon') {
      const worker = workers.get(userId);
      if (!worker) return;
      const delay = when === 'soon' ? coalesceMs : laterMs;
      if (when === 'soon' || worker.refreshWanted === null)
        worker.refreshWanted = when === 'soon' ? 'refresh' : 'sync';
      if (!worker.running) schedule(worker, delay);
      else void worker.running.then(() => schedule(worker, delay));
    },
    verify(userId, ticketId) {
      const worker = workers.get(userId);
      if (!worker) return;
      worker.verifyWanted.add(ticketId);
      if (!worker.running) schedule(worker, coalesceMs);
      else void worker.running.then(() => schedule(worker, coalesceMs));
    },
    async status(userId) {
      const rows = await db
        .selectFrom('store_sync_scopes')
        .selectAll()
        .where('user_id', '=', userId)
        .execute();
      return progressOf(rows);
    },
    tokenOf: (userId) => workers.get(userId)?.session.token,
    async isCurrent(userId) {
      const worker = workers.get(userId);
      if (!worker || worker.lastIncremental === 0) return false;
      if (worker.refreshWanted === 'refresh' || worker.verifyWanted.size > 0) return false;
      return (await this.status(userId)).done;
    },
    async settle(userId, maxMs = 2_000) {
      const deadline = Date.now() + maxMs;
      for (;;) {
        const worker = workers.get(userId);
        if (!worker || (worker.verifyWanted.size === 0 && worker.refreshWanted !== 'refresh')) return;
        if (Date.now() >= deadline) return;
        await (worker.running ?? new Promise((resolve) => setTimeout(resolve, 20)));
      }
    },
    async untilCurrent(userId, maxMs) {
      const deadline = Date.now() + maxMs;
      while (!(await this.isCurrent(userId)) && Date.now() < deadline) {
        await (workers.get(userId)?.running ?? new Promise((resolve) => setTimeout(resolve, 50)));
      }
    },
    liveUsers(enterpriseId) {
      return [...workers.values()]
        .filter((worker) => worker.session.enterpriseId === enterpriseId)
        .map((worker) => worker.session.userId);
    },
    async idle() {
      // Until no pass runs and none is due within a second (a coalesced refresh about to start).
      for (;;) {
        const active = [...workers.values()].filter(
          (worker) => worker.running || (worker.timer && worker.dueAt - deps.now() < 1_000),
        );
        if (active.length === 0) return;
        await Promise.all(
          active.map((worker) => worker.running ?? new Promise((resolve) => setTimeout(resolve, 10))),
        );
      }
    },
    close() {
      closed = true;
      for (const worker of workers.values()) {
        if (worker.timer) clearTimeout(worker.timer);
        if (worker.leaving) clearTimeout(worker.leaving);
      }
      workers.clear();
    },
  };
}
