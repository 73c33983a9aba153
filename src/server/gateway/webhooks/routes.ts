/**
 * `POST /webhooks/apizee`: Apizee's deliveries (API.md, Webhooks). Only with the shared secret in
 * `X-Webhook-Secret` (WEBHOOK_SECRET, compared in constant time); at most 64 KB of JSON; a delivery
 * whose `time` is more than 15 minutes away from now is refused as stale (so a captured delivery
 * cannot be replayed later); the same delivery again within that window is acknowledged and not applied
 * twice. The enterprise comes from `X-Apizee-Enterprise` (a custom header of the company's webhook)
 * or from the stored ticket.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { issuesToFieldErrors, type ApiErrorBody } from '../../../contract/errors.ts';
import type { GatewayDeps } from '../deps.ts';
import { errorResponse, type GatewayEnv } from '../http.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { applyWebhook, webhookPayloadSchema } from './applyWebhook.ts';

export const WEBHOOK_PATH = '/webhooks/apizee';
export const WEBHOOK_SECRET_HEADER = 'x-webhook-secret';
export const WEBHOOK_MAX_BYTES = 64 * 1024;
/** How far a delivery's `time` may be from now; deliveries are remembered this long. */
export const WEBHOOK_WINDOW_MS = 15 * 60_000;

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function registerWebhookRoutes(
  app: Hono<GatewayEnv>,
  deps: GatewayDeps,
  store: GatewayStore,
  secret: string | undefined,
): void {
  app.post(
    WEBHOOK_PATH,
    bodyLimit({
      maxSize: WEBHOOK_MAX_BYTES,
      onError: (c) => errorResponse(c, 413, 'The delivery is too large'),
    }),
    async (c) => {
      if (!secret) return errorResponse(c, 404, 'Not found');
      if (!sameSecret(c.req.header(WEBHOOK_SECRET_HEADER), secret)) {
        return errorResponse(c, 401, 'Missing or wrong webhook secret');
      }
      const text = await c.req.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return errorResponse(c, 400, 'The delivery is not JSON');
      }
      const parsed = webhookPayloadSchema.safeParse(json);
      const enterpriseHeader = c.req.header('x-apizee-enterprise');
      const enterpriseId = enterpriseHeader === undefined ? undefined : Number(enterpriseHeader);
      const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
      if (enterpriseId !== undefined && !(Number.isSafeInteger(enterpriseId) && enterpriseId > 0)) {
        errors['X-Apizee-Enterprise'] = ['must be an enterprise id'];
      }
      if (!parsed.success || Object.keys(errors).length > 0) {
        const body: ApiErrorBody = { code: 400, message: 'Invalid delivery', errors };
        return c.json(body, 400);
      }
      const now = deps.now();
      if (Math.abs(now - parsed.data.time * 1000) > WEBHOOK_WINDOW_MS) {
        const body: ApiErrorBody = {
          code: 400,
          message: 'Stale delivery',
          errors: { time: ['is more than 15 minutes from now'] },
        };
        return c.json(body, 400);
      }
      const digest = createHash('sha256')
        .update(`${enterpriseHeader ?? ''}\n${text}`)
        .digest('hex');
      const first = await store.db
        .insertInto('store_webhook_deliveries')
        .values({ digest, received_at: now })
        .onConflict((conflict) => conflict.column('digest').doNothing())
        .returning('digest')
        .executeTakeFirst();
      if (!first) return c.json({ status: 'duplicate' });
      await store.db
        .deleteFrom('store_webhook_deliveries')
        .where('received_at', '<', now - WEBHOOK_WINDOW_MS)
        .execute();
      try {
        const outcome = await applyWebhook(store, parsed.data, enterpriseId, now);
        return c.json({ status: outcome });
      } catch (error) {
        // Not applied: forget it was seen, so Apizee's retry is applied instead of dropped as a repeat.
        await store.db.deleteFrom('store_webhook_deliveries').where('digest', '=', digest).execute();
        deps.logger.error('webhook not applied', { object: parsed.data.object, error });
        return errorResponse(c, 503, 'The delivery could not be applied, send it again');
      }
    },
  );
}
