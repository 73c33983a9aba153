import { Hono } from 'hono';
import type { Contact, DirectoryUser, Service } from '../../../contract/models.ts';
import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { contactsParamsSchema, directoryUsersParamsSchema } from '../../../contract/requests.ts';
import type { ApizeeEnv } from '../context.ts';
import { hasExtension, requireExtension } from '../extensions/settings.ts';
import { ApiError } from '../http/errors.ts';
import { listPage } from '../http/page.ts';
import { readParams } from '../http/params.ts';
import { ownEnterpriseId } from './enterprise.ts';
import {
  enterpriseName,
  findUserById,
  groupsByUser,
  groupsOfUser,
  listContacts,
  listDirectoryUsers,
  listGroups,
  listServices,
} from './repository.ts';
import { toApiUser } from './users.ts';

/** The signed-in user, the enterprise directory (users, groups, services) and the contacts, below the API base. */
export function directoryRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();

  app.get(apiPaths.me, (c) => {
    const { db } = c.get('deps');
    const row = findUserById(db, c.get('user').id);
    if (!row) throw ApiError.unauthorized();
    const enterprise = hasExtension(c, 'enterpriseName') ? enterpriseName(db, row.enterprise_id) : undefined;
    return c.json(toApiUser(row, groupsOfUser(db, row.id), enterprise));
  });

  app.get('/enterprises/:enterpriseId/users', async (c) => {
    const enterpriseId = ownEnterpriseId(c);
    const params = await readParams(c, directoryUsersParamsSchema);
    const { db } = c.get('deps');
    const offset = params.offset ?? 0;
    const { rows, total } = listDirectoryUsers(db, {
      enterpriseId,
      group: params.group,
      search: params.search,
      limit: params.limit ?? LIST_LIMIT_DEFAULT,
      offset,
    });
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
    return c.json(listPage(data, total, offset));
  });

  app.get('/enterprises/:enterpriseId/groups', (c) => {
    const data = listGroups(c.get('deps').db, ownEnterpriseId(c));
    return c.json({ data, total: data.length });
  });

  app.get('/enterprises/:enterpriseId/services', (c) => {
    const rows = listServices(c.get('deps').db, ownEnterpriseId(c));
    const data: Service[] = rows.map((row) => ({
      key: row.key,
      name: row.name,
      default: row.is_default === 1,
    }));
    return c.json({ data, total: data.length });
  });

  app.get(apiPaths.contacts, requireExtension('contacts'), async (c) => {
    const params = await readParams(c, contactsParamsSchema);
    const offset = params.offset ?? 0;
    const { rows, total } = listContacts(c.get('deps').db, {
      user: c.get('user'),
      search: params.search,
      limit: params.limit ?? LIST_LIMIT_DEFAULT,
      offset,
    });
    const data: Contact[] = rows.map((row) => ({
      id: row.id,
      name: row.name,
      firstname: row.firstname,
      company: row.company,
      email: JSON.parse(row.emails) as string[],
      phone: JSON.parse(row.phones) as string[],
    }));
    return c.json(listPage(data, total, offset));
  });

  return app;
}
