/**
 * One ticket's write of a bulk action, as the single-ticket calls make it (PUT the change, POST the
 * invitation, DELETE), and the change Undo would send back: a state other than a closing (a closed
 * ticket cannot change) or than `new` (no ticket goes back to new), or the previous agent or group.
 */
import type { BulkAction } from '../../../contract/bulk.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { canTransition } from '../../../contract/transitions.ts';
import type { TicketState } from '../../../contract/enums.ts';
import { apiPath } from '../upstreamCall.ts';
import type { TicketSnapshot } from './bulkTargets.ts';

export type UpstreamWrite = {
  method: 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
};

export function upstreamWrite(action: BulkAction, ticketId: number): UpstreamWrite {
  const ticket = apiPath(apiPaths.ticket(ticketId));
  switch (action.type) {
    case 'state':
      return { method: 'PUT', path: ticket, body: { state: action.state } };
    case 'assign':
      return {
        method: 'PUT',
        path: ticket,
        body: 'agent' in action ? { agent: action.agent } : { group: action.group },
      };
    case 'invite':
      return {
        method: 'POST',
        path: `${ticket}/invitation`,
        body: action.channel ? { channel: action.channel } : {},
      };
    case 'delete':
      return { method: 'DELETE', path: ticket };
  }
}

/** What sends this ticket back to where it was before `action`, or null when that cannot be done. */
export function undoAction(action: BulkAction, before: TicketSnapshot): BulkAction | null {
  switch (action.type) {
    case 'state':
      if (action.state === 'closed' || before.state === action.state) return null;
      return canTransition(action.state, before.state as TicketState)
        ? { type: 'state', state: before.state as TicketState }
        : null;
    case 'assign':
      return 'agent' in action
        ? { type: 'assign', agent: before.agentId ?? '' }
        : { type: 'assign', group: before.groupId ?? '' };
    default:
      return null;
  }
}

/** Upstream's own reason for a refusal: its message, and each field's complaint. */
export async function refusalReason(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as {
      message?: unknown;
      error?: unknown;
      errors?: Record<string, string[]>;
    };
    const message =
      typeof body.message === 'string' ? body.message : typeof body.error === 'string' ? body.error : '';
    const fields = Object.entries(body.errors ?? {})
      .map(([field, messages]) => `${field}: ${[messages].flat().join(', ')}`)
      .join('; ');
    const reason = [message, fields].filter(Boolean).join(' — ');
    if (reason) return `${response.status} ${reason}`;
  } catch {
    // not JSON: the status says it
  }
  return `${response.status} ${text.slice(0, 200) || response.statusText}`.trim();
}
