import { API_BASE } from '../../contract/paths.ts';
import type { GatewayDeps } from './deps.ts';

/** `/api/v3` + a path of the contract's `apiPaths`. */
export function apiPath(path: string): string {
  return `${API_BASE}${path}`;
}

/** Upstream did not answer at all (refused, DNS, TLS, reset): the gateway's error handler makes it a 502. */
export class UpstreamUnreachableError extends Error {
  constructor(
    readonly upstream: string,
    readonly path: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'UpstreamUnreachableError';
  }
}

/** Upstream took longer than the timeout to answer, or to send the next bytes of a body: a 504. */
export class UpstreamTimeoutError extends Error {
  constructor(
    readonly upstream: string,
    readonly path: string,
    readonly phase: 'headers' | 'body',
    readonly timeoutMs: number,
  ) {
    super(`no ${phase === 'headers' ? 'answer' : 'bytes'} from upstream for ${timeoutMs} ms`);
    this.name = 'UpstreamTimeoutError';
  }
}

/**
 * The body read chunk by chunk, failing with `onIdle()`'s error when upstream sends nothing for
 * `idleMs`. The clock runs only while the browser waits for bytes (pull), so a slow reader never trips
 * it and a long download keeps going as long as bytes flow.
 */
function withIdleTimeout(
  body: ReadableStream<Uint8Array>,
  idleMs: number,
  onIdle: () => Error,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(onIdle()), idleMs);
      });
      try {
        const chunk = await Promise.race([reader.read(), idle]);
        if (chunk.done) controller.close();
        else controller.enqueue(chunk.value);
      } catch (error) {
        reader.cancel(error).catch(() => {});
        controller.error(error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/**
 * One call to upstream, bounded in time: no status and headers within `deps.upstreamTimeoutMs`
 * (connecting included) → UpstreamTimeoutError; then each wait for body bytes is bounded the same way.
 * Never retried here: a write may have reached upstream before it stopped answering.
 */
export async function callUpstream(
  deps: GatewayDeps,
  pathAndQuery: string,
  init: RequestInit,
): Promise<Response> {
  // Only the path: a query string may hold search terms, and headers hold the token.
  const path = pathAndQuery.split('?')[0] ?? '';
  const timeoutMs = deps.upstreamTimeoutMs;
  const timeout = (phase: 'headers' | 'body') =>
    new UpstreamTimeoutError(deps.upstream.name, path, phase, timeoutMs);
  const abort = new AbortController();
  const signal = init.signal ? AbortSignal.any([init.signal, abort.signal]) : abort.signal;
  const timer = setTimeout(() => abort.abort(timeout('headers')), timeoutMs);
  let response: Response;
  try {
    response = await Promise.race([
      deps.upstream.fetch(pathAndQuery, { ...init, signal }),
      // The embedded upstream does not watch the signal: the race ends the wait anyway.
      new Promise<never>((_, reject) =>
        abort.signal.addEventListener('abort', () => reject(abort.signal.reason)),
      ),
    ]);
  } catch (error) {
    if (error instanceof UpstreamTimeoutError) throw error;
    throw new UpstreamUnreachableError(deps.upstream.name, path, error);
  } finally {
    clearTimeout(timer);
  }
  // Rebuilt even without a body: fetch's own Response is not the server's global one, which the
  // gateway's `instanceof Response` checks (a budget refusal or an answer) rely on.
  if (!response.body) {
    return new Response(null, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }
  const body = withIdleTimeout(response.body, timeoutMs, () => {
    const error = timeout('body');
    deps.logger.warn('upstream stalled mid-body', { upstream: error.upstream, path, timeoutMs });
    abort.abort(error);
    return error;
  });
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
