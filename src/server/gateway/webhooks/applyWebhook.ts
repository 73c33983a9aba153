/**
 * What an Apizee webhook changes in the store, and who hears of it. Ticket props carry the last
 * recorded state, agent, group and modified time: the state shows at once for those who may see the
 * ticket; a new agent or group withdraws it from everyone until each user's own upstream answer shows
 * it again (their sync re-reads soon); a deletion removes it. Medias: the ticket's cached medias go.
 * An object of an enterprise with no user here is ignored.
 */
import { z } from 'zod';
import { normaliseState, type User } from '../../../contract/models.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { publishWithdrawn } from '../store/publishChanges.ts';
import { applyTicketWebhook, removeTicket, ticketAudience, type WebhookApplied } from '../store/tickets.ts';
import { isAdmin, loadProfile } from '../store/users.ts';

const optionalId = z
  .union([z.number().int(), z.string().regex(/^\d+$/).transform(Number), z.null()])
  .optional();

export const webhookPayloadSchema = z.object({
  event: z.enum(['create', 'update', 'delete']),
  time: z.number().int().positive(),
  object: z.string().min(1).max(50),
  objectId: z.union([z.number().int(), z.string().min(1).max(100)]),
  props: z.record(z.string(), z.unknown()).default({}),
});
export type WebhookBody = z.infer<typeof webhookPayloadSchema>;

const ticketPropsSchema = z.object({
  state: z.string().max(50).optional(),
  agent: optionalId,
  group: optionalId,
  modified: z.string().optional(),
  deleted: z.string().optional(),
  ticket_id: optionalId,
});

export type WebhookOutcome = 'applied' | 'ignored';

export async function applyWebhook(
  store: GatewayStore,
  payload: WebhookBody,
  enterpriseHint: number | undefined,
  now: number,
): Promise<WebhookOutcome> {
  const props = ticketPropsSchema.safeParse(payload.props);
  if (!props.success) return 'ignored';
  if (payload.object === 'media') {
    const ticketId = props.data.ticket_id;
    if (typeof ticketId !== 'number') return 'ignored';
    await store.db
      .deleteFrom('store_ticket_cache')
      .where('ticket_id', '=', ticketId)
      .where('kind', 'like', 'medias%')
      .execute();
    return 'applied';
  }
  if (payload.object !== 'ticket' || typeof payload.objectId !== 'number') return 'ignored';
  const ticketId = payload.objectId;
  const stored = await store.db
    .selectFrom('store_tickets')
    .select('enterprise_id')
    .where('id', '=', ticketId)
    .executeTakeFirst();
  const enterpriseId = enterpriseHint ?? stored?.enterprise_id;
  if (enterpriseId === undefined) return 'ignored';
  const liveUsers = store.sync.liveUsers(enterpriseId);
  if (!stored && liveUsers.length === 0) return 'ignored';

  if (payload.event === 'delete' || props.data.deleted) {
    const audience = await removeTicket(store.db, ticketId);
    if (audience.length > 0) store.live.publish(audience, { type: 'ticket.deleted', ticketId });
    return 'applied';
  }
  const modifiedMs = props.data.modified ? Date.parse(props.data.modified) : Number.NaN;
  const applied: WebhookApplied = await applyTicketWebhook(
    store.db,
    {
      ticketId,
      enterpriseId,
      state: props.data.state === undefined ? undefined : normaliseState(props.data.state),
      agentId: props.data.agent,
      groupId: props.data.group,
      modified: Number.isFinite(modifiedMs) ? modifiedMs : payload.time * 1000,
    },
    now,
  );
  if (applied.kind === 'stale') return 'applied';
  if (applied.kind === 'state') {
    store.live.publish(applied.audience, { type: 'ticket.updated', ticket: applied.ticket });
    for (const userId of applied.audience)
      if (liveUsers.includes(userId)) store.sync.refresh(userId, 'later');
  }
  if (applied.kind === 'ambiguous') {
    for (const userId of applied.audience)
      if (liveUsers.includes(userId)) store.sync.verify(userId, ticketId);
  }
  if (applied.kind === 'reassigned') {
    publishWithdrawn(store.live, new Map(applied.withdrawnFrom.map((userId) => [userId, [ticketId]])));
  }
  // Whoever may see it now and has not been shown it learns it from their own upstream answer.
  const audience = new Set(await ticketAudience(store.db, ticketId));
  const agentId = props.data.agent ?? null;
  const groupId = props.data.group ?? null;
  for (const userId of liveUsers) {
    if (audience.has(userId)) continue;
    const profile = await loadProfile(store.db, userId);
    if (!profile || !mayConcern(profile.user, agentId, groupId)) continue;
    // Their own upstream answer for this very ticket decides (a list read back to a watermark
    // could miss it, and a documented list cannot show an agent their groups' unassigned tickets).
    store.sync.verify(userId, ticketId);
  }
  return 'applied';
}

/** Whether upstream's rules could show a ticket with this agent and group to the user. */
function mayConcern(user: User, agentId: number | null, groupId: number | null): boolean {
  if (isAdmin(user) || user.id === agentId) return true;
  return groupId !== null && user.groups.some((group) => group.id === groupId);
}
