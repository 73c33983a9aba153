/**
 * Sessions the gateway refuses although their sealed cookie still opens: one signed out here
 * (`store_revoked_sessions`, until its own expiry), and every session of a user issued before their
 * "sign out everywhere" (`store_session_cutoffs`). The list lives in the store, so every replica
 * refuses the same sessions; each replica keeps answers for a moment (one indexed read a session per
 * CACHE_MS, not one a request), and what it revokes itself it knows at once.
 */
import { sql, type Kysely } from 'kysely';
import type { Session } from './sessionCookie.ts';
import type { StoreSchema } from './store/schema.ts';

/** How stale another replica's view of a revocation may be; also how often an open stream re-checks. */
export const REVOCATION_CACHE_MS = 2_000;
/** Sessions whose answers are kept; past it the oldest entry goes (Map keeps insertion order). */
const MAX_CACHED = 10_000;

type Cached = { revoked: boolean; at: number };

export type SessionRevocations = {
  isRevoked(session: Session): Promise<boolean>;
  /** This one session (sign-out): refused everywhere until it would have expired anyway. */
  revoke(session: Session): Promise<void>;
  /** Every session of the user issued up to now, this one included (sign out everywhere). */
  revokeAllOf(userId: number): Promise<void>;
  /** Called with the user whose sessions this replica just revoked (open streams check at once). */
  onRevoked(listener: (userId: number) => void): () => void;
};

export function createSessionRevocations(db: Kysely<StoreSchema>, now: () => number): SessionRevocations {
  const cache = new Map<string, Cached>();
  /** Cut-offs this replica set itself (a later request must not wait for the cache to age). */
  const localCutoffs = new Map<number, number>();
  const listeners = new Set<(userId: number) => void>();

  const remember = (id: string, revoked: boolean) => {
    cache.delete(id);
    cache.set(id, { revoked, at: now() });
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  };
  const told = (userId: number) => {
    for (const listener of listeners) listener(userId);
  };

  /** Both facts in one round trip, each an index lookup by primary key. */
  async function readRevoked(session: Session): Promise<boolean> {
    const row = await db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('store_revoked_sessions')
          .select(sql<number>`1`.as('one'))
          .where('session_id', '=', session.id)
          .as('revoked'),
        eb
          .selectFrom('store_session_cutoffs')
          .select('revoked_before')
          .where('user_id', '=', session.userId)
          .as('revoked_before'),
      ])
      .executeTakeFirstOrThrow();
    return row.revoked !== null || (row.revoked_before !== null && session.issuedAt <= row.revoked_before);
  }

  return {
    async isRevoked(session) {
      const cutoff = localCutoffs.get(session.userId);
      if (cutoff !== undefined && session.issuedAt <= cutoff) return true;
      const cached = cache.get(session.id);
      // A revocation is for good: only "not revoked" needs asking again.
      if (cached && (cached.revoked || now() - cached.at < REVOCATION_CACHE_MS)) return cached.revoked;
      const revoked = await readRevoked(session);
      remember(session.id, revoked);
      return revoked;
    },

    async revoke(session) {
      const at = now();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('store_revoked_sessions')
          .values({ session_id: session.id, user_id: session.userId, expires_at: session.expiresAt })
          .onConflict((conflict) => conflict.column('session_id').doNothing())
          .execute();
        // Rows of sessions that have expired by themselves say nothing any more.
        await trx.deleteFrom('store_revoked_sessions').where('expires_at', '<', at).execute();
      });
      remember(session.id, true);
      told(session.userId);
    },

    async revokeAllOf(userId) {
      const at = now();
      await db
        .insertInto('store_session_cutoffs')
        .values({ user_id: userId, revoked_before: at })
        .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ revoked_before: at }))
        .execute();
      localCutoffs.set(userId, at);
      told(userId);
    },

    onRevoked(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
