/** What a webhook carries, as Apizee sends it (API.md, Webhooks), and how it travels. */

export type WebhookEvent = 'create' | 'update' | 'delete';
export type WebhookObject = 'ticket' | 'media';

/** The JSON body Apizee POSTs. */
export interface WebhookPayload {
  event: WebhookEvent;
  /** Unix seconds of the change. */
  time: number;
  object: WebhookObject;
  objectId: number;
  /** The object's last recorded values. */
  props: Record<string, unknown>;
}

/** One delivery: the payload and the enterprise whose data it is. */
export interface WebhookDelivery {
  enterpriseId: number;
  payload: WebhookPayload;
  /** 1 for the first try. */
  attempt: number;
}

/**
 * Carries one delivery: resolves when the receiver took it, rejects to have it retried (or throws
 * `WebhookRejected` when retrying cannot help). The signal aborts it at the per-request timeout or on
 * shutdown. An in-process receiver is a transport too: `(delivery) => receiver(delivery)`.
 */
export type WebhookTransport = (delivery: WebhookDelivery, signal: AbortSignal) => Promise<void>;

/** A refusal that a retry would not change (e.g. 400 or 403 from the receiver). */
export class WebhookRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookRejected';
  }
}
