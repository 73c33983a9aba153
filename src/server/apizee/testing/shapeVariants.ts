/**
 * The shapes the public material leaves open (API.md, last section), produced on purpose, for the
 * strict e2e profile and the client's tests: `APIZEE_SHAPE_VARIANTS=1` on `npm run apizee`. Off by
 * default and never in `npm start`. It rewrites answers only; what is stored is untouched, so a
 * request that sends a value back (an `opened` state, say) meets the strict request rules.
 *
 * - every user's roles gain `expert` (an unknown role that must grant nothing);
 * - a requestor's `phone` and `email` come as one comma-separated string;
 * - an `open` ticket of even id reads `opened`;
 * - event ids are strings, and events come in pages of EVENTS_PAGE (`offset`, `limit` honoured below
 *   it), `total` counting them all;
 * - media `url` and `thumbnail_url` are absolute, on the origin the request came to.
 */
import type { MiddlewareHandler } from 'hono';
import { API_BASE } from '../../../contract/paths.ts';
import type { ApizeeEnv } from '../context.ts';

export const EVENTS_PAGE = 5;
export const EXTRA_ROLE = 'expert';

type Json = Record<string, unknown>;
type Rewrite = (body: Json, request: URL) => Json;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const withRole: (user: Json) => Json = (user) =>
  Array.isArray(user.roles) ? { ...user, roles: [...user.roles, EXTRA_ROLE] } : user;

const joined = (value: unknown) => (Array.isArray(value) ? value.join(', ') : value);

function ticketVariant(ticket: Json): Json {
  const variant: Json = { ...ticket };
  if (isObject(ticket.requestor)) {
    const { phone, email } = ticket.requestor;
    variant.requestor = { ...ticket.requestor, phone: joined(phone), email: joined(email) };
  }
  if (ticket.state === 'open' && typeof ticket.id === 'number' && ticket.id % 2 === 0)
    variant.state = 'opened';
  return variant;
}

function mediaVariant(media: Json, request: URL): Json {
  const absolute = (value: unknown) =>
    typeof value === 'string' && value.startsWith('/') ? `${request.origin}${value}` : value;
  return { ...media, url: absolute(media.url), thumbnail_url: absolute(media.thumbnail_url) };
}

const eachItem =
  (rewrite: (item: Json, request: URL) => Json): Rewrite =>
  (body, request) =>
    Array.isArray(body.data)
      ? { ...body, data: body.data.map((item: unknown) => (isObject(item) ? rewrite(item, request) : item)) }
      : body;

function pageOfEvents(body: Json, request: URL): Json {
  if (!Array.isArray(body.data)) return body;
  const offset = Math.max(0, Number(request.searchParams.get('offset')) || 0);
  const asked = Number(request.searchParams.get('limit')) || EVENTS_PAGE;
  const page = body.data.slice(offset, offset + Math.min(asked, EVENTS_PAGE));
  const next = offset + page.length;
  return {
    data: page.map((event: unknown) => (isObject(event) ? { ...event, id: String(event.id) } : event)),
    total: body.data.length,
    next_offset: next < body.data.length ? next : null,
  };
}

const ROUTES: [pattern: RegExp, rewrite: Rewrite][] = [
  [/^\/users\/me$/, withRole],
  [/^\/enterprises\/\d+\/users$/, eachItem(withRole)],
  [/^\/tickets$/, eachItem(ticketVariant)],
  [/^\/tickets\/\d+$/, ticketVariant],
  [/^\/tickets\/\d+\/events$/, pageOfEvents],
  [/^\/tickets\/\d+\/medias$/, eachItem(mediaVariant)],
  [/^\/medias\/\d+$/, mediaVariant],
];

/** Rewrites the JSON answers of GET calls below the API base (see the top of this file). */
export function shapeVariants(): MiddlewareHandler<ApizeeEnv> {
  return async (c, next) => {
    await next();
    const request = new URL(c.req.url);
    const path = request.pathname.slice(API_BASE.length);
    const rewrite = ROUTES.find(([pattern]) => pattern.test(path))?.[1];
    if (c.req.method !== 'GET' || !rewrite || c.res.status !== 200) return;
    if (!c.res.headers.get('content-type')?.includes('application/json')) return;
    const body: unknown = await c.res.json();
    if (!isObject(body)) return;
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(JSON.stringify(rewrite(body, request)), { status: 200, headers });
  };
}
