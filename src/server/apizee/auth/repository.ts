/** All SQL of authentication: the token secret, access tokens, credentials and the visibility rule. */
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

export function readSetting(db: Database, key: string): string | undefined {
  return statement(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

/** Keeps the first value written: a setting another connection wrote meanwhile wins. */
export function insertSettingIfAbsent(db: Database, key: string, value: string): void {
  statement(db, 'INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(key, value);
}

export interface AccessTokenRow {
  user_id: number;
  expires_at: number;
  revoked_at: number | null;
}

export function insertAccessToken(
  db: Database,
  storedId: string,
  userId: number,
  createdAt: number,
  expiresAt: number,
): void {
  statement(db, 'INSERT INTO access_tokens (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    storedId,
    userId,
    createdAt,
    expiresAt,
  );
}

export function findAccessToken(db: Database, storedId: string): AccessTokenRow | undefined {
  return statement(db, 'SELECT user_id, expires_at, revoked_at FROM access_tokens WHERE id = ?').get(
    storedId,
  ) as AccessTokenRow | undefined;
}

export function revokeAccessToken(db: Database, storedId: string, now: number): void {
  statement(db, 'UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(
    now,
    storedId,
  );
}

export function purgeAccessTokensExpiredBefore(db: Database, time: number): void {
  statement(db, 'DELETE FROM access_tokens WHERE expires_at < ?').run(time);
}

/** The id and password hash of a username, for the password grant. */
export function findCredentials(
  db: Database,
  username: string,
): { id: number; password_hash: string } | undefined {
  return statement(db, 'SELECT id, password_hash FROM users WHERE username = ?').get(username) as
    { id: number; password_hash: string } | undefined;
}

/** Group ids are integers read from the database, so inlining them is safe and lets SQLite plan IN lists. */
function groupList(user: CurrentUser): string {
  return user.groupIds.filter((id) => Number.isSafeInteger(id)).join(',') || 'NULL';
}

/**
 * SQL condition (no bound parameters) on the ticket alias `t` matching exactly what `canSeeTicket`
 * (visibility.ts) accepts. The enterprise condition comes first so the enterprise-leading indexes apply.
 * `filterOnly` writes the agent and group conditions as `+t.agent_id`, which no index may serve: a
 * date-range list is driven by its date index alone (see tickets/datePlan.ts).
 */
export function visibleTicketsSql(user: CurrentUser, alias = 't', filterOnly = false): string {
  const enterprise = `${alias}.enterprise_id = ${Number(user.enterpriseId)}`;
  if (user.role === 'admin') return enterprise;
  const column = (name: string) => `${filterOnly ? '+' : ''}${alias}.${name}`;
  const me = Number(user.id);
  const groups = groupList(user);
  if (user.role === 'supervisor') {
    return `${enterprise} AND (${column('agent_id')} = ${me} OR ${column('group_id')} IN (${groups}))`;
  }
  return `${enterprise} AND (${column('agent_id')} = ${me} OR (${column('agent_id')} IS NULL AND ${column('group_id')} IN (${groups})))`;
}
