/**
 * The store's tickets and the invariant's ledger. A ticket is recorded from an upstream answer to one
 * user, and that answer is what lets that user (and no other) be served it. A change of assignment,
 * group or enterprise seen anywhere (another user's answer, a webhook) withdraws the ticket from
 * everyone else until their own answers show it again; a deletion removes it for all.
 */
import type { Kysely, Transaction } from 'kysely';
import { ticketSchema, type Ticket } from '../../../contract/models.ts';
import type { StoreSchema, StoreTicketsTable } from './schema.ts';
import { nextCompletion } from './completion.ts';
import { ticketSearchText } from './searchText.ts';

type Db = Kysely<StoreSchema> | Transaction<StoreSchema>;

type TicketRow = Omit<StoreTicketsTable, 'stale_since' | 'completed'> & { stale_since: number | null };

function time(text: string | null | undefined): number | null {
  if (!text) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** The row of an upstream ticket object, or null when it is not a ticket the contract knows. */
export function ticketRow(raw: unknown, enterpriseId: number): TicketRow | null {
  const parsed = ticketSchema.safeParse(raw);
  if (!parsed.success) return null;
  const ticket = parsed.data;
  const { links: _links, ...stored } = raw as Record<string, unknown>;
  return {
    id: ticket.id,
    enterprise_id: enterpriseId,
    body: JSON.stringify(stored),
    state: ticket.state,
    agent_id: ticket.agent?.id ?? null,
    group_id: ticket.group?.id ?? null,
    service_key: ticket.service?.key ?? null,
    type: ticket.type,
    reference: ticket.reference || null,
    requestor_id: ticket.requestor?.id ?? null,
    created: time(ticket.created) ?? 0,
    modified: time(ticket.modified) ?? 0,
    start_time: time(ticket.start_time),
    end_time: time(ticket.end_time),
    search_text: ticketSearchText(ticket),
    stale_since: null,
  };
}

function sameAudience(a: Pick<TicketRow, 'agent_id' | 'group_id' | 'enterprise_id'>, b: typeof a): boolean {
  return a.agent_id === b.agent_id && a.group_id === b.group_id && a.enterprise_id === b.enterprise_id;
}

export interface RecordResult {
  /** Tickets new to the store or newer than it had: what live clients should hear about. */
  changed: Ticket[];
  /** Ids whose assignment or group changed: withdrawn from every other user. */
  reassigned: number[];
  /** Users who lost a ticket through `reassigned` (they hear of it as a deletion). */
  withdrawnFrom: Map<number, number[]>;
  /** Unchanged tickets that this answer shows its user for the first time (new to their lists). */
  granted: { userId: number; ticket: Ticket }[];
}

async function withdrawOthers(db: Db, ticketId: number, keepUserId: number | null): Promise<number[]> {
  let query = db.deleteFrom('store_visibility').where('ticket_id', '=', ticketId);
  if (keepUserId !== null) query = query.where('user_id', '!=', keepUserId);
  const removed = await query.returning('user_id').execute();
  await db.deleteFrom('store_ticket_cache').where('ticket_id', '=', ticketId).execute();
  return removed.map((row) => row.user_id);
}

/**
 * Records the tickets of one upstream answer to `userId`: upserts each (an older copy never replaces
 * a newer one) and grants that user visibility of it, unless the store already holds a newer copy
 * with another audience (then this answer is out of date and proves nothing).
 */
export async function recordSeenTickets(
  db: Kysely<StoreSchema>,
  userId: number,
  enterpriseId: number,
  rawTickets: readonly unknown[],
  now: number,
): Promise<RecordResult> {
  const rows = rawTickets.map((raw) => ticketRow(raw, enterpriseId)).filter((row) => row !== null);
  const result: RecordResult = { changed: [], reassigned: [], withdrawnFrom: new Map(), granted: [] };
  if (rows.length === 0) return result;
  await db.transaction().execute(async (trx) => {
    const existing = new Map(
      (
        await trx
          .selectFrom('store_tickets')
          .select(['id', 'modified', 'agent_id', 'group_id', 'enterprise_id', 'state', 'completed'])
          .where(
            'id',
            'in',
            rows.map((row) => row.id),
          )
          .execute()
      ).map((row) => [row.id, row]),
    );
    const alreadySeen = new Set(
      (
        await trx
          .selectFrom('store_visibility')
          .select('ticket_id')
          .where('user_id', '=', userId)
          .where(
            'ticket_id',
            'in',
            rows.map((row) => row.id),
          )
          .execute()
      ).map((row) => row.ticket_id),
    );
    const grants: { user_id: number; ticket_id: number; seen_at: number }[] = [];
    for (const row of rows) {
      const stored = existing.get(row.id);
      if (stored && stored.modified > row.modified) {
        if (sameAudience(stored, row)) grants.push({ user_id: userId, ticket_id: row.id, seen_at: now });
        continue;
      }
      if (stored && !sameAudience(stored, row)) {
        result.reassigned.push(row.id);
        for (const lost of await withdrawOthers(trx, row.id, userId)) {
          result.withdrawnFrom.set(lost, [...(result.withdrawnFrom.get(lost) ?? []), row.id]);
        }
      }
      const newer = !stored || stored.modified < row.modified || stored.state !== row.state;
      if (newer || !sameAudience(stored, row)) {
        result.changed.push(JSON.parse(row.body) as Ticket);
      } else if (!alreadySeen.has(row.id)) {
        result.granted.push({ userId, ticket: JSON.parse(row.body) as Ticket });
      }
      const { id: _id, ...update } = { ...row, completed: nextCompletion(stored, row) };
      await trx
        .insertInto('store_tickets')
        .values({ ...update, id: row.id })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(update))
        .execute();
      grants.push({ user_id: userId, ticket_id: row.id, seen_at: now });
    }
    if (grants.length > 0) {
      await trx
        .insertInto('store_visibility')
        .values(grants)
        .onConflict((conflict) =>
          conflict
            .columns(['user_id', 'ticket_id'])
            .doUpdateSet((eb) => ({ seen_at: eb.ref('excluded.seen_at') })),
        )
        .execute();
    }
  });
  return result;
}

/** Upstream refused `ticketId` to `userId` (403 or 404): they are not served it any more. */
export async function withdrawFromUser(db: Db, userId: number, ticketId: number): Promise<boolean> {
  const removed = await db
    .deleteFrom('store_visibility')
    .where('user_id', '=', userId)
    .where('ticket_id', '=', ticketId)
    .executeTakeFirst();
  await db
    .deleteFrom('store_ticket_cache')
    .where('user_id', '=', userId)
    .where('ticket_id', '=', ticketId)
    .execute();
  return Number(removed.numDeletedRows) > 0;
}

/** A deleted ticket leaves the store; the users who could see it (to tell them). */
export async function removeTicket(db: Kysely<StoreSchema>, ticketId: number): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const users = await withdrawOthers(trx, ticketId, null);
    await trx.deleteFrom('store_tickets').where('id', '=', ticketId).execute();
    return users;
  });
}

/** The stored body of `ticketId` if `userId` may be served it, else null. */
export async function visibleTicket(db: Db, userId: number, ticketId: number): Promise<Ticket | null> {
  const row = await db
    .selectFrom('store_tickets as t')
    .innerJoin('store_visibility as v', (join) =>
      join.onRef('v.ticket_id', '=', 't.id').on('v.user_id', '=', userId),
    )
    .select(['t.body'])
    .where('t.id', '=', ticketId)
    .where('t.stale_since', 'is', null)
    .executeTakeFirst();
  return row ? (JSON.parse(row.body) as Ticket) : null;
}

/**
 * The ticket changed upstream in ways the store cannot know (a write's fields, a webhook's partial
 * props): its copy and its cached events and medias are not served again until upstream is read.
 */
export async function markChanged(db: Db, ticketId: number, now: number): Promise<void> {
  await db
    .updateTable('store_tickets')
    .set({ stale_since: now })
    .where('id', '=', ticketId)
    .where('stale_since', 'is', null)
    .execute();
  await db.deleteFrom('store_ticket_cache').where('ticket_id', '=', ticketId).execute();
}

/** Who may be served `ticketId` now. */
export async function ticketAudience(db: Db, ticketId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('store_visibility')
    .select('user_id')
    .where('ticket_id', '=', ticketId)
    .execute();
  return rows.map((row) => row.user_id);
}

export interface WebhookTicketChange {
  ticketId: number;
  enterpriseId: number;
  state?: string | undefined;
  agentId?: number | null | undefined;
  groupId?: number | null | undefined;
  /** Epoch ms of the change (props.modified, else the delivery's time). */
  modified: number;
}

export type WebhookApplied =
  | { kind: 'unknown' }
  | { kind: 'stale' }
  | { kind: 'current' }
  | { kind: 'state'; ticket: Ticket; audience: number[] }
  /** Another state within the same second as the copy: upstream must say which came last. */
  | { kind: 'ambiguous'; audience: number[] }
  | { kind: 'reassigned'; withdrawnFrom: number[] };

/**
 * Applies what a ticket webhook says to the stored copy: older than the copy → nothing; the same
 * audience → the new state is served at once (the rest of the copy is marked stale until re-read);
 * another agent, group or enterprise → withdrawn from everyone until re-verified.
 */
export async function applyTicketWebhook(
  db: Kysely<StoreSchema>,
  change: WebhookTicketChange,
  now: number,
): Promise<WebhookApplied> {
  return db.transaction().execute(async (trx): Promise<WebhookApplied> => {
    const stored = await trx
      .selectFrom('store_tickets')
      .selectAll()
      .where('id', '=', change.ticketId)
      .executeTakeFirst();
    if (!stored) return { kind: 'unknown' };
    if (stored.modified > change.modified) return { kind: 'stale' };
    const incoming = {
      enterprise_id: change.enterpriseId,
      agent_id: change.agentId === undefined ? stored.agent_id : change.agentId,
      group_id: change.groupId === undefined ? stored.group_id : change.groupId,
    };
    const sameState = change.state === undefined || change.state === stored.state;
    if (stored.modified === change.modified && sameState && sameAudience(stored, incoming))
      return { kind: 'current' };
    if (stored.modified === change.modified && !sameState && sameAudience(stored, incoming)) {
      // `modified` has second precision and deliveries come in any order: two changes of one second
      // cannot be ordered here. The copy is not served until upstream is read again.
      await trx.updateTable('store_tickets').set({ stale_since: now }).where('id', '=', stored.id).execute();
      return { kind: 'ambiguous', audience: await ticketAudience(trx, stored.id) };
    }
    if (!sameAudience(stored, incoming)) {
      const withdrawnFrom = await withdrawOthers(trx, stored.id, null);
      await trx
        .updateTable('store_tickets')
        .set({
          ...incoming,
          modified: change.modified,
          stale_since: now,
          ...(change.state && { state: change.state }),
          completed: nextCompletion(stored, {
            ...stored,
            state: change.state ?? stored.state,
            modified: change.modified,
          }),
        })
        .where('id', '=', stored.id)
        .execute();
      return { kind: 'reassigned', withdrawnFrom };
    }
    const body = JSON.parse(stored.body) as Record<string, unknown>;
    if (change.state) body.state = change.state;
    body.modified = new Date(change.modified).toISOString().replace('.000Z', '+00:00');
    await trx
      .updateTable('store_tickets')
      .set({
        state: change.state ?? stored.state,
        modified: change.modified,
        completed: nextCompletion(stored, {
          ...stored,
          state: change.state ?? stored.state,
          modified: change.modified,
        }),
        body: JSON.stringify(body),
        stale_since: change.modified > stored.modified ? now : stored.stale_since,
      })
      .where('id', '=', stored.id)
      .execute();
    const audience = await ticketAudience(trx, stored.id);
    return { kind: 'state', ticket: body as Ticket, audience };
  });
}
