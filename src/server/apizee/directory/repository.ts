/** All SQL of the directory: enterprises, users, groups, services and contacts (requestors). */
import type { Role } from '../../../contract/enums.ts';
import type { Database } from '../db/database.ts';
import { visibleTicketsSql } from '../auth/repository.ts';
import type { CurrentUser } from '../context.ts';
import { anyColumnContains } from '../db/like.ts';
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

export interface GroupRow {
  id: number;
  name: string;
}

export interface ServiceRow {
  id: number;
  key: string;
  name: string;
  is_default: number;
}

export interface ContactRow {
  id: number;
  name: string | null;
  firstname: string | null;
  company: string | null;
  gender: string | null;
  country: string | null;
  /** JSON array of strings. */
  emails: string;
  /** JSON array of strings. */
  phones: string;
}

/** A page of a directory list and the count of all its matches. */
export interface RowPage<T> {
  rows: T[];
  total: number;
}

/** One page of `SELECT columns FROM from WHERE where ORDER BY orderBy`, and the count of all its rows. */
function rowPage<T>(
  db: Database,
  query: { columns: string; from: string; where: string[]; args: unknown[]; orderBy: string },
  page: { limit: number; offset: number },
): RowPage<T> {
  const where = query.where.join(' AND ');
  const rows = statement(
    db,
    `SELECT ${query.columns} FROM ${query.from} WHERE ${where} ORDER BY ${query.orderBy} LIMIT ? OFFSET ?`,
  ).all(...query.args, page.limit, page.offset) as T[];
  const total = statement(db, `SELECT COUNT(*) FROM ${query.from} WHERE ${where}`)
    .pluck()
    .get(...query.args) as number;
  return { rows, total };
}

const USER_COLUMNS = 'u.id, u.enterprise_id, u.username, u.email, u.phone, u.firstname, u.lastname, u.role';

// Users

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

export function isEnterpriseUser(db: Database, enterpriseId: number, userId: number): boolean {
  return (
    statement(db, 'SELECT 1 FROM users WHERE id = ? AND enterprise_id = ?').get(userId, enterpriseId) !==
    undefined
  );
}

export function hasUsers(db: Database): boolean {
  return statement(db, 'SELECT 1 FROM users LIMIT 1').get() !== undefined;
}

/** Every user's id and lower-cased e-mail, by enterprise (the seed matches event authors with it). */
export function listUserEmails(db: Database): { id: number; enterprise_id: number; email: string }[] {
  return statement(db, 'SELECT id, enterprise_id, lower(email) AS email FROM users').all() as {
    id: number;
    enterprise_id: number;
    email: string;
  }[];
}

export interface DirectoryUserQuery {
  enterpriseId: number;
  group?: number | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** Users of an enterprise, optionally of one group and matching a search, by last name. */
export function listDirectoryUsers(db: Database, query: DirectoryUserQuery): RowPage<UserRow> {
  const where = ['u.enterprise_id = ?'];
  const args: unknown[] = [query.enterpriseId];
  if (query.group !== undefined) {
    where.push('u.id IN (SELECT user_id FROM group_members WHERE group_id = ?)');
    args.push(query.group);
  }
  if (query.search !== undefined) {
    const search = anyColumnContains(['u.username', 'u.firstname', 'u.lastname', 'u.email'], query.search);
    where.push(search.sql);
    args.push(...search.args);
  }
  return rowPage<UserRow>(
    db,
    { columns: USER_COLUMNS, from: 'users u', where, args, orderBy: 'u.lastname, u.firstname, u.id' },
    query,
  );
}

export function insertUser(
  db: Database,
  user: Omit<UserRow, 'id'> & { password_hash: string; created_at: number },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO users (enterprise_id, username, email, phone, firstname, lastname, role, password_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      user.enterprise_id,
      user.username,
      user.email,
      user.phone,
      user.firstname,
      user.lastname,
      user.role,
      user.password_hash,
      user.created_at,
    ).lastInsertRowid,
  );
}

// Enterprises

export function enterpriseName(db: Database, enterpriseId: number): string | undefined {
  return statement(db, 'SELECT name FROM enterprises WHERE id = ?').pluck().get(enterpriseId) as
    string | undefined;
}

export function insertEnterprise(db: Database, name: string): number {
  return Number(statement(db, 'INSERT INTO enterprises (name) VALUES (?)').run(name).lastInsertRowid);
}

// Groups

export function findGroup(db: Database, enterpriseId: number, id: number): GroupRow | undefined {
  return statement(db, 'SELECT id, name FROM user_groups WHERE id = ? AND enterprise_id = ?').get(
    id,
    enterpriseId,
  ) as GroupRow | undefined;
}

export function listGroups(db: Database, enterpriseId: number): GroupRow[] {
  return statement(db, 'SELECT id, name FROM user_groups WHERE enterprise_id = ? ORDER BY name, id').all(
    enterpriseId,
  ) as GroupRow[];
}

export function isGroupMember(db: Database, groupId: number, userId: number): boolean {
  return (
    statement(db, 'SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?').get(groupId, userId) !==
    undefined
  );
}

export function groupsOfUser(db: Database, userId: number): GroupRow[] {
  return statement(
    db,
    `SELECT g.id, g.name FROM group_members m JOIN user_groups g ON g.id = m.group_id
     WHERE m.user_id = ? ORDER BY g.name, g.id`,
  ).all(userId) as GroupRow[];
}

/** The groups of each of the given users, by name. */
export function groupsByUser(db: Database, userIds: number[]): Map<number, GroupRow[]> {
  const map = new Map<number, GroupRow[]>();
  if (userIds.length === 0) return map;
  const rows = statement(
    db,
    `SELECT m.user_id, g.id, g.name FROM group_members m JOIN user_groups g ON g.id = m.group_id
     WHERE m.user_id IN (${userIds.map(() => '?').join(',')}) ORDER BY g.name, g.id`,
  ).all(...userIds) as { user_id: number; id: number; name: string }[];
  for (const row of rows) {
    const list = map.get(row.user_id) ?? [];
    list.push({ id: row.id, name: row.name });
    map.set(row.user_id, list);
  }
  return map;
}

export function insertGroup(db: Database, enterpriseId: number, name: string): number {
  return Number(
    statement(db, 'INSERT INTO user_groups (enterprise_id, name) VALUES (?, ?)').run(enterpriseId, name)
      .lastInsertRowid,
  );
}

export function insertGroupMember(db: Database, groupId: number, userId: number): void {
  statement(db, 'INSERT INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId);
}

// Services

export function findServiceByKey(db: Database, enterpriseId: number, key: string): ServiceRow | undefined {
  return statement(
    db,
    'SELECT id, key, name, is_default FROM services WHERE key = ? AND enterprise_id = ?',
  ).get(key, enterpriseId) as ServiceRow | undefined;
}

export function defaultService(db: Database, enterpriseId: number): ServiceRow | undefined {
  return statement(
    db,
    'SELECT id, key, name, is_default FROM services WHERE enterprise_id = ? ORDER BY is_default DESC, id LIMIT 1',
  ).get(enterpriseId) as ServiceRow | undefined;
}

/** The services of an enterprise, the default one first. */
export function listServices(db: Database, enterpriseId: number): Omit<ServiceRow, 'id'>[] {
  return statement(
    db,
    'SELECT key, name, is_default FROM services WHERE enterprise_id = ? ORDER BY is_default DESC, name, id',
  ).all(enterpriseId) as Omit<ServiceRow, 'id'>[];
}

export function insertService(
  db: Database,
  service: { enterpriseId: number; key: string; name: string; isDefault: boolean },
): number {
  return Number(
    statement(db, 'INSERT INTO services (enterprise_id, key, name, is_default) VALUES (?, ?, ?, ?)').run(
      service.enterpriseId,
      service.key,
      service.name,
      service.isDefault ? 1 : 0,
    ).lastInsertRowid,
  );
}

// Contacts

export interface ContactQuery {
  user: CurrentUser;
  search?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * Contacts matching a search in their names, company, e-mails or phones, among those the user may
 * know of: the requestors of tickets they can see (an admin sees every ticket, so every contact of
 * the enterprise).
 */
export function listContacts(
  db: Database,
  query: ContactQuery,
): RowPage<Omit<ContactRow, 'gender' | 'country'>> {
  const where = ['contacts.enterprise_id = ?'];
  const args: unknown[] = [query.user.enterpriseId];
  if (query.user.role !== 'admin') {
    where.push(
      `EXISTS (SELECT 1 FROM tickets t WHERE t.requestor_id = contacts.id AND t.deleted_at IS NULL AND ${visibleTicketsSql(query.user)})`,
    );
  }
  if (query.search !== undefined) {
    const search = anyColumnContains(['name', 'firstname', 'company', 'emails', 'phones'], query.search);
    where.push(search.sql);
    args.push(...search.args);
  }
  return rowPage(
    db,
    {
      columns: 'id, name, firstname, company, emails, phones',
      from: 'contacts',
      where,
      args,
      orderBy: 'name, firstname, id',
    },
    query,
  );
}

export function findContact(db: Database, id: number): ContactRow | undefined {
  return statement(db, 'SELECT * FROM contacts WHERE id = ?').get(id) as ContactRow | undefined;
}

/** The contact of the enterprise that has this e-mail or phone, if any. */
export function findContactIdByKey(db: Database, enterpriseId: number, key: string): number | undefined {
  return statement(db, 'SELECT contact_id FROM contact_keys WHERE enterprise_id = ? AND value = ?')
    .pluck()
    .get(enterpriseId, key) as number | undefined;
}

export function insertContact(
  db: Database,
  enterpriseId: number,
  contact: Omit<ContactRow, 'id'>,
  createdAt: number,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO contacts (enterprise_id, name, firstname, company, gender, country, emails, phones, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      enterpriseId,
      contact.name,
      contact.firstname,
      contact.company,
      contact.gender,
      contact.country,
      contact.emails,
      contact.phones,
      createdAt,
    ).lastInsertRowid,
  );
}

export function updateContact(db: Database, contact: ContactRow): void {
  statement(
    db,
    `UPDATE contacts SET name = ?, firstname = ?, company = ?, gender = ?, country = ?, emails = ?, phones = ?
     WHERE id = ?`,
  ).run(
    contact.name,
    contact.firstname,
    contact.company,
    contact.gender,
    contact.country,
    contact.emails,
    contact.phones,
    contact.id,
  );
}

/** Makes the e-mail or phone `key` find the contact (a key already taken keeps its contact). */
export function addContactKey(db: Database, enterpriseId: number, key: string, contactId: number): void {
  statement(db, 'INSERT OR IGNORE INTO contact_keys (enterprise_id, value, contact_id) VALUES (?, ?, ?)').run(
    enterpriseId,
    key,
    contactId,
  );
}
