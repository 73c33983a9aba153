import type { User } from '../../../contract/models.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { findUserById, groupsOfUser, type GroupRow, type UserRow } from './repository.ts';

export function toCurrentUser(row: UserRow, groupIds: number[]): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    phone: row.phone,
    firstname: row.firstname,
    lastname: row.lastname,
    enterpriseId: row.enterprise_id,
    role: row.role,
    groupIds,
  };
}

/** The user `userId` as they are now in the database (role and groups included); undefined when gone. */
export function loadCurrentUser(db: Database, userId: number): CurrentUser | undefined {
  const row = findUserById(db, userId);
  if (!row) return undefined;
  return toCurrentUser(
    row,
    groupsOfUser(db, row.id).map((group) => group.id),
  );
}

export function toApiUser(row: UserRow, groups: GroupRow[], enterprise?: string): User {
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    firstname: row.firstname,
    lastname: row.lastname,
    enterprise_id: row.enterprise_id,
    ...(enterprise !== undefined && { enterprise_name: enterprise }),
    roles: [row.role],
    groups,
  };
}
