/**
 * The list call's parameters as this server reads them: the contract's schema with the extensions on;
 * with one off, what a real Apizee that lacks it would do. `state` and `started_before` unknown → ignored;
 * `user=unassigned|visible` and `service=all` are unknown values of documented parameters → a 400
 * naming the parameter, beside any other invalid one.
 */
import { z } from 'zod';
import type { Extension } from '../../../contract/extensions.ts';
import { serviceKeyParam } from '../../../contract/params.ts';
import { ticketUserValue } from '../../../contract/paramRules.ts';
import { listTicketsParamsSchema, type ListTicketsParams } from '../../../contract/requests.ts';

/** `user` as documented: a user id, or `all`. */
const documentedUserParam = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const user = ticketUserValue(String(value));
  if (typeof user === 'number' || user === 'all') return user;
  ctx.addIssue({ code: 'custom', message: 'must be a user id or all' });
  return z.NEVER;
});

function schemaFor(extensions: ReadonlySet<Extension>): z.ZodType<ListTicketsParams> {
  let schema: z.ZodObject = listTicketsParamsSchema;
  if (!extensions.has('stateFilter')) schema = schema.omit({ state: true });
  if (!extensions.has('startedBeforeFilter')) schema = schema.omit({ started_before: true });
  if (!extensions.has('userScopes')) schema = schema.extend({ user: documentedUserParam.optional() });
  if (!extensions.has('allServices')) schema = schema.extend({ service: serviceKeyParam.optional() });
  return schema as z.ZodType<ListTicketsParams>;
}

const schemas = new WeakMap<ReadonlySet<Extension>, z.ZodType<ListTicketsParams>>();

/** The schema of `GET /tickets` for a server answering `extensions` (built once per setting). */
export function listTicketsSchemaFor(extensions: ReadonlySet<Extension>): z.ZodType<ListTicketsParams> {
  let schema = schemas.get(extensions);
  if (!schema) {
    schema = schemaFor(extensions);
    schemas.set(extensions, schema);
  }
  return schema;
}
