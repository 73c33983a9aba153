import type { User } from '../../../contract/models.ts';
import type { Role } from '../../../contract/enums.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

export interface UserRow {
  id: number;
  enterprise_id: number;
  username: string;
  email: string;
  phone: string;
  firstname: string;
  lastname: string;
  role: Role;
}

export const USER_COLUMNS =
  'u.id, u.enterprise_id, u.username, u.email, u.phone, u.firstname, u.lastname, u.role';

export function findUserById(db: Database, id: number): UserRow | undefined {
  return statement(db, `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`).get(id) as UserRow | undefined;
}

/** A user of the enterprise named by id or by username, as the `agent` parameter allows. */
export function findEnterpriseUser(
  db: Database,
  enterpriseId: number,
  ref: string | number,
): UserRow | undefined {
  const text = String(ref).trim();
  const byId = /^\d{1,12}$/.test(text)
    ? (statement(db, `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ? AND u.enterprise_id = ?`).get(
        Number(text),
        enterpriseId,
      ) as UserRow | undefined)
    : undefined;
  return (
    byId ??
    (statement(db, `SELECT ${USER_COLUMNS} FROM users u WHERE u.username = ? AND u.enterprise_id = ?`).get(
      text,
      enterpriseId,
    ) as UserRow | undefined)
  );
}

export function groupsOfUser(db: Database, userId: number): { id: number; name: string }[] {
  return statement(
    db,
    `SELECT g.id, g.name FROM group_members m JOIN user_groups g ON g.id = m.group_id
     WHERE m.user_id = ? ORDER BY g.name, g.id`,
  ).all(userId) as { id: number; name: string }[];
}

export function enterpriseName(db: Database, enterpriseId: number): string | undefined {
  return statement(db, 'SELECT name FROM enterprises WHERE id = ?').pluck().get(enterpriseId) as
    string | undefined;
}

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

export function toApiUser(row: UserRow, groups: { id: number; name: string }[], enterprise?: string): User {
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
