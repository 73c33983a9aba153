/**
 * `/gateway/views`: the signed-in user's saved views (list, create, rename and move, delete) and
 * `/gateway/views/counts`, how many tickets each lists now, from the store (no upstream call).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { issuesToFieldErrors } from '../../../contract/errors.ts';
import {
  gatewayPaths,
  MAX_VIEWS_PER_USER,
  VIEW_NAME_MAX,
  type SavedViewCounts,
} from '../../../contract/savedViews.ts';
import type { GatewayDeps } from '../deps.ts';
import { badRequest, errorResponse, jsonBody, type GatewayContext, type GatewayEnv } from '../http.ts';
import { sessionOf } from '../proxy.ts';
import { defaultServiceKey } from '../serving/ticketList.ts';
import { verifiedProfile } from '../serving/verifiedProfile.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { countStoredTickets, StoreListForbidden } from '../store/listTickets.ts';
import { isAdmin } from '../store/users.ts';
import { createView, deleteView, listViews, TooManyViews, updateView } from './savedViews.ts';
import { parseViewQuery } from './viewQuery.ts';
import { isTimeZone } from './zonedDays.ts';

const nameSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(VIEW_NAME_MAX, { error: `must be at most ${VIEW_NAME_MAX} characters` });

const createSchema = z.strictObject({ name: nameSchema, query: z.string({ error: 'must be text' }) });
const updateSchema = z
  .strictObject({
    name: nameSchema.optional(),
    position: z
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be 0 or more' })
      .max(MAX_VIEWS_PER_USER - 1, { error: `must be below ${MAX_VIEWS_PER_USER}` })
      .optional(),
  })
  .refine((body) => body.name !== undefined || body.position !== undefined, {
    error: 'give name, position or both',
    path: ['_'],
  });

function viewId(c: GatewayContext): number | null {
  const raw = c.req.param('id') ?? '';
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

const NOT_FOUND = 'No such saved view';

export function registerSavedViewRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps, store: GatewayStore): void {
  const ownerOf = (c: GatewayContext) => {
    const session = sessionOf(c, deps);
    return session instanceof Response
      ? session
      : { userId: session.userId, enterpriseId: session.enterpriseId };
  };

  app.get(gatewayPaths.views, async (c) => {
    const owner = ownerOf(c);
    if (owner instanceof Response) return owner;
    return c.json({ data: await listViews(store.db, owner) });
  });

  app.post(gatewayPaths.views, async (c) => {
    const owner = ownerOf(c);
    if (owner instanceof Response) return owner;
    const parsed = createSchema.safeParse(await jsonBody(c));
    if (!parsed.success) return badRequest(c, issuesToFieldErrors(parsed.error.issues));
    const query = parseViewQuery(parsed.data.query);
    if (!query.ok) return badRequest(c, query.errors);
    try {
      return c.json(await createView(store.db, owner, parsed.data, deps.now()), 201);
    } catch (error) {
      if (error instanceof TooManyViews) return errorResponse(c, 409, error.message);
      throw error;
    }
  });

  app.get(gatewayPaths.viewCounts, async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const timeZone = c.req.query('tz');
    if (timeZone !== undefined && !isTimeZone(timeZone))
      return badRequest(c, { tz: ['must be an IANA time zone, e.g. Europe/Paris'] });
    const views = await listViews(store.db, session);
    const body: SavedViewCounts = { counts: {}, syncing: !(await store.sync.isCurrent(session.userId)) };
    if (views.length === 0) return c.json(body);
    const profile = await verifiedProfile(c, deps, session);
    if (profile instanceof Response) return profile;
    const user = { id: session.userId, enterpriseId: session.enterpriseId, isAdmin: isAdmin(profile) };
    let serviceKey: string | null | undefined;
    for (const view of views) {
      const query = parseViewQuery(view.query, { timeZone });
      if (!query.ok) continue;
      if (query.params.service === undefined && serviceKey === undefined) {
        const key = await defaultServiceKey(c, deps, session);
        if (key instanceof Response) return key;
        serviceKey = key;
      }
      try {
        body.counts[view.id] = await countStoredTickets(store.db, user, query.params, serviceKey ?? null);
      } catch (error) {
        // A view of every user's tickets, saved by someone who is no longer an admin: no count.
        if (!(error instanceof StoreListForbidden)) throw error;
      }
    }
    return c.json(body);
  });

  app.patch(`${gatewayPaths.views}/:id`, async (c) => {
    const owner = ownerOf(c);
    if (owner instanceof Response) return owner;
    const id = viewId(c);
    if (id === null) return errorResponse(c, 404, NOT_FOUND);
    const parsed = updateSchema.safeParse(await jsonBody(c));
    if (!parsed.success) return badRequest(c, issuesToFieldErrors(parsed.error.issues));
    const view = await updateView(store.db, owner, id, parsed.data, deps.now());
    return view ? c.json(view) : errorResponse(c, 404, NOT_FOUND);
  });

  app.delete(`${gatewayPaths.views}/:id`, async (c) => {
    const owner = ownerOf(c);
    if (owner instanceof Response) return owner;
    const id = viewId(c);
    if (id === null || !(await deleteView(store.db, owner, id))) return errorResponse(c, 404, NOT_FOUND);
    return c.body(null, 204);
  });
}
