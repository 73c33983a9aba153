import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type StoreDatabase } from '../store/database.ts';
import { openTestStore, STORE_KINDS, stopTestPostgres, testPostgresUrl } from '../store/testing/stores.ts';
import { createBudgetScheduler } from './scheduler.ts';

afterAll(() => stopTestPostgres());

describe.each(STORE_KINDS)('the budget scheduler on %s', (kind) => {
  let store: StoreDatabase;
  let clock = 0;
  const now = () => clock;
  beforeEach(async () => {
    store = await openTestStore(kind);
    clock = 1_800_000_000_000;
  });
  afterEach(async () => {
    await store.close();
  });

  const scheduler = (maxWaitMs = 0) =>
    createBudgetScheduler(store.db, store.dialect, { limit: 10, now, maxWaitMs, skewMs: 0 });

  it('grants the user 10 calls a minute, then says when the next one frees', async () => {
    const budget = scheduler();
    for (let call = 0; call < 10; call += 1) {
      clock += 1000;
      expect((await budget.acquire(7, 'read')).granted, `call ${call + 1}`).toBe(true);
    }
    const refused = await budget.acquire(7, 'write');
    expect(refused).toEqual({ granted: false, retryAt: 1_800_000_000_000 + 1000 + 60_000 });
    expect((await budget.acquire(8, 'read')).granted).toBe(true);
    clock = refused.granted ? 0 : refused.retryAt;
    expect((await budget.acquire(7, 'write')).granted).toBe(true);
  });

  it('keeps the last calls of the window for the user: sync stops at 7, webhook refresh at 8', async () => {
    const budget = scheduler();
    let synced = 0;
    while ((await budget.acquire(7, 'sync')).granted) synced += 1;
    expect(synced).toBe(7);
    expect((await budget.acquire(7, 'prefetch')).granted).toBe(false);
    expect((await budget.acquire(7, 'refresh')).granted).toBe(true);
    expect((await budget.acquire(7, 'refresh')).granted).toBe(false);
    expect((await budget.acquire(7, 'read')).granted).toBe(true);
    expect((await budget.acquire(7, 'write')).granted).toBe(true);
    expect((await budget.state(7)).remaining).toBe(0);
  });

  it('believes upstream when it has counted more calls (another client of the same user)', async () => {
    const budget = scheduler();
    await budget.observe(7, new Headers({ 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '30' }));
    expect((await budget.state(7)).remaining).toBe(1);
    expect((await budget.acquire(7, 'read')).granted).toBe(true);
    expect(await budget.acquire(7, 'read')).toEqual({ granted: false, retryAt: clock + 30_000 });
  });

  it("lets a user's call wait for a free slot, writes before reads", async () => {
    clock = Date.now();
    const real = createBudgetScheduler(store.db, store.dialect, {
      limit: 2,
      windowMs: 300,
      skewMs: 0,
      maxWaitMs: 2000,
    });
    expect((await real.acquire(7, 'read')).granted).toBe(true);
    expect((await real.acquire(7, 'read')).granted).toBe(true);
    const order: string[] = [];
    const read = real.acquire(7, 'read').then((grant) => order.push(`read:${grant.granted}`));
    const write = real.acquire(7, 'write').then((grant) => order.push(`write:${grant.granted}`));
    await Promise.all([read, write]);
    expect(order).toEqual(['write:true', 'read:true']);
  });
});

describe('two gateways on one PostgreSQL store', () => {
  it("never spend one user's budget twice", async () => {
    const url = await testPostgresUrl();
    const [a, b] = [await openStore({ databaseUrl: url }), await openStore({ databaseUrl: url })];
    try {
      const budgets = [a, b].map((store) =>
        createBudgetScheduler(store.db, store.dialect, { limit: 10, maxWaitMs: 5000 }),
      );
      const grants = await Promise.all(
        Array.from({ length: 30 }, (_, index) => budgets[index % 2]!.acquire(42, 'read')),
      );
      expect(grants.filter((grant) => grant.granted)).toHaveLength(10);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
