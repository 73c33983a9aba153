/** Signed-in users as upstream's `users/me` described them: whose rights the sync and lists follow. */
import type { Kysely } from 'kysely';
import type { User } from '../../../contract/models.ts';
import type { StoreSchema } from './schema.ts';

/** What decides which tickets upstream shows a user. */
function rightsOf(user: User): string {
  const groups = user.groups.map((group) => group.id).sort((a, b) => a - b);
  return JSON.stringify([user.enterprise_id, [...user.roles].sort(), groups]);
}

/**
 * Keeps the user's profile. When their role, groups or enterprise changed, everything the store
 * served them on the old rights goes (their visibility, caches and sync), to be read again.
 */
export async function saveProfile(
  db: Kysely<StoreSchema>,
  user: User,
  now: number,
): Promise<{ rightsChanged: boolean }> {
  const { extensions: _extensions, ...profile } = user;
  return db.transaction().execute(async (trx) => {
    const stored = await trx
      .selectFrom('store_users')
      .select('profile')
      .where('id', '=', user.id)
      .executeTakeFirst();
    const rightsChanged =
      stored !== undefined && rightsOf(JSON.parse(stored.profile) as User) !== rightsOf(user);
    if (rightsChanged) {
      for (const table of [
        'store_visibility',
        'store_ticket_cache',
        'store_response_cache',
        'store_sync_scopes',
      ] as const) {
        await trx.deleteFrom(table).where('user_id', '=', user.id).execute();
      }
    }
    const row = {
      id: user.id,
      enterprise_id: user.enterprise_id,
      username: user.username,
      profile: JSON.stringify(profile),
      profile_at: now,
    };
    const { id: _id, ...update } = row;
    await trx
      .insertInto('store_users')
      .values(row)
      .onConflict((conflict) => conflict.column('id').doUpdateSet(update))
      .execute();
    return { rightsChanged };
  });
}

export async function loadProfile(
  db: Kysely<StoreSchema>,
  userId: number,
): Promise<{ user: User; at: number } | null> {
  const row = await db
    .selectFrom('store_users')
    .select(['profile', 'profile_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? { user: JSON.parse(row.profile) as User, at: row.profile_at } : null;
}

export function isAdmin(user: User): boolean {
  return user.roles.includes('admin');
}
