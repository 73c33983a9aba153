/**
 * Where the embedded API's webhooks go: none, an HTTP URL (APIZEE_WEBHOOK_URL, as Apizee's cloud
 * sends them), an in-process receiver (a gateway running the embedded API in its own process), or
 * both. One configuration serves every enterprise of the embedded API (Apizee configures them per
 * company); each delivery names its enterprise (`X-Apizee-Enterprise` over HTTP).
 */
import type { Logger } from '../../runtime/log.ts';
import type { WebhookDelivery, WebhookPayload } from './delivery.ts';
import { httpTransport } from './httpTransport.ts';
import { createWebhookQueue, type WebhookQueue, type WebhookQueueOptions } from './queue.ts';

export type WebhookReceiver = (delivery: WebhookDelivery) => Promise<void>;

export interface WebhookOptions extends Partial<
  Pick<
    WebhookQueueOptions,
    'capacity' | 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs' | 'timeoutMs' | 'concurrency'
  >
> {
  /** POSTs every delivery there. */
  url?: string | undefined;
  /** Extra headers of the HTTP deliveries (a shared secret, say). */
  headers?: Record<string, string> | undefined;
  /** Hands every delivery to this function, without HTTP. */
  receiver?: WebhookReceiver | undefined;
  /** Replaces the global fetch of HTTP deliveries (tests). */
  fetch?: typeof fetch;
}

export interface WebhookNotifier {
  /** Queues the payload for every target; never throws, never waits. */
  notify(payload: WebhookPayload, enterpriseId: number): void;
  /** Resolves once every target has nothing left to send. */
  idle(): Promise<void>;
  close(): void;
}

export function createWebhookNotifier(options: WebhookOptions, logger: Logger): WebhookNotifier {
  const tuning = {
    capacity: options.capacity,
    maxAttempts: options.maxAttempts,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs,
    timeoutMs: options.timeoutMs,
    concurrency: options.concurrency,
  };
  const queues: WebhookQueue[] = [];
  if (options.url) {
    const transport = httpTransport({ url: options.url, headers: options.headers, fetch: options.fetch });
    queues.push(createWebhookQueue({ ...tuning, transport, logger, target: 'http' }));
    // The host and the header names only: a path, a query or a header value may hold a secret.
    logger.info('webhooks on', {
      target: 'http',
      host: new URL(options.url).host,
      extraHeaderNames: Object.keys(options.headers ?? {}),
    });
  }
  const receiver = options.receiver;
  if (receiver) {
    queues.push(
      createWebhookQueue({
        ...tuning,
        transport: (delivery) => receiver(delivery),
        logger,
        target: 'in-process',
      }),
    );
  }
  return {
    notify(payload, enterpriseId) {
      for (const queue of queues) {
        try {
          queue.enqueue(payload, enterpriseId);
        } catch (error) {
          logger.error('webhook not queued', {
            event: payload.event,
            object: payload.object,
            objectId: payload.objectId,
            error,
          });
        }
      }
    },
    idle: async () => {
      await Promise.all(queues.map((queue) => queue.idle()));
    },
    close() {
      for (const queue of queues) queue.close();
    },
  };
}
