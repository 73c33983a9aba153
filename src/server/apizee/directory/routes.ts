import type { Hono } from 'hono';
import type { Contact, DirectoryUser, Service } from '../../../contract/models.ts';
import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import { API_BASE, apiPaths } from '../../../contract/paths.ts';
import { contactsParamsSchema, directoryUsersParamsSchema } from '../../../contract/requests.ts';
import type { ApizeeEnv } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';
import { readParams } from '../http/params.ts';
import { USER_COLUMNS, type UserRow } from './users.ts';
import { ownEnterpriseId } from './enterprise.ts';

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function page<T>(data: T[], total: number, offset: number) {
  return { data, total, next_offset: offset + data.length < total ? offset + data.length : null };
}

function groupsByUser(db: Database, userIds: number[]): Map<number, { id: number; name: string }[]> {
  const map = new Map<number, { id: number; name: string }[]>();
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

export function registerDirectoryRoutes(app: Hono<ApizeeEnv>): void {
  app.get(`${API_BASE}/enterprises/:enterpriseId/users`, async (c) => {
    const enterpriseId = ownEnterpriseId(c);
    const params = await readParams(c, directoryUsersParamsSchema);
    const { db } = c.get('deps');
    const where = ['u.enterprise_id = ?'];
    const args: unknown[] = [enterpriseId];
    if (params.group !== undefined) {
      where.push('u.id IN (SELECT user_id FROM group_members WHERE group_id = ?)');
      args.push(params.group);
    }
    if (params.search !== undefined) {
      where.push(
        "(u.username LIKE ? ESCAPE '\\' OR u.firstname LIKE ? ESCAPE '\\' OR u.lastname LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\')",
      );
      args.push(...Array(4).fill(containsPattern(params.search)));
    }
    const offset = params.offset ?? 0;
    const sqlWhere = where.join(' AND ');
    const rows = statement(
      db,
      `SELECT ${USER_COLUMNS} FROM users u WHERE ${sqlWhere} ORDER BY u.lastname, u.firstname, u.id LIMIT ? OFFSET ?`,
    ).all(...args, params.limit ?? LIST_LIMIT_DEFAULT, offset) as UserRow[];
    const total = statement(db, `SELECT COUNT(*) FROM users u WHERE ${sqlWhere}`)
      .pluck()
      .get(...args) as number;
    const groups = groupsByUser(
      db,
      rows.map((row) => row.id),
    );
    const data: DirectoryUser[] = rows.map((row) => ({
      id: row.id,
      username: row.username,
      email: row.email,
      firstname: row.firstname,
      lastname: row.lastname,
      roles: [row.role],
      groups: groups.get(row.id) ?? [],
    }));
    return c.json(page(data, total, offset));
  });

  app.get(`${API_BASE}/enterprises/:enterpriseId/groups`, (c) => {
    const enterpriseId = ownEnterpriseId(c);
    const data = statement(
      c.get('deps').db,
      'SELECT id, name FROM user_groups WHERE enterprise_id = ? ORDER BY name, id',
    ).all(enterpriseId) as { id: number; name: string }[];
    return c.json({ data, total: data.length });
  });

  app.get(`${API_BASE}/enterprises/:enterpriseId/services`, (c) => {
    const enterpriseId = ownEnterpriseId(c);
    const rows = statement(
      c.get('deps').db,
      'SELECT key, name, is_default FROM services WHERE enterprise_id = ? ORDER BY is_default DESC, name, id',
    ).all(enterpriseId) as { key: string; name: string; is_default: number }[];
    const data: Service[] = rows.map((row) => ({
      key: row.key,
      name: row.name,
      default: row.is_default === 1,
    }));
    return c.json({ data, total: data.length });
  });

  app.get(`${API_BASE}${apiPaths.contacts}`, async (c) => {
    const params = await readParams(c, contactsParamsSchema);
    const { db } = c.get('deps');
    const where = ['enterprise_id = ?'];
    const args: unknown[] = [c.get('user').enterpriseId];
    if (params.search !== undefined) {
      where.push(
        "(name LIKE ? ESCAPE '\\' OR firstname LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\' OR emails LIKE ? ESCAPE '\\' OR phones LIKE ? ESCAPE '\\')",
      );
      args.push(...Array(5).fill(containsPattern(params.search)));
    }
    const offset = params.offset ?? 0;
    const sqlWhere = where.join(' AND ');
    const rows = statement(
      db,
      `SELECT id, name, firstname, company, emails, phones FROM contacts WHERE ${sqlWhere}
       ORDER BY name, firstname, id LIMIT ? OFFSET ?`,
    ).all(...args, params.limit ?? LIST_LIMIT_DEFAULT, offset) as {
      id: number;
      name: string | null;
      firstname: string | null;
      company: string | null;
      emails: string;
      phones: string;
    }[];
    const total = statement(db, `SELECT COUNT(*) FROM contacts WHERE ${sqlWhere}`)
      .pluck()
      .get(...args) as number;
    const data: Contact[] = rows.map((row) => ({
      id: row.id,
      name: row.name,
      firstname: row.firstname,
      company: row.company,
      email: JSON.parse(row.emails) as string[],
      phone: JSON.parse(row.phones) as string[],
    }));
    return c.json(page(data, total, offset));
  });
}
