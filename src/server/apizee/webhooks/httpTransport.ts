/** Webhooks over HTTP: a POST of the JSON payload, as Apizee's cloud sends them. */
import { WebhookRejected, type WebhookTransport } from './delivery.ts';

export const WEBHOOK_USER_AGENT = 'Cloud Apizee';
/** The enterprise whose data a delivery carries (one URL serves every enterprise of the embedded API). */
export const ENTERPRISE_HEADER = 'X-Apizee-Enterprise';

export interface HttpTransportOptions {
  url: string;
  /** Extra headers (APIZEE_WEBHOOK_HEADERS). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** Statuses worth another try: the receiver is busy or broken, not refusing this delivery. */
function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export function httpTransport(options: HttpTransportOptions): WebhookTransport {
  const send = options.fetch ?? fetch;
  return async (delivery, signal) => {
    const headers = new Headers(options.headers);
    headers.set('user-agent', WEBHOOK_USER_AGENT);
    headers.set('content-type', 'application/json');
    headers.set(ENTERPRISE_HEADER, String(delivery.enterpriseId));
    let response: Response;
    try {
      response = await send(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(delivery.payload),
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      // fetch's own messages may quote the URL, which can hold a secret: keep only the error code.
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      // The cause is left out on purpose: its message is fetch's.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(
        signal.aborted ? 'timed out' : `request failed${typeof code === 'string' ? ` (${code})` : ''}`,
      );
    }
    // The body is not read: free the connection.
    await response.body?.cancel().catch(() => {});
    if (response.status >= 200 && response.status < 300) return;
    const message = `the receiver answered ${response.status}`;
    if (retryable(response.status)) throw new Error(message);
    throw new WebhookRejected(message);
  };
}
