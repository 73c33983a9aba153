/** Assembles the gateway's store, budget, live hub and sync over an open database. */
import type { GatewayDeps } from '../deps.ts';
import { createBudgetScheduler } from '../budget/scheduler.ts';
import type { LiveHub } from '../live/hub.ts';
import { createSyncManager, type SyncOptions } from '../sync/syncManager.ts';
import type { GatewayStore, StoreOptions } from './gatewayStore.ts';

const BUDGET_EVENT_EVERY_MS = 500;

export function createGatewayStore(
  deps: GatewayDeps,
  options: StoreOptions & { live: LiveHub; sync?: SyncOptions; budgetNow?: () => number },
): GatewayStore {
  const { db, dialect } = options.database;
  const budget = createBudgetScheduler(db, dialect, {
    limit: options.rateLimit,
    now: options.budgetNow ?? deps.now,
  });
  const lastBudgetEvent = new Map<number, ReturnType<typeof setTimeout>>();
  let reachable = true;
  const store: GatewayStore = {
    db,
    dialect,
    budget,
    live: options.live,
    webhooksWired: options.webhooksWired ?? Boolean(options.webhookSecret),
    sync: undefined as unknown as GatewayStore['sync'],
    publishBudget(userId) {
      if (lastBudgetEvent.has(userId)) return;
      const timer = setTimeout(() => {
        lastBudgetEvent.delete(userId);
        budget
          .state(userId)
          .then((state) => options.live.publish([userId], { type: 'budget', ...state }))
          .catch(() => {});
      }, BUDGET_EVENT_EVERY_MS);
      timer.unref?.();
      lastBudgetEvent.set(userId, timer);
    },
    noteUpstream(now) {
      if (now === reachable) return;
      reachable = now;
      options.live.publish(options.live.connectedUsers(), { type: 'upstream', reachable, since: deps.now() });
    },
    upstreamReachable: () => reachable,
    async extensionsOf(userId) {
      const token = store.sync.tokenOf(userId);
      return token ? deps.extensions.forToken(token) : [];
    },
    async close() {
      store.sync.close();
      for (const timer of lastBudgetEvent.values()) clearTimeout(timer);
      await options.database.close();
    },
  };
  deps.store = store;
  store.sync = createSyncManager(deps, {
    pollMs: options.pollMs ?? (store.webhooksWired ? 5 * 60_000 : 60_000),
    ...options.sync,
  });
  return store;
}
