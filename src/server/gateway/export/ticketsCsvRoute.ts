/**
 * `GET /gateway/tickets.csv?<the list's parameters>&columns=…&lang=…&tz=…`: every ticket of the list
 * (not one page) as CSV, from the store only — never paging upstream — within what the user may see
 * (the list's own scoping). Rows stream in keyset batches as the browser reads them (it is never held
 * whole); `X-Total-Count` says how many follow. While the user's first sync runs the answer is a 409
 * saying how far it got (the list would be incomplete).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { issuesToFieldErrors } from '../../../contract/errors.ts';
import { listTicketsParamsSchema } from '../../../contract/requests.ts';
import { CSV_TOTAL_HEADER, gatewayPaths } from '../../../contract/savedViews.ts';
import {
  CSV_COLUMNS,
  CSV_LANGUAGES,
  DEFAULT_CSV_COLUMNS,
  isCsvColumn,
  type CsvColumn,
} from '../../../contract/ticketsCsv.ts';
import type { GatewayDeps } from '../deps.ts';
import { badRequest, errorResponse, type GatewayEnv } from '../http.ts';
import { sessionOf } from '../proxy.ts';
import { defaultServiceKey } from '../serving/ticketList.ts';
import { verifiedProfile } from '../serving/verifiedProfile.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { countStoredTickets, storedTicketBatches, StoreListForbidden } from '../store/listTickets.ts';
import { isAdmin } from '../store/users.ts';
import { isTimeZone } from '../views/zonedDays.ts';
import { csvHeader, csvRowWriter } from './ticketCsvRows.ts';

/** Rows read from the store at a time. */
export const CSV_BATCH_SIZE = 500;
const BOM = '\uFEFF';

const csvParamsSchema = listTicketsParamsSchema.omit({ offset: true, limit: true, scope: true }).extend({
  columns: z
    .string()
    .transform((text, ctx) => {
      const columns = text.split(',').map((column) => column.trim());
      const unknown = columns.filter((column) => !isCsvColumn(column));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown column ${unknown.join(', ')}: use ${CSV_COLUMNS.join(', ')}`,
        });
        return z.NEVER;
      }
      return [...new Set(columns)] as CsvColumn[];
    })
    .optional(),
  lang: z.enum(CSV_LANGUAGES, { error: `must be one of ${CSV_LANGUAGES.join(', ')}` }).optional(),
  tz: z.string().refine(isTimeZone, { error: 'must be an IANA time zone, e.g. Europe/Paris' }).optional(),
});

/** `tickets-2026-12-03.csv`: only digits, letters and dashes, whatever the request said. */
function fileName(now: number): string {
  return `tickets-${new Date(now).toISOString().slice(0, 10)}.csv`;
}

export function registerTicketsCsv(app: Hono<GatewayEnv>, deps: GatewayDeps, store: GatewayStore): void {
  app.get(gatewayPaths.ticketsCsv, async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const url = new URL(c.req.url);
    if (url.searchParams.has('scope'))
      return badRequest(c, { scope: ['session links are not part of a CSV: leave scope out'] });
    // The list's page (offset, limit) does not matter: the CSV holds every ticket of the list.
    const query = Object.fromEntries(
      [...url.searchParams].filter(([key, value]) => value !== '' && key !== 'offset' && key !== 'limit'),
    );
    const parsed = csvParamsSchema.safeParse(query);
    if (!parsed.success) return badRequest(c, issuesToFieldErrors(parsed.error.issues));
    const { columns, lang, tz, ...params } = parsed.data;

    const profile = await verifiedProfile(c, deps, session);
    if (profile instanceof Response) return profile;
    await store.sync.settle(session.userId);
    if (!(await store.sync.isCurrent(session.userId))) {
      const sync = await store.sync.status(session.userId);
      const progress = `${sync.synced.toLocaleString('en')} of ${sync.total === null ? '?' : sync.total.toLocaleString('en')}`;
      c.header('X-Store-Sync', `${sync.synced}/${sync.total ?? '?'}`);
      return errorResponse(
        c,
        409,
        `Your tickets are still being synced (${progress}): the CSV would be incomplete, try again when it is done`,
      );
    }
    let serviceKey: string | null = null;
    if (params.service === undefined) {
      const key = await defaultServiceKey(c, deps, session);
      if (key instanceof Response) return key;
      serviceKey = key;
    }
    const user = { id: session.userId, enterpriseId: session.enterpriseId, isAdmin: isAdmin(profile) };
    let total: number;
    try {
      total = await countStoredTickets(store.db, user, params, serviceKey);
    } catch (error) {
      if (error instanceof StoreListForbidden) return errorResponse(c, 403, error.message);
      throw error;
    }

    const format = { columns: columns ?? DEFAULT_CSV_COLUMNS, language: lang ?? 'en', timeZone: tz ?? 'UTC' };
    const row = csvRowWriter(format);
    const batches = storedTicketBatches(store.db, user, params, serviceKey, CSV_BATCH_SIZE);
    const encoder = new TextEncoder();
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(BOM + csvHeader(format)));
          return;
        }
        try {
          const next = await batches.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value.map(row).join('')));
        } catch (error) {
          deps.logger.error('tickets.csv failed', { error });
          controller.error(error);
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName(deps.now())}"`,
        'Cache-Control': 'no-store',
        [CSV_TOTAL_HEADER]: String(total),
      },
    });
  });
}
