/**
 * Saved views in the store: each user's own, in the order of their navigation. Every read and write
 * is scoped by the user id, so a user never reads nor changes another's view (an id of someone
 * else's view is "not found", never "forbidden": it does not say the id exists).
 */
import type { Kysely, Transaction } from 'kysely';
import { MAX_VIEWS_PER_USER, type SavedView } from '../../../contract/savedViews.ts';
import type { StoreSchema } from '../store/schema.ts';

export interface ViewOwner {
  userId: number;
  enterpriseId: number;
}

export class TooManyViews extends Error {
  constructor() {
    super(`A user keeps at most ${MAX_VIEWS_PER_USER} saved views: delete one first`);
  }
}

type Row = { id: number; name: string; query: string; position: number; created: number; updated: number };

function toView(row: Row): SavedView {
  return {
    id: Number(row.id),
    name: row.name,
    query: row.query,
    position: Number(row.position),
    created: new Date(Number(row.created)).toISOString(),
    updated: new Date(Number(row.updated)).toISOString(),
  };
}

function ownRows(db: Kysely<StoreSchema> | Transaction<StoreSchema>, owner: ViewOwner) {
  return db
    .selectFrom('store_saved_views')
    .select(['id', 'name', 'query', 'position', 'created', 'updated'])
    .where('user_id', '=', owner.userId)
    .where('enterprise_id', '=', owner.enterpriseId)
    .orderBy('position')
    .orderBy('id');
}

export async function listViews(db: Kysely<StoreSchema>, owner: ViewOwner): Promise<SavedView[]> {
  return (await ownRows(db, owner).execute()).map(toView);
}

export async function createView(
  db: Kysely<StoreSchema>,
  owner: ViewOwner,
  view: { name: string; query: string },
  now: number,
): Promise<SavedView> {
  return db.transaction().execute(async (trx) => {
    const existing = await ownRows(trx, owner).execute();
    if (existing.length >= MAX_VIEWS_PER_USER) throw new TooManyViews();
    const row = {
      user_id: owner.userId,
      enterprise_id: owner.enterpriseId,
      name: view.name,
      query: view.query,
      position: existing.length,
      created: now,
      updated: now,
    };
    const inserted = await trx
      .insertInto('store_saved_views')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    return toView({ ...row, id: inserted.id });
  });
}

/** Renames and/or moves a view (the others shift to make room); null when the user has no such view. */
export async function updateView(
  db: Kysely<StoreSchema>,
  owner: ViewOwner,
  id: number,
  change: { name?: string | undefined; position?: number | undefined },
  now: number,
): Promise<SavedView | null> {
  return db.transaction().execute(async (trx) => {
    const rows = await ownRows(trx, owner).execute();
    const index = rows.findIndex((row) => Number(row.id) === id);
    if (index === -1) return null;
    const ordered = [...rows];
    if (change.position !== undefined) {
      const [moved] = ordered.splice(index, 1);
      ordered.splice(Math.min(change.position, ordered.length), 0, moved!);
    }
    for (const [position, row] of ordered.entries()) {
      const isTarget = Number(row.id) === id;
      if (!isTarget && Number(row.position) === position) continue;
      await trx
        .updateTable('store_saved_views')
        .set({
          position,
          ...(isTarget && { updated: now, ...(change.name !== undefined && { name: change.name }) }),
        })
        .where('id', '=', row.id)
        .where('user_id', '=', owner.userId)
        .execute();
    }
    const updated = await ownRows(trx, owner).where('id', '=', id).executeTakeFirstOrThrow();
    return toView(updated);
  });
}

/** False when the user has no such view. The others close the gap. */
export async function deleteView(db: Kysely<StoreSchema>, owner: ViewOwner, id: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('store_saved_views')
      .where('id', '=', id)
      .where('user_id', '=', owner.userId)
      .where('enterprise_id', '=', owner.enterpriseId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return false;
    const rows = await ownRows(trx, owner).execute();
    for (const [position, row] of rows.entries()) {
      if (Number(row.position) === position) continue;
      await trx.updateTable('store_saved_views').set({ position }).where('id', '=', row.id).execute();
    }
    return true;
  });
}
