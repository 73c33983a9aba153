/** The webhook of a ticket write, queued once the write has committed. */
import { formatApiDate } from '../../../contract/params.ts';
import type { ApizeeDeps } from '../context.ts';
import type { Database } from '../db/database.ts';
import { findTicketRow } from '../tickets/repository.ts';
import type { WebhookEvent, WebhookPayload } from './delivery.ts';

/** The payload of a change of ticket `ticketId`, with its values as recorded now. */
export function ticketPayload(
  db: Database,
  event: WebhookEvent,
  ticketId: number,
  now: number,
): { payload: WebhookPayload; enterpriseId: number } | undefined {
  const row = findTicketRow(db, ticketId);
  if (!row) return undefined;
  const props: Record<string, unknown> = {
    state: row.state,
    reference: row.reference,
    agent: row.agent_id,
    group: row.group_id,
    modified: formatApiDate(row.modified),
  };
  if (row.deleted_at !== null) props.deleted = formatApiDate(row.deleted_at);
  return {
    enterpriseId: row.enterprise_id,
    payload: { event, time: Math.floor(now / 1000), object: 'ticket', objectId: ticketId, props },
  };
}

/** Call after the write's transaction: queues the webhook, never throws, never waits. */
export function notifyTicketChange(deps: ApizeeDeps, event: WebhookEvent, ticketId: number): void {
  try {
    const change = ticketPayload(deps.db, event, ticketId, deps.now());
    if (change) deps.webhooks.notify(change.payload, change.enterpriseId);
  } catch (error) {
    deps.logger.error('webhook not queued', { event, object: 'ticket', objectId: ticketId, error });
  }
}
