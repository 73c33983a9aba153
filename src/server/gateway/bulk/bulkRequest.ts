/** `POST /gateway/bulk`'s body checked field by field: a 400 names every field that is wrong. */
import { z } from 'zod';
import { BULK_MAX_TICKETS, type BulkAction } from '../../../contract/bulk.ts';
import { INVITATION_CHANNELS, TICKET_STATES } from '../../../contract/enums.ts';
import { issuesToFieldErrors } from '../../../contract/errors.ts';
import { listTicketsParamsSchema, type ListTicketsParams } from '../../../contract/requests.ts';

const id = z.int({ error: 'must be a ticket id' }).min(1, { error: 'must be a ticket id' });
const idOrNone = z.union([z.literal(''), id], { error: "must be an id, or '' for none" });

const actionSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('state'), state: z.enum(TICKET_STATES, { error: 'is not a state' }) }),
    z
      .strictObject({ type: z.literal('assign'), agent: idOrNone.optional(), group: idOrNone.optional() })
      .refine((action) => (action.agent === undefined) !== (action.group === undefined), {
        error: 'give either agent or group',
        path: ['agent'],
      }),
    z.strictObject({
      type: z.literal('invite'),
      channel: z.enum(INVITATION_CHANNELS, { error: 'must be sms, email or both' }).optional(),
    }),
    z.strictObject({ type: z.literal('delete') }),
  ],
  { error: 'must be state, assign (agent or group), invite or delete' },
);

const idsSchema = z
  .array(id, { error: 'must be a list of ticket ids' })
  .min(1, { error: 'must hold at least one ticket id' })
  .max(BULK_MAX_TICKETS, { error: `must hold at most ${BULK_MAX_TICKETS} tickets` })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat a ticket' });

/** The list's filters: what `GET /api/v3/tickets` takes, without paging nor session links. */
const filterSchema = listTicketsParamsSchema.omit({ offset: true, limit: true, scope: true });

const requestSchema = z
  .strictObject({
    action: actionSchema,
    ids: idsSchema.optional(),
    filter: z
      .record(z.string(), z.union([z.string(), z.number()]), { error: 'must be an object' })
      .optional(),
  })
  .refine((body) => (body.ids === undefined) !== (body.filter === undefined), {
    error: 'give either ids or filter',
    path: ['ids'],
  });

export type BulkTargets =
  { ids: number[] } | { filter: Omit<ListTicketsParams, 'offset' | 'limit' | 'scope'> };
export type ParsedBulkRequest = { action: BulkAction; targets: BulkTargets };

export function parseBulkRequest(
  body: unknown,
): { ok: true; request: ParsedBulkRequest } | { ok: false; errors: Record<string, string[]> } {
  if (body === undefined) return { ok: false, errors: { _: ['the body must be JSON'] } };
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues) };
  const { ids, filter } = parsed.data;
  const given = parsed.data.action;
  const action: BulkAction =
    given.type !== 'assign'
      ? given
      : given.agent !== undefined
        ? { type: 'assign', agent: given.agent }
        : { type: 'assign', group: given.group ?? '' };
  if (ids) return { ok: true, request: { action, targets: { ids } } };
  const params = filterSchema.safeParse(
    Object.fromEntries(Object.entries(filter ?? {}).map(([key, value]) => [key, String(value)])),
  );
  if (!params.success) {
    const errors = issuesToFieldErrors(params.error.issues);
    return {
      ok: false,
      errors: Object.fromEntries(
        Object.entries(errors).map(([key, messages]) => [`filter.${key}`, messages]),
      ),
    };
  }
  return { ok: true, request: { action, targets: { filter: params.data } } };
}
