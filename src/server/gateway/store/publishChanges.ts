/** Tells live browsers what a store change means for them: updated for who sees it, gone for who lost it. */
import type { LiveHub } from '../live/hub.ts';
import type { Kysely } from 'kysely';
import type { StoreSchema } from './schema.ts';
import { ticketAudience, type RecordResult } from './tickets.ts';

export async function publishRecorded(
  db: Kysely<StoreSchema>,
  live: LiveHub,
  result: RecordResult,
): Promise<void> {
  for (const ticket of result.changed) {
    const audience = await ticketAudience(db, ticket.id);
    if (audience.length > 0) live.publish(audience, { type: 'ticket.updated', ticket });
  }
  for (const { userId, ticket } of result.granted) live.publish([userId], { type: 'ticket.created', ticket });
  publishWithdrawn(live, result.withdrawnFrom);
}

export function publishWithdrawn(live: LiveHub, withdrawnFrom: ReadonlyMap<number, readonly number[]>): void {
  for (const [userId, ticketIds] of withdrawnFrom) {
    for (const ticketId of ticketIds) live.publish([userId], { type: 'ticket.deleted', ticketId });
  }
}
