/**
 * The session links of a ticket (`scope=sso`): `/room/<token>` for the agent, `/join/<token>` for the
 * guest, on this server. A token is the ticket id and an HMAC of it (192 bits) under a key derived from
 * the server's secret (kept in the database in DATA_DIR, so links survive restarts); agent and guest
 * tokens are signed apart, so a guest cannot derive the agent's link. Nothing of a bearer token is in
 * a link, and a link of a deleted ticket leads nowhere.
 */
import crypto from 'node:crypto';
import type { Context } from 'hono';
import { tokenSecret } from '../auth/tokens.ts';
import type { ApizeeEnv } from '../context.ts';
import type { Database } from '../db/database.ts';
import type { TicketLinker } from '../tickets/present.ts';

export type LinkRole = 'agent' | 'guest';

/** Where each page lives, outside the API base. */
export const LINK_PREFIXES: Record<LinkRole, string> = { agent: '/room', guest: '/join' };

const SIGNATURE_LENGTH = 32;
const TOKEN = /^(\d{1,15})\.([A-Za-z0-9_-]{32})$/;
const keys = new WeakMap<Database, Buffer>();

function linkKey(db: Database): Buffer {
  let key = keys.get(db);
  if (!key) {
    key = Buffer.from(
      crypto.hkdfSync('sha256', tokenSecret(db), Buffer.alloc(0), 'apizee session links', 32),
    );
    keys.set(db, key);
  }
  return key;
}

function signature(db: Database, role: LinkRole, ticketId: number): string {
  return crypto
    .createHmac('sha256', linkKey(db))
    .update(`${role}:${ticketId}`)
    .digest('base64url')
    .slice(0, SIGNATURE_LENGTH);
}

export function linkToken(db: Database, role: LinkRole, ticketId: number): string {
  return `${ticketId}.${signature(db, role, ticketId)}`;
}

/** The ticket id a token was signed for, or null for anything else. */
export function verifyLinkToken(db: Database, role: LinkRole, token: string): number | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const ticketId = Number(match[1]);
  const expected = Buffer.from(signature(db, role, ticketId));
  const given = Buffer.from(match[2]!);
  return ticketId > 0 && crypto.timingSafeEqual(expected, given) ? ticketId : null;
}

/**
 * The links of the tickets a request presents: under APIZEE_PUBLIC_URL when set (a gateway running
 * this API in its own process sets it to its own address), else under the origin the request came to.
 */
export function ticketLinker(c: Context<ApizeeEnv>): TicketLinker {
  const { db, publicUrl } = c.get('deps');
  const base = (publicUrl() ?? new URL(c.req.url).origin).replace(/\/+$/, '');
  return (ticketId) => ({
    agent_url: `${base}${LINK_PREFIXES.agent}/${linkToken(db, 'agent', ticketId)}`,
    guest_url: `${base}${LINK_PREFIXES.guest}/${linkToken(db, 'guest', ticketId)}`,
  });
}
